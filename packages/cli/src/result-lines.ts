import { type Column, type Messages as CoreMessages, type RoleId, rolesIn } from '@rolefit/core';
import { displayWidth } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** A share as a whole percentage: "60%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Column shares as one line of percentages: "0% research · 20% R&D · 80% product". */
export const shareLine = (shares: Record<Column, number>, t: Messages) =>
  [
    t['share.research'](percent(shares.research)),
    t['share.rnd'](percent(shares.rnd)),
    t['share.product'](percent(shares.product)),
  ].join(' · ');

/** The role, or "between X and Y", as a headline, with core's names for the roles (`m`). */
export function roleHeadline(
  result: { role: RoleId; between: [RoleId, RoleId] | null },
  t: Messages,
  m: CoreMessages,
): string {
  const roles = rolesIn(m);
  return result.between
    ? t['role.between'](roles[result.between[0]].name, roles[result.between[1]].name)
    : roles[result.role].name;
}

/**
 * Lines that start with a bold label ("Work", "Titling"), their text lined up two columns past
 * the longest label (in columns: a wide character counts two), and the indent that lines continuing under that text start with.
 * @example labelled(style, en).line(en['label.work'], 'Product-heavy: …') // 'Work      Product-heavy: …'
 */
export function labelled(style: TerminalStyle, t: Messages) {
  const labels = [
    t['label.work'],
    t['label.measured'],
    t['label.spread'],
    t['label.titling'],
    t['label.risk'],
  ];
  const width = Math.max(...labels.map(displayWidth)) + 2;
  return {
    line: (label: string, text: string) =>
      `${style.bold(label)}${' '.repeat(width - displayWidth(label))}${text}`,
    indent: ' '.repeat(width),
  };
}
