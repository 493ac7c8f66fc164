import {
  type Messages as CoreMessages,
  type Portfolio,
  type RoleId,
  regimesIn,
  roleInSentence,
  spreadBand,
  staffingFor,
  workKindsIn,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { displayWidth, padEndTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { labelled, percent, roleHeadline, shareLine } from './result-lines.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/**
 * A team's portfolio as readable text: centre of gravity, spread, grid verdict, staffing. A team
 * whose work sits at both ends gets the two-jobs advice instead of a middle that nobody works in.
 * `width` (0: unknown) fits the spectrum to the terminal.
 */
export function renderPortfolio(
  p: Portfolio,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  teamSize?: number,
  width = 0,
): string {
  const { bold, dim } = style;
  const { line, indent } = labelled(style, t);
  const regimes = regimesIn(m);
  const workKinds = workKindsIn(m);
  const regime = regimes[p.regime.recommended];
  const other = regimes[p.regime.other.regime];
  const advice = p.split ? p.twoJobs : null;
  const out: string[] = [];
  const headline = advice
    ? twoJobsHeadline(advice, t, m)
    : t['portfolio.centre'](roleHeadline(p, t, m));
  out.push(
    `${bold(headline)}  ${dim(`${confidenceWords(p.confidence, t)} · ${t['portfolio.summary'](p.count, p.totalEffort)}`)}`,
  );
  const dots = p.items.map((i) => i.position);
  out.push(
    '',
    spectrumBar(
      p.position,
      style,
      t,
      m,
      advice ? { dots, ends: p.shares, width } : { dots, width },
    ),
    '',
  );
  if (advice) out.push(advice.summary, '');
  const work = advice ? t['work.twoJobs'] : workKinds[p.dominantWork].name;
  out.push(line(t['label.work'], t['join.work'](work, shareLine(p.shares, t))));
  // Core's spread bands in words: 0 is all alike, 0.5 is split between both ends.
  out.push(
    line(
      t['label.spread'],
      t['join.spread'](p.spread.toFixed(2), t[`spread.${spreadBand(p.spread)}`]),
    ),
  );
  out.push(line(t['label.titling'], t['join.titling'](regime.name, p.regime.cell.verdict)));
  out.push(`${indent}${t['titling.risk'](p.regime.cell.risk)}`);
  out.push(`${indent}${t['titling.manage'](p.regime.cell.manage)}`);
  out.push(`${indent}${dim(t['titling.other'](other.name, p.regime.other.verdict))}`);
  if (advice) {
    // A team is not graded as one role: no whole-team "do not grade on" list, only each part's.
    out.push('', ...renderTwoJobs(advice, style, t, m, t['twoJobs.share.team'], []));
  }
  const mix = Object.entries(p.staffingMix) as [RoleId, number][];
  out.push('', bold(t['portfolio.staffing']));
  out.push(
    `  ${mix.map(([role, share]) => `${percent(share)} ${t[`roles.${role}`]}`).join(' · ')}`,
  );
  if (teamSize !== undefined) {
    const people = Object.entries(staffingFor(p.staffingMix, teamSize)) as [RoleId, number][];
    const counts = people.map(([role, n]) =>
      t['portfolio.staffing.role'](n, roleInSentence(role, m), t[`roles.${role}`]),
    );
    out.push(`  ${t['portfolio.staffing.team'](teamSize, counts)}`);
  }
  out.push('', bold(t['portfolio.entries']));
  const nameWidth = Math.max(4, ...p.items.map((i) => displayWidth(i.name ?? '')));
  const workWidth = Math.max(...Object.values(workKinds).map((w) => displayWidth(w.name)));
  p.items.forEach((item, index) => {
    const name = padEndTo(item.name ?? `#${index + 1}`, nameWidth);
    const effort = dim(t['portfolio.entries.effort'](String(item.effort).padEnd(4)));
    const work = padEndTo(workKinds[item.work].name, workWidth);
    out.push(`  ${name}  ${effort} ${work} ${item.position.toFixed(2)}`);
  });
  out.push('', dim(m['note.advice']));
  return out.join('\n');
}
