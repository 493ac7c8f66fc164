import { describe, expect, it } from 'vitest';

// The labelled set lives in ../eval (it reads files, so it is outside this package's pure
// sources); a computed specifier keeps the type checker of this Node-free package out of it.
type Run = {
  total: number;
  acceptable: number;
  perColumn: Record<string, { right: number; total: number }>;
  flags: Record<string, { tp: number; fp: number; fn: number }>;
};
type Evaluator = { evaluate: (cases: unknown[], withTitle: boolean) => Run };
type Loader = { loadCases: () => unknown[] };
const load = async <T>(path: string): Promise<T> => (await import(path)) as T;

// Measured when the set was written: 42/42 with and without titles. The floors leave room for
// new, harder cases without letting a regression through unnoticed.
const FLOOR_OVERALL = 0.9;
const FLOOR_PER_COLUMN = 0.8;
const FLOOR_FLAG_F1 = 0.8;

describe('analyzer on the labelled evaluation set', async () => {
  const { loadCases } = await load<Loader>('../eval/load-cases.ts');
  const { evaluate } = await load<Evaluator>('../eval/evaluate.ts');
  const cases = loadCases();

  it('has at least 36 cases, a third per column', () => {
    expect(cases.length).toBeGreaterThanOrEqual(36);
    const run = evaluate(cases, true);
    for (const column of Object.values(run.perColumn)) {
      expect(column.total).toBeGreaterThanOrEqual(Math.floor(cases.length / 3) - 2);
    }
  });

  for (const withTitle of [true, false]) {
    it(`stays above its accuracy floor ${withTitle ? 'with titles' : 'with titles stripped'}`, () => {
      const run = evaluate(cases, withTitle);
      expect(run.acceptable / run.total).toBeGreaterThanOrEqual(FLOOR_OVERALL);
      for (const column of Object.values(run.perColumn)) {
        expect(column.right / column.total).toBeGreaterThanOrEqual(FLOOR_PER_COLUMN);
      }
      for (const code of ['title-mismatch', 'wrong-column-metrics']) {
        const s = run.flags[code] ?? { tp: 0, fp: 0, fn: 0 };
        if (s.tp + s.fn === 0) continue;
        const f1 = (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
        expect(f1, code).toBeGreaterThanOrEqual(FLOOR_FLAG_F1);
      }
    });
  }
});
