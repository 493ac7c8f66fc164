import type { CsvColumn, Quiz, QuizResult } from '@rolefit/core';

/** What an export says of one result: a stored `QuizResult`, or a team's anonymous row. */
export type ResultCells = Pick<
  QuizResult,
  'role' | 'between' | 'confidence' | 'position' | 'shares' | 'dominantWork'
> & {
  /** Missing from results stored before `split` existed: exported empty, as they were scored. */
  split?: QuizResult['split'] | undefined;
};

const pair = (roles: readonly string[] | null | undefined) => (roles ? roles.join(' / ') : null);

/**
 * The result's columns, in the order every CSV export writes them: role, between and split (two
 * role ids joined by ` / `, or empty), confidence, position, the three shares, dominant work.
 * @example csvTable([...resultColumns((row: Stored) => row.result)])
 */
export function resultColumns<Row>(resultOf: (row: Row) => ResultCells): CsvColumn<Row>[] {
  return [
    { name: 'role', cell: (row) => resultOf(row).role },
    { name: 'between', cell: (row) => pair(resultOf(row).between) },
    { name: 'split', cell: (row) => pair(resultOf(row).split) },
    { name: 'confidence', cell: (row) => resultOf(row).confidence },
    { name: 'position', cell: (row) => resultOf(row).position },
    { name: 'share_research', cell: (row) => resultOf(row).shares.research },
    { name: 'share_rnd', cell: (row) => resultOf(row).shares.rnd },
    { name: 'share_product', cell: (row) => resultOf(row).shares.product },
    { name: 'dominant_work', cell: (row) => resultOf(row).dominantWork },
  ];
}

/** One column per question, then per context question: the option id, empty where unanswered. */
export function answerColumns<Row>(
  quiz: Quiz,
  answersOf: (row: Row) => Readonly<Record<string, string | null | undefined>>,
): CsvColumn<Row>[] {
  return [...quiz.questions, ...quiz.context].map((q) => ({
    name: q.id,
    cell: (row) => answersOf(row)[q.id],
  }));
}
