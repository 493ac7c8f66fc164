import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, loadCases, parseCase } from './load-cases.ts';

const ladder = (levels: string) => `---
id: ladder-x
kind: rubric
label: rnd
role: research-engineer
title: Research Engineer ladder
levels:
${levels}
---

## L1
Builds training infrastructure.
## L2
Publishes papers.
`;

describe('the labelled cases', () => {
  const cases = loadCases();

  it('parses every case file, each id once and named after its file', () => {
    const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.txt'));
    expect(cases.map((c) => `${c.id}.txt`)).toEqual([...files].sort());
  });

  it('labels every level of each ladder case, three to seven of them', () => {
    const ladders = cases.filter((c) => c.id.startsWith('ladder-'));
    expect(ladders.length).toBeGreaterThanOrEqual(12);
    for (const c of ladders) {
      expect(c.kind, c.id).toBe('rubric');
      expect(c.levels?.length ?? 0, c.id).toBeGreaterThanOrEqual(3);
      expect(c.levels?.length ?? 0, c.id).toBeLessThanOrEqual(7);
    }
  });

  it('takes a level as wrong exactly when it grades another column than the role', () => {
    const good = parseCase(
      ladder('  - column: rnd\n  - column: research\n    wrong: true'),
      'good.txt',
    );
    expect(good.levels).toEqual([
      { column: 'rnd', wrong: false },
      { column: 'research', wrong: true },
    ]);
    expect(() => parseCase(ladder('  - column: rnd\n  - column: research'), 'x.txt')).toThrow(
      /mark it wrong/,
    );
    expect(() =>
      parseCase(ladder('  - column: rnd\n    wrong: true\n  - column: rnd'), 'x.txt'),
    ).toThrow(/marked wrong/);
  });
});
