import {
  type Analysis,
  analyze,
  COLUMN_OF_ROLE,
  COLUMNS,
  type Column,
  FLAG_CODES,
  type Outcome,
  type RoleId,
} from '@rolefit/core';
import type { EvalCase } from './eval-case.ts';
import { type LevelOutcome, type LevelScore, levelScore, readLevels } from './level-score.ts';

/** Flags the set is labelled for; the others (truncated, binary-looking) never apply here. */
export const SCORED_FLAGS: readonly string[] = FLAG_CODES.filter(
  (c) => c !== 'truncated' && c !== 'binary-looking',
);

/** One case as the analyzer saw it. */
export type CaseOutcome = {
  id: string;
  label: Column;
  expected: RoleId;
  /** Null when the analyzer said there was not enough to say. */
  role: RoleId | null;
  between: [RoleId, RoleId] | null;
  /** The role matches exactly. */
  right: boolean;
  /** The role, or for a mixed case one of its accepted roles, matches. */
  acceptable: boolean;
  flags: string[];
  expectedFlags: string[];
  /** The case's labelled levels as read; empty for a case written without levels. */
  levels: LevelOutcome[];
  /** How many levels the analyzer found in the text. */
  levelsFound: number;
};

/** Counts for one flag code. */
export type FlagScore = { tp: number; fp: number; fn: number };

/** The scores of one pass over the set. */
export type EvalRun = {
  name: string;
  total: number;
  right: number;
  acceptable: number;
  perColumn: Record<Column, { right: number; total: number }>;
  /** confusion[label][predicted column, or "none" for not enough to say] */
  confusion: Record<Column, Record<Column | 'none', number>>;
  flags: Record<string, FlagScore>;
  /** Level by level, over the cases written with levels. */
  levels: LevelScore;
  outcomes: CaseOutcome[];
};

const grid = <T>(make: () => T) =>
  Object.fromEntries(COLUMNS.map((c) => [c, make()])) as Record<Column, T>;

/** Analyse every case, with its title on top or without it, and score the answers. */
export function evaluate(
  cases: readonly EvalCase[],
  withTitle: boolean,
  analyzer: (text: string) => Outcome<Analysis> = analyze,
): EvalRun {
  const run: EvalRun = {
    name: withTitle ? 'with titles' : 'titles stripped',
    total: 0,
    right: 0,
    acceptable: 0,
    perColumn: grid(() => ({ right: 0, total: 0 })),
    confusion: grid(() => ({ ...grid(() => 0), none: 0 })),
    flags: Object.fromEntries(SCORED_FLAGS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])),
    levels: levelScore([]),
    outcomes: [],
  };
  for (const c of cases) {
    const text = withTitle ? `${c.title}\n\n${c.text}` : c.text;
    const result = analyzer(text);
    if (!result.ok) throw new Error(`${c.id}: ${result.error.message}`);
    const a = result.value;
    const right = a.role === c.role;
    const acceptable =
      right ||
      (a.role !== null && c.accept.includes(a.role)) ||
      (a.between?.includes(c.role) ?? false);
    const expectedFlags: string[] = withTitle
      ? c.flags
      : (c.flagsNoTitle ?? c.flags.filter((f) => f !== 'title-mismatch'));
    const flags: string[] = a.flags.map((f) => f.code).filter((f) => SCORED_FLAGS.includes(f));
    run.total++;
    if (right) run.right++;
    if (acceptable) run.acceptable++;
    const column = run.perColumn[c.label];
    column.total++;
    if (acceptable) column.right++;
    run.confusion[c.label][a.role === null ? 'none' : COLUMN_OF_ROLE[a.role]]++;
    for (const code of SCORED_FLAGS) {
      const score = run.flags[code] as FlagScore;
      const want = expectedFlags.includes(code);
      const got = flags.includes(code);
      if (want && got) score.tp++;
      else if (got) score.fp++;
      else if (want) score.fn++;
    }
    run.outcomes.push({
      id: c.id,
      label: c.label,
      expected: c.role,
      role: a.role,
      between: a.between,
      right,
      acceptable,
      flags,
      expectedFlags,
      levels: readLevels(c, a),
      levelsFound: a.levels.length,
    });
  }
  run.levels = levelScore(run.outcomes);
  return run;
}

/** Share of the cases the analyzer placed acceptably. */
export const accuracy = (run: EvalRun) => (run.total === 0 ? 0 : run.acceptable / run.total);
