import { ROLES, type TwoJobs } from '@rolefit/core';
import type { TerminalStyle } from './terminal-style.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The headline of a two-jobs result: both roles and their shares, research end first.
 * @example twoJobsHeadline(result.twoJobs) // 'Two jobs in one: Research scientist 60% + AI engineer 40%'
 */
export function twoJobsHeadline(advice: TwoJobs): string {
  const [a, b] = advice.parts;
  return `Two jobs in one: ${ROLES[a.role].name} ${percent(a.share)} + ${ROLES[b.role].name} ${percent(b.share)}`;
}

/**
 * The two-jobs advice as lines for a terminal (its summary is the caller's to place): what to
 * grade each part on, what not to grade on, the risk and the ways out. `of` says what the shares
 * are of ("of the week", "of the team's effort").
 */
export function renderTwoJobs(
  advice: TwoJobs,
  style: TerminalStyle,
  of: string,
  dontGradeOn: readonly string[],
): string[] {
  const { bold } = style;
  const out: string[] = [];
  for (const part of advice.parts) {
    out.push(
      bold(`Grade the ${ROLES[part.role].name} part (${percent(part.share)} ${of}) on`),
      ...part.gradeOn.map((g) => `  + ${g}`),
      '',
    );
  }
  if (dontGradeOn.length > 0) {
    out.push(bold('Do not grade on'), ...dontGradeOn.map((g) => `  - ${g}`), '');
  }
  out.push(`${bold('Risk')}      ${advice.risk}`);
  out.push('', bold('Ways out'), ...advice.options.map((o, i) => `  ${i + 1}. ${o}`));
  return out;
}
