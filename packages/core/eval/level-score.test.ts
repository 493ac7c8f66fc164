import { analyze } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { loadCases } from './load-cases.ts';
import { quizCensus } from './quiz-census.ts';
import { validityReport } from './validity-report.ts';

const cases = loadCases();
const ladders = cases.filter((c) => c.levels);
const labelled = ladders.flatMap((c) => c.levels ?? []);

describe('the per-level figures', () => {
  for (const withTitle of [true, false]) {
    it(`counts every labelled level ${withTitle ? 'with titles' : 'with titles stripped'}`, () => {
      const s = evaluate(cases, withTitle).levels;
      expect(s.ladders).toBe(ladders.length);
      expect(s.written).toBe(labelled.length);
      expect(s.wrong).toBe(labelled.filter((l) => l.wrong).length);
      expect(s.drifting + s.steady).toBe(ladders.length);
      expect(s.laddersFound).toBeLessThanOrEqual(s.ladders);
      expect(s.columnRight).toBeLessThanOrEqual(s.written);
      expect(s.caught).toBeLessThanOrEqual(s.wrong);
      expect(s.cleanRead).toBeLessThanOrEqual(s.written - s.wrong);
      expect(s.falselyFlagged).toBeLessThanOrEqual(s.cleanRead);
    });
  }

  it('counts every level of a ladder found with another number of levels as misread', () => {
    const run = evaluate(ladders, true, (text) => {
      const r = analyze(text);
      return r.ok ? { ...r, value: { ...r.value, levels: r.value.levels.slice(1) } } : r;
    });
    expect(run.levels.laddersFound).toBe(0);
    expect(run.levels.columnRight).toBe(0);
    expect(run.levels.caught).toBe(0);
    expect(run.levels.cleanRead).toBe(0);
    expect(run.outcomes.flatMap((o) => o.levels).every((l) => !l.found)).toBe(true);
  });

  it('puts them in the validity report for both readings', () => {
    const report = validityReport({
      census: quizCensus(),
      ownCases: [evaluate(cases, true), evaluate(cases, false)],
      dev: null,
    });
    const section = report.slice(report.indexOf('### Level by level'));
    expect(section).toMatch(/\n\| with titles \| \d+ of \d+ \|/);
    expect(section).toMatch(/\n\| titles stripped \| \d+ of \d+ \|/);
  });
});
