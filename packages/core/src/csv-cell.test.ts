import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell.ts';

/** Parse one RFC 4180 cell back (the inverse of the quoting, not of the formula guard). */
const unquote = (cell: string) =>
  cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const evil of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(unquote(csvCell(evil))).toBe(`'${evil}`);
    }
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('leaves ordinary text, numbers and empties alone', () => {
    expect(csvCell('https://blog.example/post')).toBe('https://blog.example/post');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('round-trips any text through quoting, and never starts a cell with a formula sign', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(unquote(cell)).toBe(guarded);
        if (/[",\r\n]/.test(text)) expect(cell.startsWith('"')).toBe(true);
      }),
    );
  });
});
