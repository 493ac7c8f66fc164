// A negation reaches from its cue to the end of the clause; a clause ends at punctuation,
// a line break or "but". Looking back at most this many characters keeps the scope local.
const LOOK_BACK = 60;
const LOOK_AHEAD = 40;
const CLAUSE_END = /[.;:!?,()\n\r]|\bbut\b|\bwhile\b|\bwhereas\b/gi;
const CUE_BEFORE =
  /\b(?:no|not|never|without|nor|neither|don't|do not|doesn't|does not|won't|will not|wouldn't|isn't|is not|aren't|are not|rather than|instead of|no need to|not required to|free from|away from)\b(?!\s+(?:only|just|limited|least|to mention)\b)/i;
const CUE_AFTER =
  /^[^.;:!?,\n]{0,24}?\b(?:(?:is|are)\s+)?(?:not|n't|never)\s+(?:required|needed|necessary|expected|a requirement|a must|part of (?:the|this) (?:role|job))\b|^\s*(?:is|are)\s+not\b/i;

/**
 * Whether the phrase at [start, end) is denied: "no PhD required", "not a research role",
 * "without needing to publish", "you won't be on call", "publications are not expected".
 */
export function isNegated(text: string, start: number, end: number): boolean {
  const backFrom = Math.max(0, start - LOOK_BACK);
  let before = text.slice(backFrom, start);
  // Most phrases have no cue anywhere near them: one test settles those.
  if (!CUE_BEFORE.test(before)) return CUE_AFTER.test(text.slice(end, end + LOOK_AHEAD));
  CLAUSE_END.lastIndex = 0;
  let cut = 0;
  for (let m = CLAUSE_END.exec(before); m; m = CLAUSE_END.exec(before)) {
    cut = m.index + m[0].length;
  }
  before = before.slice(cut);
  // A cue far back in a long clause rarely governs the phrase: keep the last six words.
  const words = before.split(/\s+/);
  if (words.length > 7) before = words.slice(-7).join(' ');
  if (CUE_BEFORE.test(before)) return true;
  return CUE_AFTER.test(text.slice(end, end + LOOK_AHEAD));
}
