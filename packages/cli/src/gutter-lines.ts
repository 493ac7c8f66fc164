import { displayWidth } from './display-width.ts';
import { wrapLines } from './wrap-lines.ts';

/**
 * One line of text after `first` (a gutter, a marker), wrapped to fit `width` columns at any
 * width, each row after it starting with `rest`: by default as many spaces as `first` is wide,
 * so the text of every row starts in the same column. Within the text, a bullet ("2. ") keeps
 * its own hanging indent, as `wrapLines` does. `width` 0 (unknown) leaves the line whole.
 * @example hangingLines('Five questions about the work', '│  ', 24, '│  ') // ['│  Five questions about', '│  the work']
 */
export function hangingLines(
  line: string,
  first: string,
  width: number,
  rest = ' '.repeat(displayWidth(first)),
): string[] {
  const room = width - Math.max(displayWidth(first), displayWidth(rest));
  const rows = width > 0 && room > 0 ? wrapLines(line, room, 1).split('\n') : [line];
  return rows.map((row, i) => (i === 0 ? first : rest) + row);
}
