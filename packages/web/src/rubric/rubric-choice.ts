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
 * one recommended (by the link's `rec`, else for the role), the levels to the default. A `+` typed into the link unencoded
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
  const regime = REGIME_IDS.find((id) => id === regimeParam) ?? recommendedFor(search, role);
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
 * The regime to mark as recommended for the role a page opened with: the one its link says a
 * result recommended (`rec`: R&D work that leans one way can be told the other regime than the
 * role's usual one), else the role's own (`recommendedRegime`).
 * @example recommendedFor('?role=research-engineer&rec=separate-tracks', 'research-engineer') // 'separate-tracks'
 */
export function recommendedFor(search: string, role: string): RegimeId {
  const rec = new URLSearchParams(search).get('rec');
  return REGIME_IDS.find((id) => id === rec) ?? recommendedRegime(role);
}

/**
 * `search` (a page's query) with the choice written into it, every other parameter (`lang`) kept.
 * `recommended` is what the page marks as recommended: kept in the link as `rec` when it differs
 * from the role's own, dropped otherwise (once the role changes, the result's advice is moot).
 * @example rubricSearch('?lang=de', choice) // '?lang=de&role=ai-engineer&regime=flat&levels=5'
 */
export function rubricSearch(search: string, choice: RubricChoice, recommended?: RegimeId): string {
  const params = new URLSearchParams(search);
  params.set('role', choice.role);
  params.set('regime', choice.regime);
  params.set('levels', String(choice.levels));
  if (recommended && recommended !== recommendedRegime(choice.role)) params.set('rec', recommended);
  else params.delete('rec');
  return `?${params.toString()}`;
}

/**
 * The path of the rubric page for a role (or the split) under a regime, without a language;
 * `recommended`, the regime a result recommends, is marked so on the page.
 * @example rubricPath(SPLIT_NAME, 'separate-tracks') // '/rubric?role=research-scientist%2Bai-engineer&regime=separate-tracks'
 */
export function rubricPath(role: string, regime?: RegimeId, recommended?: RegimeId): string {
  const params = new URLSearchParams({ role });
  if (regime) params.set('regime', regime);
  if (recommended && recommended !== recommendedRegime(role)) params.set('rec', recommended);
  return `/rubric?${params.toString()}`;
}
