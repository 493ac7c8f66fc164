import { analyze, type Evidence } from '@rolefit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANALYZE_EXAMPLES } from '../src/analyze/analyze-examples.ts';
import { textRuns } from '../src/analyze/text-runs.ts';

const analysed = (text: string) => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const ev = (start: number, end: number): Evidence => ({
  column: 'product',
  phrase: '',
  start,
  end,
  weight: 1,
  section: 'summary',
  negated: false,
  measure: false,
});

describe('textRuns', () => {
  it('cuts the text so every piece of evidence is exactly one run with its phrase', () => {
    for (const { text } of ANALYZE_EXAMPLES) {
      const a = analysed(text);
      const runs = textRuns(text, a.evidence, a.sections, a.analyzed.chars);
      const marked = runs.filter((r) => r.evidence !== null);
      // Each drawn piece of evidence is one run with its whole phrase; one not drawn lies inside
      // another (a word of the marked title).
      for (const r of marked)
        expect(text.slice(r.start, r.end)).toBe(a.evidence[r.evidence ?? -1]?.phrase);
      expect(new Set(marked.map((r) => r.evidence)).size).toBe(marked.length);
      a.evidence.forEach((e, i) => {
        if (marked.some((r) => r.evidence === i)) return;
        expect(
          a.evidence.some((o, j) => j !== i && o.start <= e.start && e.end <= o.end),
          e.phrase,
        ).toBe(true);
      });
      expect(marked.length).toBeGreaterThan(a.evidence.length / 2);
      expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
      for (const r of runs) {
        const s = r.section === null ? null : a.sections[r.section];
        if (s) expect(r.start >= s.start && r.end <= s.end).toBe(true);
      }
    }
  });

  it('marks what lies past the analyzer’s limit as unread', () => {
    const runs = textRuns('abcdef', [ev(1, 2)], [], 3);
    expect(runs.map((r) => [r.start, r.end, r.evidence, r.read])).toEqual([
      [0, 1, null, true],
      [1, 2, 0, true],
      [2, 3, null, true],
      [3, 6, null, false],
    ]);
  });

  it('clips spans outside the text and draws an overlapping span only where it is alone', () => {
    const runs = textRuns('0123456789', [ev(0, 5), ev(3, 8), ev(9, 40)], []);
    expect(runs.map((r) => [r.start, r.end, r.evidence])).toEqual([
      [0, 5, 0],
      [5, 8, 1],
      [8, 9, null],
      [9, 10, 2],
    ]);
  });

  it('draws a span inside another (a word of a marked title) as part of it, uncut', () => {
    const title = 'Research Scientist, Growth';
    const runs = textRuns(`${title}\nship`, [ev(0, 18), ev(0, 26), ev(27, 31)], []);
    expect(runs.map((r) => [r.start, r.end, r.evidence])).toEqual([
      [0, 26, 1],
      [26, 27, null],
      [27, 31, 2],
    ]);
  });

  it('cuts at the edges of a ladder’s levels, but never inside a marked phrase', () => {
    const runs = textRuns('0123456789', [ev(2, 6)], [], 10, [
      { spans: [{ start: 0, end: 4 }] },
      { spans: [{ start: 4, end: 8 }] },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.evidence, r.level])).toEqual([
      [0, 2, null, 0],
      [2, 6, 0, 0],
      [6, 8, null, 1],
      [8, 10, null, null],
    ]);
    // A table column's level is several cells: each is its own run of that level.
    const cells = textRuns('a|b|c', [], [], 5, [
      {
        spans: [
          { start: 0, end: 1 },
          { start: 4, end: 5 },
        ],
      },
    ]);
    expect(cells.map((r) => [r.start, r.end, r.level])).toEqual([
      [0, 1, 0],
      [1, 4, null],
      [4, 5, 0],
    ]);
  });

  it('puts each level’s whole text, and only it, in that level’s runs', () => {
    const ladder = `# Ladder\n\n## L1\nShips features to customers; owns latency.\n\n## L2\nPublishes papers at top venues.\n`;
    const a = analysed(ladder);
    expect(a.levels.length).toBe(2);
    const runs = textRuns(ladder, a.evidence, a.sections, a.analyzed.chars, a.levels);
    a.levels.forEach((level, i) => {
      const inRuns = runs.filter((r) => r.level === i).map((r) => ladder.slice(r.start, r.end));
      const inSpans = level.spans.map((s) => ladder.slice(s.start, s.end));
      expect(inRuns.join('')).toBe(inSpans.join(''));
    });
  });

  it('always covers the whole text, in order, without gaps, for any text the analyzer reads', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc
            .array(
              fc.constantFrom(
                'Ship features',
                ' to customers; ',
                'no PhD required\n',
                '- papers at top venues\n',
                'About us\n',
                'Benefits\n',
                '💳 ',
                'training infrastructure',
              ),
              { maxLength: 30 },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const a = analysed(text);
          const runs = textRuns(text, a.evidence, a.sections, a.analyzed.chars);
          let at = 0;
          for (const r of runs) {
            expect(r.start).toBe(at);
            expect(r.end).toBeGreaterThan(r.start);
            at = r.end;
          }
          expect(at).toBe(text.length);
          // Each piece of evidence is drawn at most once, as one run.
          const drawn = runs.flatMap((r) => (r.evidence === null ? [] : [r.evidence]));
          expect(new Set(drawn).size).toBe(drawn.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the examples', () => {
  it('each shows what its name promises', () => {
    const by = Object.fromEntries(ANALYZE_EXAMPLES.map((e) => [e.id, analysed(e.text)]));
    expect(by['wrong-metrics']?.flags.map((f) => f.code)).toEqual(['wrong-column-metrics']);
    expect(by['title-mismatch']?.flags.map((f) => f.code)).toEqual(['title-mismatch']);
    expect(by['research-engineer']?.role).toBe('research-engineer');
    expect(by.rubric?.kind).toBe('rubric');
    expect(by.rubric?.role).toBe('research-scientist');
    expect(by.ladder?.role).toBe('research-engineer');
    expect(by.ladder?.levels.map((l) => l.flags.map((f) => f.code))).toEqual([
      [],
      [],
      ['wrong-column-metrics'],
    ]);
    expect(by.ladder?.evidence.some((e) => e.suggestion)).toBe(true);
    const columns = new Set(by['wrong-metrics']?.evidence.map((e) => e.column));
    expect(columns).toEqual(new Set(['research', 'rnd', 'product']));
  });
});
