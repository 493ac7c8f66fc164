import { csvCell, type Quiz, type QuizResult } from '@rolefit/core';

/** A stored response, as `rolefit export` reads it from the store. */
export type ExportedResponse = {
  id: string;
  createdAt: string;
  teamId: string | null;
  source: string | null;
  answers: Record<string, string>;
  result: QuizResult;
};

/** The CSV columns: the response, its result, then one column per question of the quiz. */
export function csvHeader(quiz: Quiz): string[] {
  return [
    'id',
    'created_at',
    'team_id',
    'source',
    'role',
    'between',
    'split',
    'position',
    'confidence',
    'research',
    'rnd',
    'product',
    'dominant_work',
    'regime',
    ...quiz.questions.map((q) => q.id),
    ...quiz.context.map((q) => q.id),
  ];
}

/** One response as a CSV row matching `csvHeader`. */
export function csvRow(quiz: Quiz, r: ExportedResponse): string {
  const { result } = r;
  const cells = [
    r.id,
    r.createdAt,
    r.teamId,
    r.source,
    result.role,
    result.between ? result.between.join('|') : null,
    // Results stored before `split` existed don't carry it: exported as they were scored.
    result.split ? result.split.join('|') : null,
    result.position,
    result.confidence,
    result.shares.research,
    result.shares.rnd,
    result.shares.product,
    result.dominantWork,
    result.regime.recommended,
    ...[...quiz.questions, ...quiz.context].map((q) => r.answers[q.id] ?? null),
  ];
  // The one cell writer of every export: quoting, and no live spreadsheet formulas.
  return cells.map(csvCell).join(',');
}
