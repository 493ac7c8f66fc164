import { ROLES, type Shares } from '@rolefit/core';
import type { Messages } from './messages/en.ts';
import { percent } from './result-lines.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The line's length in columns when the terminal's width is unknown or wide. */
const FULL = 60;
/** The shortest line drawn; narrower terminals get it anyway (wrapLines leaves them alone too). */
const SHORTEST = 30;
/** The anchors: the roles at the ends and in the middle, by core's names for them. */
const LEFT = ROLES['research-scientist'].name;
const MIDDLE = ROLES['research-engineer'].name;
const RIGHT = ROLES['ai-engineer'].name;

/** What to draw on the spectrum besides the line and its three anchors. */
export type SpectrumMarks = {
  /** Points drawn as `o` on the line itself (say, a team's workstreams). */
  dots?: readonly number[];
  /** A two-jobs week: marks both ends with their shares instead of one average position. */
  ends?: Pick<Shares, 'research' | 'product'>;
  /** The terminal's width (0: unknown), so the line fits it. */
  width?: number;
};

/** Put `text` at `at` in a line of spaces, growing it if needed. */
const place = (line: string, at: number, text: string) =>
  `${line.padEnd(at)}${text}${line.slice(at + text.length)}`;

/** The three labels in one line if they fit, else the two ends above the middle one. */
function labelLines(length: number): string[] {
  const mid = Math.round(length / 2 - MIDDLE.length / 2);
  if (LEFT.length + 2 <= mid && mid + MIDDLE.length + 2 <= length + 1 - RIGHT.length) {
    return [place(place(LEFT, mid, MIDDLE), length + 1 - RIGHT.length, RIGHT)];
  }
  return [
    place(LEFT, length + 1 - RIGHT.length, RIGHT),
    place('', Math.max(0, mid), MIDDLE).trimEnd(),
  ];
}

/**
 * The spectrum as a line with the three anchors and a marker at the position, or, for a
 * two-jobs week, a marker at each end with its share.
 * @example spectrumBar(0.95, style, en, { width: 80 })
 */
export function spectrumBar(
  position: number,
  style: TerminalStyle,
  t: Messages,
  marks: SpectrumMarks = {},
): string {
  const width = marks.width ?? 0;
  // An even length, so the research-engineer anchor has a column of its own in the middle.
  const length = width > 0 ? Math.max(SHORTEST, Math.min(FULL, (width - 3) & ~1)) : FULL;
  const column = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * length);
  const onLine = new Set((marks.dots ?? []).map(column));
  const line = Array.from({ length: length + 1 }, (_, i) =>
    onLine.has(i) ? 'o' : i === 0 || i === length ? '|' : i === length / 2 ? '+' : '-',
  ).join('');
  let marker: string;
  if (marks.ends) {
    const left = t['share.research'](percent(marks.ends.research));
    const right = t['share.product'](percent(marks.ends.product));
    const gap = Math.max(1, length + 1 - (left.length + right.length + 4));
    marker = `${style.accent('^')} ${left}${' '.repeat(gap)}${right} ${style.accent('^')}`;
  } else {
    const at = column(position);
    const value = position.toFixed(2);
    // In a narrow terminal the number goes before the marker near the right end, to stay on screen.
    const fits = width === 0 || 2 + at + 2 + value.length <= width;
    marker = fits
      ? `${' '.repeat(at)}${style.accent('^')} ${value}`
      : `${' '.repeat(Math.max(0, at - value.length - 1))}${value} ${style.accent('^')}`;
  }
  return [...labelLines(length), line, marker].map((l) => `  ${l}`).join('\n');
}
