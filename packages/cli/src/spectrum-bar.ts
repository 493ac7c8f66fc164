import { type Messages as CoreMessages, rolesIn, type Shares } from '@rolefit/core';
import { displayWidth, padEndTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import { percent } from './result-lines.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The line's length in columns when the terminal's width is unknown or wide. */
const FULL = 60;
/** The shortest line drawn; narrower terminals get it anyway (wrapLines leaves them alone too). */
const SHORTEST = 30;

/** What to draw on the spectrum besides the line and its three anchors. */
export type SpectrumMarks = {
  /** Points drawn as `o` on the line itself (say, a team's workstreams). */
  dots?: readonly number[];
  /**
   * One character for each dot instead of `o`, in the order of `dots` (say, each team's number),
   * so a reader can tell the dots apart; dots that share a column are drawn `o`.
   */
  dotMarks?: readonly string[];
  /** A two-jobs week: marks both ends with their shares instead of one average position. */
  ends?: Pick<Shares, 'research' | 'product'>;
  /** The terminal's width (0: unknown), so the line fits it. */
  width?: number;
};

/**
 * The anchors (core's names for the roles at the ends and in the middle) over a line of
 * `length` + 1 columns: all three in one line if they fit, else the two ends above the middle
 * one, else (long names in a narrow terminal) one per line. Widths are in columns, so a wide
 * character (Japanese, Chinese) counts two.
 */
function labelLines(length: number, [left, middle, right]: readonly [string, string, string]) {
  const end = length + 1;
  const mid = Math.max(0, Math.round(length / 2 - displayWidth(middle) / 2));
  const rightAt = end - displayWidth(right);
  const centred = padEndTo('', mid) + middle;
  if (displayWidth(left) + 2 <= mid && mid + displayWidth(middle) + 2 <= rightAt) {
    return [padEndTo(padEndTo(left, mid) + middle, rightAt) + right];
  }
  if (displayWidth(left) + 2 <= rightAt) return [padEndTo(left, rightAt) + right, centred];
  return [left, centred, padEndTo('', Math.max(0, rightAt)) + right];
}

/**
 * The spectrum as a line with the three anchors (named from core's catalogue, `m`) and a marker
 * at the position, or, for a two-jobs week, a marker at each end with its share.
 * @example spectrumBar(0.95, style, en, coreEn, { width: 80 })
 */
export function spectrumBar(
  position: number,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  marks: SpectrumMarks = {},
): string {
  const roles = rolesIn(m);
  const anchors = [
    roles['research-scientist'].name,
    roles['research-engineer'].name,
    roles['ai-engineer'].name,
  ] as const;
  const width = marks.width ?? 0;
  // An even length, so the research-engineer anchor has a column of its own in the middle.
  const length = width > 0 ? Math.max(SHORTEST, Math.min(FULL, (width - 3) & ~1)) : FULL;
  const column = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * length);
  const onLine = new Map<number, string>();
  (marks.dots ?? []).forEach((dot, i) => {
    const at = column(dot);
    const mark = marks.dotMarks?.[i] ?? 'o';
    onLine.set(at, onLine.has(at) && onLine.get(at) !== mark ? 'o' : mark);
  });
  const line = Array.from(
    { length: length + 1 },
    (_, i) => onLine.get(i) ?? (i === 0 || i === length ? '|' : i === length / 2 ? '+' : '-'),
  ).join('');
  let marker: string;
  if (marks.ends) {
    const left = t['share.research'](percent(marks.ends.research));
    const right = t['share.product'](percent(marks.ends.product));
    const gap = Math.max(1, length + 1 - (displayWidth(left) + displayWidth(right) + 4));
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
  return [...labelLines(length, anchors), line, marker].map((l) => `  ${l}`).join('\n');
}

/** The compact spectrum's length: 12 columns between its ends, the middle on a column of its own. */
const COMPACT = 12;

/**
 * The spectrum in 13 columns, `|-----+-----|`, with an `o` at `position` (as the full line marks
 * a team's workstreams), or none when there is nothing to place: one level of a ladder, say.
 * @example compactSpectrum(0.5, style) // '|-----o-----|'
 */
export function compactSpectrum(position: number | null, style: TerminalStyle): string {
  const at = position === null ? -1 : Math.round(Math.min(1, Math.max(0, position)) * COMPACT);
  const line = Array.from({ length: COMPACT + 1 }, (_, i) =>
    i === at ? style.accent('o') : i === 0 || i === COMPACT ? '|' : i === COMPACT / 2 ? '+' : '-',
  ).join('');
  return position === null ? style.dim(line) : line;
}
