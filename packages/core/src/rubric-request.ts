import { titlingRegime } from './grid.ts';
import { COLUMN_OF_ROLE, REGIME_IDS, type RegimeId, ROLE_IDS, type RoleId } from './ids.ts';
import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { SPLIT_ROLES } from './placement.ts';
import { RUBRIC_LEVELS } from './rubric-schema.ts';

/** How a two-jobs split is named where a role id is expected (a CLI option, a query): its two ends. */
export const SPLIT_NAME = SPLIT_ROLES.join('+');

/** What a rubric can be asked for: each role id, and the split. */
export const RUBRIC_ROLE_CHOICES: readonly string[] = [...ROLE_IDS, SPLIT_NAME];

/**
 * What to write a rubric for. `role` is a role id, a two-jobs split (the pair a result's `split`
 * holds, or `SPLIT_NAME`), `regime` a titling regime id and `levels` a whole number from 3 to 7;
 * anything else is an error value, so the fields take what a caller was given, unchecked.
 */
export type RubricRequest = { role: unknown; regime?: unknown; levels?: unknown };

/** A request that passed the checks: one role or the split's two, a regime, a level count. */
export type CheckedRubricRequest = {
  roles: readonly [RoleId] | readonly [RoleId, RoleId];
  regime: RegimeId;
  levels: number;
};

const isRole = (value: unknown): value is RoleId =>
  typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);

/** The split's two roles, research end first, when `value` names the split (either order). */
function splitOf(value: unknown): readonly [RoleId, RoleId] | null {
  const parts: unknown = typeof value === 'string' ? value.split('+') : value;
  if (!Array.isArray(parts) || parts.length !== 2) return null;
  const names = new Set<unknown>(parts);
  return SPLIT_ROLES.every((role) => names.has(role)) ? SPLIT_ROLES : null;
}

const isRegime = (value: unknown): value is RegimeId =>
  typeof value === 'string' && (REGIME_IDS as readonly string[]).includes(value);

/**
 * The regime the framework recommends for a rubric's work when none is asked for: the grid's for
 * the role's own column (R&D-heavy work with no lean either way gets one flat title), and for two
 * jobs in one separate tracks, the two-jobs advice's first way out (each part its own ladder).
 * @example defaultRubricRegime(['research-scientist']) // 'separate-tracks'
 */
export function defaultRubricRegime(roles: readonly RoleId[]): RegimeId {
  const [first] = roles;
  if (roles.length !== 1 || first === undefined) return 'separate-tracks';
  return titlingRegime(COLUMN_OF_ROLE[first], { research: 0, product: 0 });
}

// What was sent, as JSON; a missing field shows as null.
const shown = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Check a rubric request: the role or split it names, the regime (or the recommended one) and the
 * number of levels (or 5). A problem names the field and what it allows, in `messages`' words.
 * @example checkRubricRequest({ role: 'ai-engineer', levels: 9 }) // { ok: false, error: { code: 'invalid_levels', … } }
 */
export function checkRubricRequest(
  request: RubricRequest,
  messages: Messages = en,
): Outcome<CheckedRubricRequest> {
  const split = splitOf(request.role);
  const roles = isRole(request.role) ? ([request.role] as const) : split;
  if (!roles) {
    return fail({
      code: 'unknown_role',
      message: messages['rubric.error.role'](shown(request.role), RUBRIC_ROLE_CHOICES),
      path: ['role'],
      allowed: [...RUBRIC_ROLE_CHOICES],
    });
  }
  const regime = request.regime ?? defaultRubricRegime(roles);
  if (!isRegime(regime)) {
    return fail({
      code: 'unknown_regime',
      message: messages['rubric.error.regime'](shown(regime), REGIME_IDS),
      path: ['regime'],
      allowed: [...REGIME_IDS],
    });
  }
  const levels = request.levels ?? RUBRIC_LEVELS.default;
  if (
    typeof levels !== 'number' ||
    !Number.isInteger(levels) ||
    levels < RUBRIC_LEVELS.min ||
    levels > RUBRIC_LEVELS.max
  ) {
    return fail({
      code: 'invalid_levels',
      message: messages['rubric.error.levels'](shown(levels), RUBRIC_LEVELS.min, RUBRIC_LEVELS.max),
      path: ['levels'],
    });
  }
  return ok({ roles, regime, levels });
}
