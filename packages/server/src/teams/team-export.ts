import { type CsvColumn, csvTable, type Quiz, type QuizResult } from '@rolefit/core';
import { answerColumns, resultColumns } from '../result-columns.ts';
import type { StoredTeam } from '../store/team-store.ts';
import { type MemberAnswer, releasedOf } from './team-release.ts';
import type { ExportedResponse, TeamExport } from './team-schemas.ts';

const exported = (questionIds: string[], r: QuizResult): ExportedResponse => ({
  position: r.position,
  role: r.role,
  between: r.between,
  // Results stored before `split` existed don't carry it: they are exported as they were scored.
  split: r.split ?? null,
  confidence: r.confidence,
  dominantWork: r.dominantWork,
  shares: r.shares,
  answers: Object.fromEntries(questionIds.map((id) => [id, r.answers[id] ?? null])),
  mismatches: {
    title: r.mismatches.some((m) => m.kind === 'title'),
    review: r.mismatches.some((m) => m.kind === 'review'),
  },
});

/**
 * The team's released answers (whole batches of its minimum, oldest first; see team-release.ts)
 * without anything that links them to a person or to the order they arrived in: no id, no page,
 * no time, and rows sorted by their content alone.
 * @example teamExport(quiz, team, await store.teams.memberResults(team.id))
 */
export function teamExport(
  quiz: Quiz,
  team: StoredTeam,
  inArrivalOrder: MemberAnswer<QuizResult>[],
): TeamExport {
  const questionIds = [...quiz.questions, ...quiz.context].map((q) => q.id);
  // Sorted on the whole row, so even two rows with the same position and answers (scored before
  // and after a change to the result) keep no trace of which came first.
  const keyed = releasedOf(inArrivalOrder, team.minResponses)
    .shown.map((r) => exported(questionIds, r))
    .map((row) => ({ row, key: JSON.stringify(row) }));
  keyed.sort(
    (a, b) => a.row.position - b.row.position || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    team: { name: team.name, minResponses: team.minResponses, createdAt: team.createdAt },
    responses: keyed.map((k) => k.row),
  };
}

/**
 * The team export's CSV columns: the team's name on every row (handy when merging several teams'
 * files), the result's columns, every answer, and whether the title and the review metrics are
 * from another column. Nothing that points at a person: no id, no page, no time.
 */
const teamColumns = (quiz: Quiz, team: TeamExport['team']): CsvColumn<ExportedResponse>[] => [
  { name: 'team', cell: () => team.name },
  ...resultColumns((r: ExportedResponse) => r),
  ...answerColumns(quiz, (r: ExportedResponse) => r.answers),
  { name: 'title_mismatch', cell: (r) => r.mismatches.title },
  { name: 'review_mismatch', cell: (r) => r.mismatches.review },
];

/** The export as CSV (RFC 4180, CRLF line ends), one row per released answer. */
export function teamCsv(quiz: Quiz, data: TeamExport): string {
  const table = csvTable(teamColumns(quiz, data.team));
  return table.header + data.responses.map(table.line).join('');
}
