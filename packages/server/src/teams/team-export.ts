import { csvCell, DEFAULT_QUIZ, type QuizResult } from '@rolefit/core';
import type { StoredTeam } from '../store/team-store.ts';

/** One anonymous response as exported: answers and result, no id, no source, no time. */
export type ExportedResponse = {
  position: number;
  role: QuizResult['role'];
  between: QuizResult['between'];
  /** Both ends when the member's week holds two jobs; null for results stored before `split` existed. */
  split: QuizResult['split'];
  confidence: number;
  dominantWork: QuizResult['dominantWork'];
  shares: QuizResult['shares'];
  answers: Record<string, string | null>;
  mismatches: { title: boolean; review: boolean };
};

/** The team's anonymous responses as JSON. */
export type TeamExport = {
  team: { name: string; minResponses: number; createdAt: string };
  responses: ExportedResponse[];
};

const QUESTION_IDS = [...DEFAULT_QUIZ.questions, ...DEFAULT_QUIZ.context].map((q) => q.id);

const exported = (r: QuizResult): ExportedResponse => ({
  position: r.position,
  role: r.role,
  between: r.between,
  // Results stored before `split` existed don't carry it: they are exported as they were scored.
  split: r.split ?? null,
  confidence: r.confidence,
  dominantWork: r.dominantWork,
  shares: r.shares,
  answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, r.answers[id] ?? null])),
  mismatches: {
    title: r.mismatches.some((m) => m.kind === 'title'),
    review: r.mismatches.some((m) => m.kind === 'review'),
  },
});

/**
 * The team's responses without anything that links them to a person or to the order they
 * arrived in: sorted by position, then by answers.
 */
export function teamExport(team: StoredTeam, results: QuizResult[]): TeamExport {
  const rows = results.map(exported);
  const key = (r: ExportedResponse) => JSON.stringify(r.answers);
  rows.sort((a, b) => a.position - b.position || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    team: { name: team.name, minResponses: team.minResponses, createdAt: team.createdAt },
    responses: rows,
  };
}

/** The export as CSV (RFC 4180, CRLF line ends), one row per response, the team name on each. */
export function teamCsv(data: TeamExport): string {
  const header = [
    'team',
    'position',
    'role',
    'between',
    'split',
    'confidence',
    'dominant_work',
    'share_research',
    'share_rnd',
    'share_product',
    ...QUESTION_IDS,
    'title_mismatch',
    'review_mismatch',
  ];
  const rows = data.responses.map((r) => [
    data.team.name,
    r.position,
    r.role,
    r.between ? r.between.join(' / ') : null,
    r.split ? r.split.join(' / ') : null,
    r.confidence,
    r.dominantWork,
    r.shares.research,
    r.shares.rnd,
    r.shares.product,
    ...QUESTION_IDS.map((id) => r.answers[id] ?? null),
    r.mismatches.title,
    r.mismatches.review,
  ]);
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
