import { en, type Messages } from './messages/en.ts';
import { rubricCsv } from './rubric-csv.ts';
import { rubricMarkdown } from './rubric-markdown.ts';
import type { Rubric } from './rubric-schema.ts';

/** The formats a rubric is written in: Markdown, CSV and JSON (the `Rubric` itself). */
export const RUBRIC_FORMATS = ['md', 'csv', 'json'] as const;
/** A rubric format. */
export type RubricFormat = (typeof RUBRIC_FORMATS)[number];

/**
 * A rubric in one of `RUBRIC_FORMATS`, headings in `messages`' words (the catalogue it was written
 * with). JSON is the `Rubric` object, indented, so it parses back with the `Rubric` schema.
 * @example renderRubric(r, 'csv') // 'ladder,track,level,…\r\n…'
 */
export function renderRubric(
  rubric: Rubric,
  format: RubricFormat,
  messages: Messages = en,
): string {
  if (format === 'csv') return rubricCsv(rubric, messages);
  if (format === 'json') return `${JSON.stringify(rubric, null, 2)}\n`;
  return rubricMarkdown(rubric, messages);
}
