import { grading } from './grading.ts';
import { gridIn, regimesIn } from './grid.ts';
import { COLUMN_OF_ROLE, type RegimeId, type RoleId } from './ids.ts';
import { en, type Messages } from './messages/en.ts';
import { type Outcome, ok } from './outcome.ts';
import { roleProfilesIn } from './role-profiles.ts';
import { roleInSentence, rolesIn } from './roles.ts';
import {
  type CheckedRubricRequest,
  checkRubricRequest,
  type RubricRequest,
} from './rubric-request.ts';
import {
  RUBRIC_DIMENSION_IDS,
  RUBRIC_STAGES,
  type Rubric,
  type RubricInterface,
  type RubricLadder,
  type RubricLevel,
} from './rubric-schema.ts';

/**
 * Which steps of scope (1 to RUBRIC_STAGES) the levels of an n-level rubric stand for: always the
 * first and the last, the rest spread evenly between, so every level asks for more than the one
 * below it.
 * @example rubricStages(3) // [1, 4, 7]
 */
export function rubricStages(levels: number): number[] {
  return Array.from(
    { length: levels },
    (_, i) => 1 + Math.round((i * (RUBRIC_STAGES - 1)) / (levels - 1)),
  );
}

/**
 * Who hands what to whom between separate tracks. The research engineer sits on every interface:
 * the bridge is its job, and two jobs in one reach each other through it.
 */
const INTERFACES = [
  [
    'research-scientist',
    'research-engineer',
    'rubric.interface.research-scientist.research-engineer',
  ],
  [
    'research-engineer',
    'research-scientist',
    'rubric.interface.research-engineer.research-scientist',
  ],
  ['research-engineer', 'ai-engineer', 'rubric.interface.research-engineer.ai-engineer'],
  ['ai-engineer', 'research-engineer', 'rubric.interface.ai-engineer.research-engineer'],
] as const satisfies readonly (readonly [RoleId, RoleId, `rubric.interface.${string}`])[];

/** One level of a ladder over `roles`: a criterion per dimension and role, at step `stage`. */
function levelOf(
  level: number,
  stage: number,
  roles: readonly RoleId[],
  flat: boolean,
  dontGradeOn: readonly string[],
  m: Messages,
): RubricLevel {
  const at = (texts: readonly string[]) => texts[stage - 1] ?? '';
  return {
    level,
    stage,
    name: at(m['rubric.stage.names']),
    scope: at(m['rubric.stage.scopes']),
    criteria: RUBRIC_DIMENSION_IDS.flatMap((dimension) =>
      roles.map((role) => ({ dimension, role, text: at(m[`rubric.cell.${role}.${dimension}`]) })),
    ),
    recognition: flat
      ? roles.map((role) => ({ role, text: at(m[`rubric.recognition.${role}`]) }))
      : [],
    dontGradeOn: [...dontGradeOn],
  };
}

/** A ladder for `roles` (one track's, or the shared title's), with its levels at `stages`. */
function ladderOf(
  track: RoleId | null,
  roles: readonly [RoleId] | readonly [RoleId, RoleId],
  stages: readonly number[],
  m: Messages,
): RubricLadder {
  const profiles = roleProfilesIn(m);
  const [first, second] = roles;
  const graded = grading({ role: first, split: second ? [first, second] : null }, m);
  const flat = track === null;
  return {
    track,
    name: track ? m['rubric.track'](rolesIn(m)[track].name) : m['rubric.sharedTitle'],
    roles: [...roles],
    summary: roles.map((role) => profiles[role].summary),
    gradeOn: graded.gradeOn,
    levels: stages.map((stage, i) => levelOf(i + 1, stage, roles, flat, graded.dontGradeOn, m)),
  };
}

/** The titling line: the regime's grid verdict for the role's work, or the two-jobs advice. */
function titlingOf(request: CheckedRubricRequest, m: Messages): Rubric['titling'] {
  const name = regimesIn(m)[request.regime].name;
  const [role] = request.roles;
  if (request.roles.length === 1) {
    const cell = gridIn(m)[COLUMN_OF_ROLE[role]][request.regime];
    return { name, verdict: cell.verdict, manage: cell.manage };
  }
  // The two-jobs ways out, in order: split it (each part its own track), add the bridge, or keep
  // both under one title and review each part on its own column.
  const advice = m['twoJobs.role'];
  const way = request.regime === 'separate-tracks' ? 0 : 2;
  return { name, verdict: advice.summary, manage: advice.options[way] ?? '' };
}

function titleOf(roles: readonly RoleId[], regime: RegimeId, m: Messages): string {
  const [role] = roles;
  if (roles.length > 1 || role === undefined) return m['rubric.title.twoJobs'];
  if (regime === 'flat')
    return m['rubric.title.flat'](roleInSentence(role, m), m['rubric.sharedTitle']);
  return m['rubric.title.role'](rolesIn(m)[role].name);
}

/** A checked request's rubric, in the words of `m`. */
function build(request: CheckedRubricRequest, m: Messages): Rubric {
  const { roles, regime, levels } = request;
  const stages = rubricStages(levels);
  const separate = regime === 'separate-tracks';
  const ladders = separate
    ? roles.map((role) => ladderOf(role, [role], stages, m))
    : [ladderOf(null, roles, stages, m)];
  const interfaces: RubricInterface[] = separate
    ? INTERFACES.filter(([from, to]) => roles.includes(from) || roles.includes(to)).map(
        ([from, to, key]) => ({ from, to, hands: m[key] }),
      )
    : [];
  const [first, second] = roles;
  const intro = m['rubric.intro'](levels);
  return {
    roles: [...roles],
    split: second ? [first, second] : null,
    regime,
    levels,
    title: titleOf(roles, regime, m),
    intro: second
      ? m['rubric.intro.twoJobs'](roleInSentence(first, m), roleInSentence(second, m), intro)
      : intro,
    titling: titlingOf(request, m),
    ladders,
    interfaces,
    note: m['note.advice'],
  };
}

/**
 * A review rubric for a role or a two-jobs split: for each track (separate tracks) or for the one
 * shared title (flat), levels × dimensions of concrete statements a reviewer can check evidence
 * for, growing in scope from level to level, each level with what not to grade on; between
 * separate tracks, who hands what to whom. The regime defaults to the one the framework
 * recommends for the work, the levels to 5. A role, regime or level count that doesn't exist is
 * an error value, never a throw. Text from `messages` (English by default); render it with
 * `rubricMarkdown`, `rubricCsv` or `renderRubric`.
 * @example
 * const r = rubric({ role: 'research-engineer', regime: 'separate-tracks', levels: 4 });
 * if (r.ok) r.value.ladders[0]?.levels[3]?.name // 'Sets direction for the organisation'
 */
export function rubric(request: RubricRequest, messages: Messages = en): Outcome<Rubric> {
  const checked = checkRubricRequest(request, messages);
  return checked.ok ? ok(build(checked.value, messages)) : checked;
}
