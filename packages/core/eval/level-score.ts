import type { Analysis, Column } from '@rolefit/core';
import type { EvalCase } from './eval-case.ts';

/** One labelled level of a case as the analyzer read it. */
export type LevelOutcome = {
  /** Its place in the ladder as written, from 1. */
  index: number;
  /** The analyzer's name for it, or null when it did not find the case's levels as written. */
  name: string | null;
  label: Column;
  wrong: boolean;
  /** False when the analyzer found another number of levels than written: then none is read. */
  found: boolean;
  /** The column the analyzer read; null when the level said too little or was not found. */
  column: Column | null;
  /** It carries a `wrong-column-metrics` flag. */
  flagged: boolean;
};

/** Every labelled level of a case, matched in order to the levels the analyzer found. */
export function readLevels(c: EvalCase, a: Analysis): LevelOutcome[] {
  // Levels carry no names in the labels, so only the order can match them; with another count
  // the order says nothing and every level counts as misread.
  const found = a.levels.length === (c.levels?.length ?? 0);
  return (c.levels ?? []).map((level, i) => {
    const read = found ? a.levels[i] : undefined;
    return {
      index: i + 1,
      name: read?.name ?? null,
      label: level.column,
      wrong: level.wrong,
      found: read !== undefined,
      column: read?.column ?? null,
      flagged: read?.flags.some((f) => f.code === 'wrong-column-metrics') ?? false,
    };
  });
}

/** What the per-level figures are counted from: one entry per case of a run. */
type CaseLevels = {
  levels: LevelOutcome[];
  levelsFound: number;
  flags: string[];
  expectedFlags: string[];
};

/** Per-level figures of one run over the cases written with levels. */
export type LevelScore = {
  /** Cases written with levels, and of them those whose levels were found as written. */
  ladders: number;
  laddersFound: number;
  /** Levels written, and levels the analyzer found in those cases. */
  written: number;
  found: number;
  /** Written levels whose column the analyzer read as labelled. */
  columnRight: number;
  /** Levels labelled wrong, and of them those flagged `wrong-column-metrics`. */
  wrong: number;
  caught: number;
  /** Clean levels of the ladders found as written, and of them those flagged all the same. */
  cleanRead: number;
  falselyFlagged: number;
  /** Ladders labelled `level-drift`, and of them those flagged. */
  drifting: number;
  driftCaught: number;
  /** Ladders not labelled `level-drift`, and of them those flagged. */
  steady: number;
  driftFalse: number;
  /** Levels found in cases written without any, and in how many cases. */
  extra: number;
  extraCases: number;
};

/** Count a run's level outcomes into the per-level figures. */
export function levelScore(outcomes: readonly CaseLevels[]): LevelScore {
  const score: LevelScore = {
    ladders: 0,
    laddersFound: 0,
    written: 0,
    found: 0,
    columnRight: 0,
    wrong: 0,
    caught: 0,
    cleanRead: 0,
    falselyFlagged: 0,
    drifting: 0,
    driftCaught: 0,
    steady: 0,
    driftFalse: 0,
    extra: 0,
    extraCases: 0,
  };
  for (const o of outcomes) {
    if (o.levels.length === 0) {
      score.extra += o.levelsFound;
      if (o.levelsFound > 0) score.extraCases++;
      continue;
    }
    score.ladders++;
    if (o.levels.every((l) => l.found)) score.laddersFound++;
    score.written += o.levels.length;
    score.found += o.levelsFound;
    const drifts = o.flags.includes('level-drift');
    if (o.expectedFlags.includes('level-drift')) {
      score.drifting++;
      if (drifts) score.driftCaught++;
    } else {
      score.steady++;
      if (drifts) score.driftFalse++;
    }
    for (const l of o.levels) {
      if (l.column === l.label) score.columnRight++;
      if (l.wrong) {
        score.wrong++;
        if (l.flagged) score.caught++;
      } else if (l.found) {
        score.cleanRead++;
        if (l.flagged) score.falselyFlagged++;
      }
    }
  }
  return score;
}

/** Whether the analyzer read a level as labelled: its column, and flagged exactly when wrong. */
export const levelRight = (l: LevelOutcome) => l.column === l.label && l.flagged === l.wrong;
