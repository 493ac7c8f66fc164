import { csvCell, type Quiz, type QuizResult } from '@rolefit/core';
import type { ExportedRow } from '../store/response-export.ts';

const FIXED = [
  'id',
  'created_at',
  'source',
  'role',
  'between',
  'split',
  'confidence',
  'position',
  'share_research',
  'share_rnd',
  'share_product',
  'dominant_work',
  'regime',
] as const;

/** The header line of a responses CSV: fixed columns, then one per quiz question. */
export const csvHeader = (quiz: Quiz) =>
  `${[...FIXED, ...quiz.questions.map((q) => q.id)].map(csvCell).join(',')}\r\n`;

/** One response as a CSV line, columns as in `csvHeader`. */
export function csvLine(row: ExportedRow, quiz: Quiz): string {
  const result = JSON.parse(row.result) as QuizResult;
  const answers = JSON.parse(row.answers) as Record<string, string>;
  const cells = [
    row.id,
    row.created_at,
    row.source,
    result.role,
    result.between ? result.between.join(' / ') : null,
    // Results stored before `split` existed don't carry it: exported as they were scored.
    result.split ? result.split.join(' / ') : null,
    result.confidence,
    result.position,
    result.shares.research,
    result.shares.rnd,
    result.shares.product,
    result.dominantWork,
    result.regime.recommended,
    ...quiz.questions.map((q) => answers[q.id]),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
