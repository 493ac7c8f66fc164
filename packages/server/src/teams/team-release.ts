/** Which of a team's answers the lead may see, and when the next ones show. */
export type Release = {
  /** How many answers the results include: whole batches of the team's minimum, 0 before the first. */
  released: number;
  /** The number of answers at which the next batch shows. */
  nextReleaseAt: number;
};

/**
 * Answers show in whole batches of the team's minimum, the oldest first. Two looks at the
 * results then differ by a batch or more, never by one person's answers: at 3, 4 and 5 answers a
 * team of minimum 3 shows the same 3; the 6th brings the next 3 in together.
 * @example releaseOf(11, 3) // { released: 9, nextReleaseAt: 12 }
 */
export function releaseOf(answered: number, minResponses: number): Release {
  const released = Math.floor(answered / minResponses) * minResponses;
  return { released, nextReleaseAt: released + minResponses };
}

/**
 * The released part of a team's answers, given in arrival order: the first `released` of them.
 * Later answers wait for their batch to fill.
 */
export function releasedOf<T>(inArrivalOrder: T[], minResponses: number): T[] {
  return inArrivalOrder.slice(0, releaseOf(inArrivalOrder.length, minResponses).released);
}
