/** The answer this browser last sent for a team: its id, to replace it, and when it was sent. */
export type EarlierAnswer = { id: string; at: string };

const keyFor = (joinCode: string) => `rolefit:team-answer:${joinCode}`;

/** This browser's last answer for the team with `joinCode`, if it kept one. */
export function earlierAnswer(joinCode: string): EarlierAnswer | undefined {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(keyFor(joinCode)) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return undefined;
    const { id, at } = kept as Partial<EarlierAnswer>;
    return typeof id === 'string' && typeof at === 'string' && !Number.isNaN(Date.parse(at))
      ? { id, at }
      : undefined;
  } catch {
    // Storage blocked or the value unreadable: answered again, it counts as a new member.
    return undefined;
  }
}

/** Keep the answer just sent, so answering again from this browser replaces it. */
export function rememberAnswer(joinCode: string, answer: EarlierAnswer): void {
  try {
    localStorage.setItem(keyFor(joinCode), JSON.stringify(answer));
  } catch {
    // Private mode or full storage: the answer is stored on the server all the same.
  }
}
