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

/** One of a team's answers as stored: its id, the earlier answer it replaces, its result. */
export type MemberAnswer<T> = {
  id: string;
  /** The id of the same browser's earlier answer for this team, which this one takes the place of. */
  replaces: string | null;
  result: T;
};

/** What the lead sees of a team's answers. */
export type Released<T> = Release & {
  /** The answers in the released batches that a later released answer replaced. */
  replaced: number;
  /** The results the map and the export are drawn from; empty while fewer than the minimum. */
  shown: T[];
};

/**
 * The released part of a team's answers, given in arrival order: the first `released` of them,
 * less those a later released answer replaced. A new answer from the same browser counts as an
 * arrival like any other, and the one it replaces leaves only when the new one's batch shows, so
 * a change of mind moves the map together with a batch, never alone. Fewer than the minimum left
 * (one person answering again and again) shows nothing.
 */
export function releasedOf<T>(
  inArrivalOrder: MemberAnswer<T>[],
  minResponses: number,
): Released<T> {
  const release = releaseOf(inArrivalOrder.length, minResponses);
  const batches = inArrivalOrder.slice(0, release.released);
  const gone = new Set(batches.flatMap((a) => (a.replaces === null ? [] : [a.replaces])));
  const kept = batches.filter((a) => !gone.has(a.id));
  const shown = kept.length >= minResponses ? kept.map((a) => a.result) : [];
  return { ...release, replaced: batches.length - kept.length, shown };
}
