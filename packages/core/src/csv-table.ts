import { type CsvValue, csvCell } from './csv-cell.ts';

/** One column of a CSV export: its header, and how a row fills it. */
export type CsvColumn<Row> = { name: string; cell: (row: Row) => CsvValue };

/** A CSV writer for rows of one kind: the header line, and one line per row. */
export type CsvTable<Row> = { header: string; line: (row: Row) => string };

const record = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * The one CSV writer of every export (the owner's, `rolefit export` and the team's): RFC 4180
 * with CRLF line ends, every cell through `csvCell`, so no export quotes differently or lets a
 * spreadsheet formula through. Each column's header sits beside what fills it, so they can't drift.
 * @example
 * const table = csvTable<{ id: string }>([{ name: 'id', cell: (r) => r.id }]);
 * table.header + rows.map(table.line).join('') // 'id\r\n…'
 */
export function csvTable<Row>(columns: readonly CsvColumn<Row>[]): CsvTable<Row> {
  return {
    header: record(columns.map((column) => column.name)),
    line: (row) => record(columns.map((column) => column.cell(row))),
  };
}
