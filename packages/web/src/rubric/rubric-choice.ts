import {
  checkRubricRequest,
  defaultRubricRegime,
  REGIME_IDS,
  type RegimeId,
  type RoleId,
  RUBRIC_LEVELS,
  RUBRIC_ROLE_CHOICES,
  SPLIT_NAME,
} from '@rolefit/core';

/** What the rubric page is showing: a role id or `SPLIT_NAME`, a titling regime, a level count. */
export type RubricChoice = { role: string; regime: RegimeId; levels: number };

/** The role the page opens with when its link names none: the middle of the spectrum. */
export const DEFAULT_RUBRIC_ROLE: string = 'research-engineer';

/** The roles a choice's rubric grades: one, or the split's two. */
export function rolesOf(role: string): readonly RoleId[] {
  const checked = checkRubricRequest({ role });
  return checked.ok ? checked.value.roles : [];
}

/** The regime the framework recommends for a choice's role (core's `defaultRubricRegime`). */
export const recommendedRegime = (role: string): RegimeId => defaultRubricRegime(rolesOf(role));

/**
 * The page's choice from its query (`?role=&regime=&levels=`). Each field that is missing or
 * not one the rubric knows falls back on its own: the role to the middle one, the regime to the
 * one recommended for the role, the levels to the default. A `+` typed into the link unencoded
 * arrives as a space, so `role=research-scientist+ai-engineer` still names the split.
 * @example rubricChoiceFrom('?role=ai-engineer&levels=9') // { role: 'ai-engineer', regime: 'flat', levels: 5 }
 */
export function rubricChoiceFrom(search: string): RubricChoice {
  const params = new URLSearchParams(search);
  const asked = (params.get('role') ?? '').trim().replace(/\s+/g, '+');
  const role = RUBRIC_ROLE_CHOICES.includes(asked)
    ? asked
    : rolesOf(asked).length === 2
      ? SPLIT_NAME
      : DEFAULT_RUBRIC_ROLE;
  const regimeParam = params.get('regime');
  const regime = REGIME_IDS.find((id) => id === regimeParam) ?? recommendedRegime(role);
  const levelsParam = params.get('levels') ?? '';
  const levels = /^\d+$/.test(levelsParam) ? Number(levelsParam) : Number.NaN;
  return {
    role,
    regime,
    levels:
      levels >= RUBRIC_LEVELS.min && levels <= RUBRIC_LEVELS.max ? levels : RUBRIC_LEVELS.default,
  };
}

/**
 * `search` (a page's query) with the choice written into it, every other parameter (`lang`) kept.
 * @example rubricSearch('?lang=de', choice) // '?lang=de&role=ai-engineer&regime=flat&levels=5'
 */
export function rubricSearch(search: string, choice: RubricChoice): string {
  const params = new URLSearchParams(search);
  params.set('role', choice.role);
  params.set('regime', choice.regime);
  params.set('levels', String(choice.levels));
  return `?${params.toString()}`;
}

/**
 * The path of the rubric page for a role (or the split) under a regime, without a language.
 * @example rubricPath(SPLIT_NAME, 'separate-tracks') // '/rubric?role=research-scientist%2Bai-engineer&regime=separate-tracks'
 */
export function rubricPath(role: string, regime?: RegimeId): string {
  const params = new URLSearchParams({ role });
  if (regime) params.set('regime', regime);
  return `/rubric?${params.toString()}`;
}
