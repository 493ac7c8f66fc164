import type { Quiz, QuizResult } from '@rolefit/core';

/** A stored response, as `rolefit export` reads it from the store. */
export type ExportedResponse = {
  id: string;
  createdAt: string;
  teamId: string | null;
  source: string | null;
  answers: Record<string, string>;
  result: QuizResult;
};

/** Quote a CSV field when it needs it (RFC 4180): commas, quotes or line breaks. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV columns: the response, its result, then one column per question of the quiz. */
export function csvHeader(quiz: Quiz): string[] {
  return [
    'id',
    'created_at',
    'team_id',
    'source',
    'role',
    'between',
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
    result.position,
    result.confidence,
    result.shares.research,
    result.shares.rnd,
    result.shares.product,
    result.dominantWork,
    result.regime.recommended,
    ...[...quiz.questions, ...quiz.context].map((q) => r.answers[q.id] ?? null),
  ];
  return cells.map(csvField).join(',');
}
