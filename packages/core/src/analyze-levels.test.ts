import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import type { Analysis } from './analyze-result.ts';
import { replacementFor, rewriteText } from './analyze-suggestions.ts';
import { COLUMNS, type Column } from './ids.ts';
import { levelBlocks } from './level-blocks.ts';

const analysed = (text: string): Analysis => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const names = (text: string) => levelBlocks(text).map((l) => l.name);
const textOf = (text: string, i: number) =>
  (levelBlocks(text)[i]?.spans ?? []).map((s) => text.slice(s.start, s.end)).join(' | ');

describe('levelBlocks', () => {
  it('finds levels written as headings, up to the next level or a heading above them', () => {
    const text = `# Ladder
## Research engineer track
### Level 1 — Guided
Builds eval harnesses.
#### Do not grade on
- papers
### Level 2 — Owns a line of work
Owns the training stack.
## Interfaces
Hands methods over.`;
    expect(names(text)).toEqual(['Level 1 — Guided', 'Level 2 — Owns a line of work']);
    expect(levelBlocks(text).map((l) => l.ladder)).toEqual([
      'Research engineer track',
      'Research engineer track',
    ]);
    expect(textOf(text, 0)).toContain('Do not grade on');
    expect(textOf(text, 1)).not.toContain('Interfaces');
  });

  it('reads bold and bare numbered headings (IC2, L4: Senior, E5)', () => {
    expect(names('**IC1**\nFixes bugs.\n\n**IC2**\nOwns a service.')).toEqual(['IC1', 'IC2']);
    expect(names('L3: Mid\nShips features.\nL4: Senior\nLeads an area.')).toEqual([
      'L3: Mid',
      'L4: Senior',
    ]);
    expect(names('## Junior\nA.\n## Senior\nB.\n## Staff\nC.')).toEqual([
      'Junior',
      'Senior',
      'Staff',
    ]);
  });

  it('reads tables with a level per row and with a level per column', () => {
    const rows = '| Level | Output |\n|---|---|\n| L1 | fixes |\n| L2 | services |';
    expect(names(rows)).toEqual(['L1', 'L2']);
    expect(textOf(rows, 1)).toBe('| L2 | services |');
    const columns =
      '| Area | Junior | Senior |\n| --- | :---: | --- |\n| Output | fixes | services |\n| Measures | tests | uptime |';
    expect(names(columns)).toEqual(['Junior', 'Senior']);
    expect(textOf(columns, 1)).toBe('services | uptime');
  });

  it('finds no levels in a posting, even one titled with a level or with one level word', () => {
    expect(
      names('Senior Research Engineer\n\nWhat you will do\n- Senior engineers here ship.'),
    ).toEqual([]);
    expect(names('## Level 3\nOnly one level.')).toEqual([]);
    expect(names('We have 3 levels. Level 2 engineers own services.')).toEqual([]);
  });
});

const LADDER = `# Research Engineer ladder

| Level | Expectations |
|---|---|
| RE1 | Builds training pipelines and eval harnesses; keeps runs reproducible. |
| RE2 | Owns the experiment infrastructure; improves experiment velocity and scales training runs. |
| RE3 | Publishes novel methods as first-author papers at NeurIPS; sets the research agenda. |
| RE4 | Judged on citations and scientific breakthroughs; frames open research questions. |
`;

