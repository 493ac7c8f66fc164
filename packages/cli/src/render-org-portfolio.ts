import {
  type Messages as CoreMessages,
  marginConfidence,
  type OrgPortfolio,
  type OrgWeighting,
  regimesIn,
  type Shares,
  spreadBand,
  workKindsIn,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { displayWidth, padEndTo, padStartTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import type { OrgFileTeam } from './org-team-input.ts';
import { twoJobsHeadline } from './render-two-jobs.ts';
import { labelled, percent, roleHeadline, shareLine } from './result-lines.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The most teams the spectrum tells apart by number; any further team is drawn `o`. */
const NUMBERED = 9;

/** How the teams were weighed, in words, and why not by headcount when it was asked for. */
function weighingWords(org: OrgPortfolio, asked: OrgWeighting, t: Messages): string {
  if (org.weighting === 'headcount') return t['org.weighting.headcount'];
  if (asked === 'headcount' && org.headcounts.of > 0) {
    return t['org.weighting.fallback'](org.headcounts.given, org.headcounts.of);
  }
  return t['org.weighting.responses'];
}

/** How much a team's centre is drawn from: its answers (or the batches of them that count), or workstreams. */
function countWords(team: OrgFileTeam, responses: number, t: Messages): string {
  if (team.source === 'workstreams') return t['org.team.workstreams'](team.given);
  if (responses < team.given && team.minResponses !== null) {
    return t['org.team.batches'](responses, team.given, team.minResponses);
  }
  return t['org.team.answers'](team.given);
}

/** Teams × columns: each contributing team's shares, then the org's, the largest in bold. */
function heatmap(
  rows: readonly { team: string; shares: Shares }[],
  style: TerminalStyle,
  t: Messages,
): string[] {
  const headers = [t['column.research'], t['column.rnd'], t['column.product']];
  const widths = headers.map((h) => Math.max(4, displayWidth(h)));
  const nameWidth = Math.max(
    displayWidth(t['org.heatmap']),
    ...rows.map((r) => displayWidth(r.team)),
  );
  const cells = headers.map((h, i) => padStartTo(h, widths[i] ?? 4)).join('  ');
  const out = [`${style.bold(padEndTo(t['org.heatmap'], nameWidth + 2))}  ${cells}`];
  for (const { team, shares } of rows) {
    const values = [shares.research, shares.rnd, shares.product];
    const top = Math.max(...values);
    const row = values
      .map((v, i) => {
        const cell = padStartTo(percent(v), widths[i] ?? 4);
        return v === top ? style.bold(cell) : cell;
      })
      .join('  ');
    out.push(`  ${padEndTo(team, nameWidth)}  ${row}`);
  }
  return out;
}

/**
 * An organisation's portfolio as readable text: its verdict first (where its work sits, the
 * titling regime, the risk and how to manage it), the spectrum with each team by number, one
 * line per team (how many answers, where it sits, whether it sits against the org's regime),
 * how the teams were weighed, and the teams × columns heatmap. `teams` are the file's, in the
 * order of `org.teams`; `asked` is the weighting asked for; `width` (0: unknown) fits the spectrum.
 */
export function renderOrgPortfolio(
  org: OrgPortfolio,
  name: string | null,
  teams: readonly OrgFileTeam[],
  asked: OrgWeighting,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  width = 0,
): string {
  const { bold, dim, warn } = style;
  const { line, indent } = labelled(style, t);
  const regimes = regimesIn(m);
  const workKinds = workKindsIn(m);
  const counting = org.teams.filter((team) => team.centre !== null).length;
  const summary = t['org.summary'](org.teams.length, counting);
  const orgName = name ?? undefined;
  const out: string[] = [];
  const { centre, regime } = org;
  if (centre === null || regime === null) {
    out.push(`${bold(t['org.headline'](orgName, t['org.noCentre']))}  ${dim(summary)}`);
  } else {
    const advice = centre.split ? org.twoJobs : null;
    const verdict = advice
      ? twoJobsHeadline(advice, t, m)
      : t['portfolio.centre'](roleHeadline(centre, t, m));
    const sureness = confidenceWords(marginConfidence(centre.margin), t);
    out.push(`${bold(t['org.headline'](orgName, verdict))}  ${dim(`${sureness} · ${summary}`)}`);
    if (advice) out.push('', advice.summary);
    const cell = regime.cell;
    out.push(
      '',
      line(t['label.titling'], t['join.titling'](regimes[regime.recommended].name, cell.verdict)),
      `${indent}${t['titling.risk'](cell.risk)}`,
      `${indent}${t['titling.manage'](cell.manage)}`,
      `${indent}${dim(t['titling.other'](regimes[regime.other.regime].name, regime.other.verdict))}`,
    );
    const work = advice ? t['work.twoJobs'] : workKinds[centre.dominantWork].name;
    out.push(line(t['label.work'], t['join.work'](work, shareLine(centre.shares, t))));
    out.push(
      line(
        t['label.spread'],
        t['join.spread'](centre.spread.toFixed(2), t[`spread.${spreadBand(centre.spread)}`]),
      ),
    );
    const placed = org.teams.flatMap((team, i) =>
      team.centre ? [{ at: team.centre.position, mark: i < NUMBERED ? String(i + 1) : 'o' }] : [],
    );
    const marks = { dots: placed.map((p) => p.at), dotMarks: placed.map((p) => p.mark), width };
    out.push(
      '',
      spectrumBar(centre.position, style, t, m, advice ? { ...marks, ends: centre.shares } : marks),
    );
  }
  out.push('', bold(t['org.teams']), `  ${weighingWords(org, asked, t)}`);
  const nameWidth = Math.max(...org.teams.map((team) => displayWidth(team.name)));
  type Row = { start: string; waiting?: string; count?: string; where?: string; against?: string };
  const rows = org.teams.map((team, i): Row => {
    const file = teams[i];
    // "1. " as a bullet: a wrapped line continues under the team's name (wrapLines).
    const start = `  ${padEndTo(`${i + 1}.`, String(org.teams.length).length + 1)} ${padEndTo(team.name, nameWidth)}`;
    if (!file || team.centre === null) {
      const min = file?.minResponses ?? 0;
      return { start, waiting: t['org.team.waiting'](file?.given ?? team.responses, min) };
    }
    const count = [
      countWords(file, team.responses, t),
      ...(team.headcount === null ? [] : [t['org.team.headcount'](team.headcount)]),
      t['org.team.weight'](percent(team.weight)),
    ].join(' · ');
    const work = team.centre.split ? t['work.twoJobs'] : workKinds[team.centre.dominantWork].name;
    const against = team.against ? t['org.team.against'](regimes[team.centre.regime].name) : '';
    return { start, count, where: `${work} ${team.centre.position.toFixed(2)}`, against };
  });
  const whereWidth = Math.max(0, ...rows.map((r) => displayWidth(r.where ?? '')));
  for (const row of rows) {
    if (row.waiting !== undefined) {
      out.push(`${row.start}  ${dim(row.waiting)}`);
      continue;
    }
    // Where it sits lines up; what follows may wrap, under the team's name.
    const against = row.against ? ` · ${warn(row.against)}` : '';
    out.push(`${row.start}  ${padEndTo(row.where ?? '', whereWidth)}  ${row.count}${against}`);
  }
  if (centre !== null) {
    const total = { team: t['org.heatmap.org'], shares: centre.shares };
    out.push('', ...heatmap([...org.heatmap, total], style, t));
  }
  out.push('', dim(m['note.advice']));
  return out.join('\n');
}
