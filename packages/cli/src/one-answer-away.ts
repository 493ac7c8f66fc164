import { type Quiz, type QuizResult, ROLE_IDS, ROLES, type RoleId, score } from '@rolefit/core';

/** A role that one changed answer puts in the lead, and whether the week is then still two jobs. */
export type NearFlip = { role: RoleId; stillTwoJobs: boolean };

/**
 * The roles that lead after changing a single answer, when `changesToFlip` is 1 (else none).
 * Each candidate is scored with core's `score`, so this agrees with how the result was placed.
 */
export function oneAnswerAway(result: QuizResult, quiz: Quiz): NearFlip[] {
  if (result.changesToFlip !== 1) return [];
  const found = new Map<RoleId, boolean>();
  for (const question of quiz.questions) {
    for (const option of question.options) {
      if (option.id === result.answers[question.id]) continue;
      const changed = score(quiz, { ...result.answers, [question.id]: option.id });
      if (!changed.ok || changed.value.role === result.role) continue;
      const { role, split } = changed.value;
      found.set(role, (found.get(role) ?? true) && split !== null);
    }
  }
  return ROLE_IDS.flatMap((role) =>
    found.has(role) ? [{ role, stillTwoJobs: found.get(role) === true }] : [],
  );
}

/**
 * "one answer away from AI engineer", or "" when no single answer changes the role.
 * @example nearFlipWords([{ role: 'ai-engineer', stillTwoJobs: false }]) // 'one answer away from AI engineer'
 */
export function nearFlipWords(flips: readonly NearFlip[]): string {
  if (flips.length === 0) return '';
  const names = flips.map((f) => ROLES[f.role].name).join(' or ');
  const larger = flips.every((f) => f.stillTwoJobs) ? ' as the larger part' : '';
  return `one answer away from ${names}${larger}`;
}