describe('the level-by-level audit', () => {
  it('gives each level its shares and flags the levels that grade another column', () => {
    const a = analysed(LADDER);
    expect(a.kind).toBe('rubric');
    expect(a.levels.map((l) => l.column)).toEqual(['rnd', 'rnd', 'research', 'research']);
    for (const level of a.levels) {
      const total = Object.values(level.shares ?? {}).reduce((x, y) => x + y, 0);
      expect(total).toBeCloseTo(1, 3);
    }
    expect(a.levels.map((l) => l.flags.map((f) => f.code))).toEqual([
      [],
      [],
      ['wrong-column-metrics'],
      ['wrong-column-metrics'],
    ]);
    expect(a.levels[2]?.flags[0]?.message).toMatch(/^RE3 grades research scientist work/);
  });

  it('says when the levels drift from one column to another as they rise', () => {
    const drift = analysed(LADDER).flags.find((f) => f.code === 'level-drift');
    expect(drift?.message).toContain(
      'from research engineer work ("RE1", "RE2") to research scientist work ("RE3", "RE4")',
    );
    // Without a title to name the role, the drift is still there to see.
    const untitled = analysed(LADDER.replace('# Research Engineer ladder', '# Ladder'));
    expect(untitled.flags.map((f) => f.code)).toContain('level-drift');
  });

  it('flags a level that says too little to judge', () => {
    const a = analysed(`# Research Scientist rubric
## L1
Publishes first-author papers on novel methods at NeurIPS.
## L2
Is kind.
## L3
Sets the research agenda and frames open research questions for the field.`);
    expect(a.levels.map((l) => l.flags.map((f) => f.code))).toEqual([[], ['low-evidence'], []]);
    expect(a.levels[1]?.shares).toBeNull();
  });

  it('leaves postings without levels as they were', () => {
    const a = analysed('AI Engineer\n\nShip LLM features to customers; own latency and uptime.');
    expect(a.levels).toEqual([]);
    expect(a.kind).toBe('posting');
  });
});

describe('suggestions', () => {
  const WRONG: Record<Column, string[]> = {
    research: ['first-author papers', 'novel methods', 'multi-year research', 'citations'],
    rnd: ['experiment velocity', 'reproducible runs', 'training infrastructure'],
    product: ['uptime', 'cost per request', 'revenue', 'features shipped', 'latency'],
  };

  it('replaces every wrong phrase with a measure the analyzer reads as the intended column', () => {
    for (const intended of COLUMNS) {
      for (const from of COLUMNS.filter((c) => c !== intended)) {
        for (const phrase of WRONG[from]) {
          const instead = replacementFor(phrase, from, intended);
          expect(instead, `${phrase} → ${intended}`).toBeTruthy();
          const a = analysed(`How you'll be measured\n- ${instead}`);
          const weights = { research: 0, rnd: 0, product: 0 };
          for (const e of a.evidence) weights[e.column] += e.weight;
          const best = COLUMNS.reduce((x, y) => (weights[y] > weights[x] ? y : x));
          expect(best, `"${instead}" for ${intended}`).toBe(intended);
        }
      }
    }
  });

  it('rewrites a wrong measure after its lead-in, and one sentence once', () => {
    const text = `Research Engineer, Training Infrastructure

What you'll do
- Build distributed training pipelines and evaluation harnesses for research teams.
- Scale new methods from prototype to full-size training runs.

How you'll be measured
- Measured on uptime of the training cluster, latency and on-call response times.
`;
    const a = analysed(text);
    const suggested = a.evidence.filter((e) => e.suggestion);
    expect(suggested.length).toBeGreaterThan(1);
    // The phrases of one sentence share one rewrite.
    expect(new Set(suggested.map((e) => JSON.stringify(e.suggestion))).size).toBe(1);
    const after = rewriteText(text, a.evidence);
    expect(after).toContain(
      '- Measured on experiment turnaround the team can rely on, with reproducible training runs.',
    );
    expect(analysed(after).flags.map((f) => f.code)).not.toContain('wrong-column-metrics');
  });

  it('rewrites a ladder so no level grades the wrong column any more', () => {
    const a = analysed(LADDER);
    const after = analysed(rewriteText(LADDER, a.evidence));
    expect(after.levels.map((l) => l.flags)).toEqual([[], [], [], []]);
    expect(after.flags.map((f) => f.code)).not.toContain('level-drift');
  });

  it('applies each rewrite once and skips one that overlaps a later one', () => {
    const s = (start: number, end: number, text: string) => ({ suggestion: { start, end, text } });
    expect(rewriteText('abcdef', [s(1, 3, 'X'), s(1, 3, 'X'), s(4, 5, 'Y')])).toBe('aXdYf');
    expect(rewriteText('abcdef', [s(0, 4, 'X'), s(2, 5, 'Y')])).toBe('abYf');
    expect(rewriteText('abc', [{}])).toBe('abc');
  });
});
