import {
  ADVICE_NOTE,
  type Portfolio,
  REGIMES,
  ROLES,
  type RoleId,
  type SpreadBand,
  spreadBand,
  staffingFor,
  WORK_KINDS,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { roleHeadline, shareLine } from './render-result.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const PLURAL: Record<RoleId, string> = {
  'research-scientist': 'research scientists',
  'research-engineer': 'research engineers',
  'ai-engineer': 'AI engineers',
};

/** Core's spread bands in words: 0 is all alike, 0.5 is split between both ends. */
const SPREAD_WORDS: Readonly<Record<SpreadBand, string>> = {
  tight: 'tight: the work is much alike',
  moderate: 'moderate: the work reaches into a neighbouring column',
  wide: 'wide: the work pulls toward both ends of the spectrum',
};

/**
 * A team's portfolio as readable text: centre of gravity, spread, grid verdict, staffing. A team
 * whose work sits at both ends gets the two-jobs advice instead of a middle that nobody works in.
 * `width` (0: unknown) fits the spectrum to the terminal.
 */
export function renderPortfolio(
  p: Portfolio,
  style: TerminalStyle,
  teamSize?: number,
  width = 0,
): string {
  const { bold, dim } = style;
  const regime = REGIMES[p.regime.recommended];
  const other = REGIMES[p.regime.other.regime];
  const advice = p.split ? p.twoJobs : null;
  const out: string[] = [];
  const noun = p.count === 1 ? 'entry' : 'entries';
  const headline = advice ? twoJobsHeadline(advice) : `Centre of gravity: ${roleHeadline(p)}`;
  out.push(
    `${bold(headline)}  ${dim(`${confidenceWords(p.confidence)} · ${p.count} ${noun}, effort ${p.totalEffort}`)}`,
  );
  const dots = p.items.map((i) => i.position);
  out.push(
    '',
    spectrumBar(p.position, style, advice ? { dots, ends: p.shares, width } : { dots, width }),
    '',
  );
  if (advice) out.push(advice.summary, '');
  const work = advice ? 'Two jobs' : WORK_KINDS[p.dominantWork].name;
  out.push(`${bold('Work')}      ${work}: ${shareLine(p.shares)}`);
  out.push(`${bold('Spread')}    ${p.spread.toFixed(2)}, ${SPREAD_WORDS[spreadBand(p.spread)]}`);
  out.push(`${bold('Titling')}   ${regime.name}. ${p.regime.cell.verdict}`);
  out.push(`          Risk you accept: ${p.regime.cell.risk}`);
  out.push(`          How to manage it: ${p.regime.cell.manage}`);
  out.push(`          ${dim(`${other.name} instead: ${p.regime.other.verdict}`)}`);
  if (advice) {
    // A team is not graded as one role: no whole-team "do not grade on" list, only each part's.
    out.push('', ...renderTwoJobs(advice, style, "of the team's effort", []));
  }
  const mix = Object.entries(p.staffingMix) as [RoleId, number][];
  out.push('', bold('Staffing mix (follows the effort in each column)'));
  out.push(`  ${mix.map(([role, share]) => `${percent(share)} ${PLURAL[role]}`).join(' · ')}`);
  if (teamSize !== undefined) {
    const people = Object.entries(staffingFor(p.staffingMix, teamSize)) as [RoleId, number][];
    out.push(
      `  For ${teamSize} ${teamSize === 1 ? 'person' : 'people'}: ${people.map(([role, n]) => `${n} ${n === 1 ? ROLES[role].name.toLowerCase() : PLURAL[role]}`).join(', ')}`,
    );
  }
  out.push('', bold('Entries'));
  const nameWidth = Math.max(4, ...p.items.map((i) => (i.name ?? '').length));
  p.items.forEach((item, index) => {
    const name = (item.name ?? `#${index + 1}`).padEnd(nameWidth);
    out.push(
      `  ${name}  ${dim(`effort ${String(item.effort).padEnd(4)}`)} ${WORK_KINDS[item.work].name.padEnd(14)} ${item.position.toFixed(2)}`,
    );
  });
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
