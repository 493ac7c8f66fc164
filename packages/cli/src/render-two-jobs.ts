import { type Messages as CoreMessages, rolesIn, type TwoJobs } from '@rolefit/core';
import type { Messages } from './messages/en.ts';
import { labelled, percent } from './result-lines.ts';
import type { TerminalStyle } from './terminal-style.ts';

/**
 * The headline of a two-jobs result: both roles and their shares, research end first.
 * @example twoJobsHeadline(result.twoJobs, en, coreEn) // 'Two jobs in one: Research scientist 60% + AI engineer 40%'
 */
export function twoJobsHeadline(advice: TwoJobs, t: Messages, m: CoreMessages): string {
  const [a, b] = advice.parts;
  const roles = rolesIn(m);
  return t['twoJobs.headline'](
    roles[a.role].name,
    percent(a.share),
    roles[b.role].name,
    percent(b.share),
  );
}

/**
 * The two-jobs advice as lines for a terminal (its summary is the caller's to place): what to
 * grade each part on, what not to grade on, the risk and the ways out. `of` says what the shares
 * are of (`twoJobs.share.week`, `twoJobs.share.team`: "60% of the week").
 */
export function renderTwoJobs(
  advice: TwoJobs,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  of: (share: string) => string,
  dontGradeOn: readonly string[],
): string[] {
  const { bold } = style;
  const roles = rolesIn(m);
  const out: string[] = [];
  for (const part of advice.parts) {
    out.push(
      bold(t['twoJobs.gradePart'](roles[part.role].name, of(percent(part.share)))),
      ...part.gradeOn.map((g) => `  + ${g}`),
      '',
    );
  }
  if (dontGradeOn.length > 0) {
    out.push(bold(t['grading.off']), ...dontGradeOn.map((g) => `  - ${g}`), '');
  }
  out.push(labelled(style, t).line(t['label.risk'], advice.risk));
  out.push('', bold(t['twoJobs.waysOut']), ...advice.options.map((o, i) => `  ${i + 1}. ${o}`));
  return out;
}
