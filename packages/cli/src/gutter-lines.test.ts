import { LANGUAGES, loadLanguage } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.ts';
import { hangingLines } from './gutter-lines.ts';

const GUTTER = '│  ';
/** The text of rows, joined again: what wrapping must keep, spaces aside. */
const words = (rows: string[], lead: number) =>
  rows.map((row) => [...row].slice(lead).join('')).join('');

describe('hangingLines', () => {
  it('keeps a wrapped intro inside the gutter at 40, 60 and 80 columns', async () => {
    const { quiz } = await loadLanguage('en');
    for (const width of [40, 60, 80]) {
      const rows = hangingLines(quiz.intro, GUTTER, width, GUTTER);
      expect(rows.length, `${width}`).toBeGreaterThan(width < 80 ? 1 : 0);
      for (const row of rows) {
        expect(row.startsWith(GUTTER), row).toBe(true);
        expect(row[GUTTER.length], row).not.toBe(' ');
        expect(displayWidth(row), row).toBeLessThanOrEqual(width);
      }
      expect(words(rows, GUTTER.length).replace(/ /g, '')).toBe(quiz.intro.replace(/ /g, ''));
    }
  });

  it('counts wide characters as two columns and breaks between them, in every language', async () => {
    for (const language of LANGUAGES) {
      const { quiz } = await loadLanguage(language);
      for (const width of [40, 60, 80]) {
        const rows = hangingLines(quiz.intro, GUTTER, width, GUTTER);
        for (const row of rows) {
          expect(row.startsWith(GUTTER), `${language} ${width}: ${row}`).toBe(true);
          expect(displayWidth(row), `${language} ${width}: ${row}`).toBeLessThanOrEqual(width);
        }
      }
    }
    const japanese = '週の大半を占める仕事について、5つの質問に答えます。';
    const rows = hangingLines(japanese, GUTTER, 21, GUTTER);
    expect(rows).toEqual(['│  週の大半を占める仕', '│  事について、5つの', '│  質問に答えます。']);
  });

  it('starts each row after a marker under the text of the first, a bullet included', () => {
    const rows = hangingLines(
      '2. Does this new idea hold up? We need to show it, and fast.',
      '○ ',
      36,
    );
    expect(rows).toEqual([
      '○ 2. Does this new idea hold up? We',
      '     need to show it, and fast.',
    ]);
  });

  it('leaves the line whole when the width is unknown', () => {
    expect(hangingLines('a b c', GUTTER, 0, GUTTER)).toEqual(['│  a b c']);
  });
});
