import { DEFAULT_QUIZ, score } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRow } from './response-csv.ts';

const answers = Object.fromEntries(
  DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[0]?.id ?? '']),
);
const scored = score(DEFAULT_QUIZ, answers);
if (!scored.ok) throw new Error(scored.error.message);

describe('rolefit export rows', () => {
  it('never writes a live spreadsheet formula, whatever the source says (issue 13 item 9)', () => {
    const row = csvRow(DEFAULT_QUIZ, {
      id: 'a',
      createdAt: '2026-01-01T00:00:00Z',
      teamId: null,
      source: '=HYPERLINK("http://evil","x")',
      answers,
      result: scored.value,
    });
    const cells = row.split(',');
    expect(cells[3]).toBe(`"'=HYPERLINK(""http://evil""`);
    expect(row).not.toMatch(/(^|,)=/);
  });

  it('has a split column beside between, filled for a two-jobs result', () => {
    const header = csvHeader(DEFAULT_QUIZ);
    expect(header.slice(4, 7)).toEqual(['role', 'between', 'split']);
    const two = score(DEFAULT_QUIZ, {
      'core-question': 'unknown',
      output: 'shipped',
      'optimizes-for': 'novelty',
      'time-horizon': 'weeks',
      background: 'phd',
    });
    if (!two.ok) throw new Error(two.error.message);
    const row = csvRow(DEFAULT_QUIZ, {
      id: 'b',
      createdAt: '2026-01-01T00:00:00Z',
      teamId: null,
      source: null,
      answers: two.value.answers,
      result: two.value,
    });
    expect(row.split(',')[6]).toBe('research-scientist|ai-engineer');
  });
});
