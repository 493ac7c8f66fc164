import { type CsvColumn, csvTable, type Quiz, type QuizResult } from '@rolefit/core';
import { answerColumns, resultColumns } from '../result-columns.ts';
import type { Db } from '../store/database.ts';
import { type ExportedRow, type ExportFilter, exportResponses } from '../store/response-export.ts';

/** What to export and how: CSV (one line per response) or a JSON array. */
export type ExportRequest = ExportFilter & { format: 'csv' | 'json' };

/** A stored response with its answers and result parsed, as the CSV columns read it. */
type ParsedRow = { row: ExportedRow; answers: Record<string, string>; result: QuizResult };

/**
 * The CSV columns of a responses export: id, created_at, source, fields, the result's columns, regime,
 * one per question and context question, and `team_id` last when team responses are included.
 */
export function responseColumns(quiz: Quiz, teams = false): CsvColumn<ParsedRow>[] {
  return [
    { name: 'id', cell: (r) => r.row.id },
    { name: 'created_at', cell: (r) => r.row.created_at },
    { name: 'source', cell: (r) => r.row.source },
    // Hidden fields as one JSON object (their names vary by campaign), empty when none.
    { name: 'fields', cell: (r) => r.row.fields ?? '' },
    ...resultColumns((r: ParsedRow) => r.result),
    { name: 'regime', cell: (r) => r.result.regime.recommended },
    ...answerColumns(quiz, (r: ParsedRow) => r.answers),
    ...(teams ? [{ name: 'team_id', cell: (r: ParsedRow) => r.row.team_id }] : []),
  ];
}

/** One response as a JSON array item; the stored JSON texts go in as they are, never re-scored. */
const jsonItem = (row: ExportedRow, teams: boolean) =>
  `{"id":${JSON.stringify(row.id)},"createdAt":${JSON.stringify(row.created_at)},"source":${JSON.stringify(row.source)},"fields":${row.fields ?? '{}'},${teams ? `"teamId":${JSON.stringify(row.team_id)},` : ''}"answers":${row.answers},"result":${row.result}}`;

/**
 * The stored responses `request` picks, in arrival order, as CSV or JSON text: the one export of
 * the owner's `GET /api/stats/export` and of `rolefit export`. One chunk per page of 1,000 rows,
 * so any size exports in constant memory; the first chunk (header or `[` included) comes once the
 * first page is read, so a database that is away fails before anything has been sent.
 * @example for await (const text of responseExportText(store.db, quiz, { format: 'csv' })) out.write(text)
 */
export async function* responseExportText(
  db: Db,
  quiz: Quiz,
  request: ExportRequest,
): AsyncGenerator<string> {
  const teams = request.teams === true;
  const csv = request.format === 'csv' ? csvTable(responseColumns(quiz, teams)) : undefined;
  let opening = csv ? csv.header : '[';
  let first = true;
  for await (const page of exportResponses(db, request)) {
    const text = page
      .map((row) => {
        if (csv) {
          const answers = JSON.parse(row.answers) as Record<string, string>;
          return csv.line({ row, answers, result: JSON.parse(row.result) as QuizResult });
        }
        const item = `${first ? '\n' : ',\n'}${jsonItem(row, teams)}`;
        first = false;
        return item;
      })
      .join('');
    yield opening + text;
    opening = '';
  }
  yield opening + (csv ? '' : ']\n');
}
