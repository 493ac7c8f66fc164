import { describe, expect, it } from 'vitest';
import { csvTable } from './csv-table.ts';

describe('csvTable', () => {
  const table = csvTable<{ name: string; score: number | null }>([
    { name: 'name', cell: (r) => r.name },
    { name: 'score', cell: (r) => r.score },
  ]);

  it('writes the header and one CRLF-ended line per row, in column order', () => {
    expect(table.header).toBe('name,score\r\n');
    expect(table.line({ name: 'a', score: 0.5 })).toBe('a,0.5\r\n');
    expect(table.line({ name: 'b', score: null })).toBe('b,\r\n');
  });

  it('quotes and defuses every cell, header included (issue 13 item 9)', () => {
    expect(table.line({ name: '=HYPERLINK("http://x"), "y"', score: 1 })).toBe(
      `"'=HYPERLINK(""http://x""), ""y""",1\r\n`,
    );
    const hostile = csvTable<null>([{ name: '@SUM(A1)', cell: () => 'x' }]);
    expect(hostile.header).toBe("'@SUM(A1)\r\n");
  });
});
