/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, and prefixed with
 * `'` when text starts like a spreadsheet formula (= + - @, tab or carriage return), so opening an
 * export in a spreadsheet never runs anything someone typed or posted. The one cell writer of
 * every export: the owner's, the team's and `rolefit export`.
 * @example csvCell('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
