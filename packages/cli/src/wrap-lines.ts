import { stripVTControlCharacters } from 'node:util';

const visible = (text: string) => stripVTControlCharacters(text).length;

/** One line wrapped at spaces, continuing under its text. */
function wrapLine(line: string, width: number): string {
  if (visible(line) <= width) return line;
  // The text starts after the indentation and a bullet ("  + ", "  2. "), or after a label
  // ("Titling   ").
  const lead =
    /^(\S+ {2,}|\s*(?:(?:[+\-!]|\d+\.) )?)/.exec(stripVTControlCharacters(line))?.[0] ?? '';
  const indent = ' '.repeat(Math.min(lead.length, Math.floor(width / 2)));
  // Where the lead ends in the raw line, skipping colour codes.
  let at = 0;
  while (visible(line.slice(0, at)) < lead.length && at < line.length) at++;
  const [first = '', ...words] = line.slice(at).split(' ');
  const rows: string[] = [];
  let row = line.slice(0, at) + first;
  for (const word of words) {
    if (visible(row) + 1 + visible(word) > width) {
      rows.push(row);
      row = indent + word;
    } else {
      row = `${row} ${word}`;
    }
  }
  rows.push(row);
  return rows.join('\n');
}

/**
 * Wrap text to `width` columns for a terminal, each line continuing under its own text. Colour
 * codes are not counted; below 40 columns the text is left as it is.
 */
export function wrapLines(text: string, width: number): string {
  if (!(width >= 40)) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}
