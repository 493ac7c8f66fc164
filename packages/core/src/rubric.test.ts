import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import type { Analysis } from './analyze-result.ts';
import { COLUMN_OF_ROLE, REGIME_IDS, ROLE_IDS } from './ids.ts';
import { de } from './messages/de.ts';
import { rubric, rubricStages } from './rubric.ts';
import { rubricCsv } from './rubric-csv.ts';
import { renderRubric } from './rubric-format.ts';
import { rubricMarkdown } from './rubric-markdown.ts';
import { RUBRIC_ROLE_CHOICES, SPLIT_NAME } from './rubric-request.ts';
import { RUBRIC_DIMENSION_IDS, RUBRIC_LEVELS, Rubric } from './rubric-schema.ts';

const made = (role: unknown, regime?: unknown, levels?: unknown): Rubric => {
  const r = rubric({ role, regime, levels });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const analysed = (text: string): Analysis => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const LEVEL_COUNTS = Array.from(
  { length: RUBRIC_LEVELS.max - RUBRIC_LEVELS.min + 1 },
  (_, i) => RUBRIC_LEVELS.min + i,
);
const EVERY = RUBRIC_ROLE_CHOICES.flatMap((role) =>
  REGIME_IDS.flatMap((regime) => LEVEL_COUNTS.map((levels) => ({ role, regime, levels }))),
);

describe('rubric', () => {
  it('spreads the levels over the steps of scope, first and last always', () => {
    expect(rubricStages(3)).toEqual([1, 4, 7]);
    expect(rubricStages(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const n of LEVEL_COUNTS) {
      const stages = rubricStages(n);
      expect(new Set(stages).size).toBe(n);
      expect([...stages].sort((a, b) => a - b)).toEqual(stages);
    }
  });

  it('writes a ladder per track under separate tracks, and one for the shared title when flat', () => {
    const separate = made(SPLIT_NAME, 'separate-tracks', 4);
    expect(separate.ladders.map((l) => l.track)).toEqual(['research-scientist', 'ai-engineer']);
    expect(separate.interfaces.length).toBeGreaterThan(0);
    const flat = made(SPLIT_NAME, 'flat', 4);
    expect(flat.ladders).toHaveLength(1);
    expect(flat.ladders[0]?.track).toBeNull();
    expect(flat.interfaces).toEqual([]);
    // Under one title, every level says how each kind of work on it is recognised.
    for (const level of flat.ladders[0]?.levels ?? []) {
      expect(level.recognition.map((r) => r.role)).toEqual(['research-scientist', 'ai-engineer']);
    }
  });

  it('fills every cell of every combination, different from level to level, with what not to grade on', () => {
    for (const { role, regime, levels } of EVERY) {
      const r = made(role, regime, levels);
      expect(Rubric.parse(r)).toEqual(r);
      for (const ladder of r.ladders) {
        expect(ladder.levels).toHaveLength(levels);
        for (const level of ladder.levels) {
          expect(level.criteria).toHaveLength(RUBRIC_DIMENSION_IDS.length * ladder.roles.length);
          for (const c of level.criteria) expect(c.text.length).toBeGreaterThan(20);
          expect(level.dontGradeOn.length).toBeGreaterThan(0);
        }
        const texts = ladder.levels.map((l) => l.criteria.map((c) => c.text).join('|'));
        expect(new Set(texts).size).toBe(levels);
      }
    }
  });

  it('defaults to the recommended regime and five levels', () => {
    expect(made('ai-engineer').regime).toBe('flat');
    expect(made('research-scientist').regime).toBe('separate-tracks');
    expect(made(SPLIT_NAME).regime).toBe('separate-tracks');
    expect(made('research-engineer').levels).toBe(5);
    // The pair a result's `split` holds works as well as the name.
    expect(made(['ai-engineer', 'research-scientist']).roles).toEqual([
      'research-scientist',
      'ai-engineer',
    ]);
  });

  it('answers a bad request with an error value that names the field and what it allows', () => {
    const cases: [unknown, unknown, unknown, string][] = [
      ['designer', undefined, undefined, 'unknown_role'],
      [undefined, undefined, undefined, 'unknown_role'],
      ['ai-engineer', 'matrix', undefined, 'unknown_regime'],
      ['ai-engineer', undefined, 2, 'invalid_levels'],
      ['ai-engineer', undefined, 8, 'invalid_levels'],
      ['ai-engineer', undefined, 4.5, 'invalid_levels'],
      ['ai-engineer', undefined, '5', 'invalid_levels'],
    ];
    for (const [role, regime, levels, code] of cases) {
      const r = rubric({ role, regime, levels });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('renders Markdown, CSV and JSON of the same rubric', () => {
    const r = made('research-engineer', 'separate-tracks', 3);
    const md = rubricMarkdown(r);
    expect(md).toMatch(/^# Review rubric: Research engineer/);
    expect(md.match(/^### Level \d/gm)).toHaveLength(3);
    const csv = rubricCsv(r);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('ladder,track,level,')).toBe(true);
    expect(Rubric.parse(JSON.parse(renderRubric(r, 'json')))).toEqual(r);
    expect(renderRubric(r, 'csv')).toBe(csv);
  });

  it('writes the same rubric in another language', () => {
    const r = rubric({ role: 'ai-engineer', regime: 'flat', levels: 3 }, de);
    expect(r.ok && r.value.ladders[0]?.levels[0]?.name).not.toBe(
      made('ai-engineer', 'flat', 3).ladders[0]?.levels[0]?.name,
    );
  });
});

describe('a generated rubric read back by analyze', () => {
  it('reads as its role, with no wrong-column flag, every level in its track’s column (all combinations)', () => {
    for (const { role, regime, levels } of EVERY) {
      const r = made(role, regime, levels);
      const a = analysed(rubricMarkdown(r));
      const label = `${role} ${regime} ${levels}`;
      expect(a.kind, label).toBe('rubric');
      if (r.split) expect(a.split, label).toEqual(r.split);
      else expect(a.role, label).toBe(role);
      expect(
        a.flags.map((f) => f.code),
        label,
      ).not.toContain('wrong-column-metrics');
      expect(
        a.flags.map((f) => f.code),
        label,
      ).not.toContain('level-drift');
      const expected = r.ladders.flatMap((ladder) =>
        ladder.levels.map(() => ladder.roles.map((x) => COLUMN_OF_ROLE[x])),
      );
      expect(a.levels, label).toHaveLength(expected.length);
      a.levels.forEach((level, i) => {
        expect(level.flags, `${label} level ${level.name}`).toEqual([]);
        expect(expected[i], `${label} level ${level.name}`).toContain(level.column);
      });
      expect(
        a.evidence.filter((e) => e.suggestion),
        label,
      ).toEqual([]);
    }
  });

  it('catches one level graded on the wrong column, at that level, with suggestions for it', () => {
    for (const role of ROLE_IDS) {
      const r = made(role, 'separate-tracks', 5);
      const other = ROLE_IDS.find((x) => COLUMN_OF_ROLE[x] !== COLUMN_OF_ROLE[role]) ?? role;
      // Level 3's criteria swapped for another role's, as a rubric copied from elsewhere would.
      const foreign = made(other, 'separate-tracks', 5).ladders[0]?.levels[2];
      const ladder = r.ladders[0];
      if (!ladder || !foreign) throw new Error('no ladder');
      const levels = ladder.levels.map((l, i) =>
        i === 2 ? { ...l, criteria: foreign.criteria } : l,
      );
      const broken = { ...r, ladders: [{ ...ladder, levels }] };
      const text = rubricMarkdown(broken);
      const a = analysed(text);
      const flagged = a.levels.filter((l) =>
        l.flags.some((f) => f.code === 'wrong-column-metrics'),
      );
      expect(
        flagged.map((l) => l.name),
        role,
      ).toEqual([a.levels[2]?.name]);
      expect(flagged[0]?.column).toBe(COLUMN_OF_ROLE[other]);
      const level = a.levels[2];
      const suggested = a.evidence.filter((e) => e.suggestion);
      expect(suggested.length, role).toBeGreaterThan(0);
      for (const e of suggested) {
        expect(level?.spans.some((s) => e.start >= s.start && e.end <= s.end)).toBe(true);
      }
    }
  });
});
