/** What a CSV cell may hold; `null` and `undefined` are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, and prefixed with
 * `'` when text starts like a spreadsheet formula (= + - @, tab or carriage return), so opening an
 * export in a spreadsheet never runs anything someone typed or posted. Every export writes its
 * cells with it, through `csvTable`.
 * @example csvCell('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
