import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-check.ts';

const en = {
  title: 'Result',
  list: ['one', 'two'],
  cell: { verdict: 'Fits.', risk: 'Handoffs.' },
  count: (n: number) => `${n} answers`,
  pair: (a: string, b: string) => `${a} and ${b}`,
  plural: (n: number, lower = false) => (n === 1 ? (lower ? 'one' : 'One') : `${n} answers`),
  /** English needs the role only for "a" or "an". */
  eyebrow: (role: string) => (/^[AEIOU]/.test(role) ? 'calls for an' : 'calls for a'),
};

describe('comparing a catalogue with the English one', () => {
  it('finds nothing wrong with a complete translation, however it reorders its values', () => {
    const de = {
      title: 'Ergebnis',
      list: ['eins', 'zwei'],
      cell: { verdict: 'Passt.', risk: 'Übergaben.' },
      count: (anzahl: number) => `${anzahl} Antworten`,
      pair: (a: string, b: string) => `${b} und ${a}`,
      plural: (n: number, lower = false) =>
        n === 1 ? (lower ? 'eine' : 'Eine') : `${n} Antworten`,
      // `_` marks a value this language does not need.
      eyebrow: (_role: string) => 'verlangt',
    };
    expect(catalogueProblems(en, de)).toEqual([]);
  });

  it('names every missing, extra, misshapen, short or empty entry, and every dropped value', () => {
    const broken = {
      title: '',
      list: ['eins'],
      cell: { verdict: 'Passt.' },
      count: 'Antworten',
      // biome-ignore lint/correctness/noUnusedFunctionParameters: the dropped value under test
      pair: (a: string, b: string) => `${a} und noch etwas`,
      plural: (n: number) => `${n} Antworten`,
      eyebrow: () => 'verlangt',
      extra: 'nope',
    };
    expect(catalogueProblems(en, broken)).toEqual([
      'extra: not in the English catalogue',
      'title: empty',
      'list: 1 items where English has 2',
      'cell.risk: missing',
      'count: a string where English has a function',
      'pair: never uses its value "b"',
      'eyebrow: takes 0 values where English takes 1',
    ]);
  });
});
