import {
  ADVICE_NOTE,
  type Analysis,
  type AnalysisFlag,
  CONFIDENCE_NAMES,
  confidenceBand,
  type FlagCode,
  ROLES,
  WORK_KINDS,
} from '@rolefit/core';
import { columnWords } from '../app/column-label.ts';
import { confidenceBadge } from '../app/confidence-line.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { spectrumChart } from '../app/spectrum-chart.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { type PlacedAnalysis, placedAnalysis } from './placed-analysis.ts';

/** A short name for each flag, shown before its one-line explanation. */
export const FLAG_NAME: Readonly<Record<FlagCode, string>> = {
  'title-mismatch': 'Title names another column',
  'wrong-column-metrics': 'Graded on another column',
  'two-jobs': 'Two jobs in one',
  'no-evidence': 'Nothing to go on',
  'low-evidence': 'Little to go on',
  truncated: 'Text cut short',
  'binary-looking': 'Not written text',
};

/** Flags about how the role is built or graded, shown stronger than notes about the evidence. */
const SERIOUS: ReadonlySet<FlagCode> = new Set([
  'title-mismatch',
  'wrong-column-metrics',
  'two-jobs',
]);

/** Where the text sits in a few words: both ends, two neighbours, or one role. */
const whereWords = (a: PlacedAnalysis) =>
  a.split
    ? `Two jobs: ${ROLES[a.split[0]].name} and ${ROLES[a.split[1]].name}`
    : a.between
      ? `Between ${ROLES[a.between[0]].name} and ${ROLES[a.between[1]].name}`
      : ROLES[a.role].name;

/** One sentence that says where the text sits, for the page's status line and its title. */
export function placementLine(a: Analysis): string {
  const placed = placedAnalysis(a);
  if (!placed) return 'Not enough to say: paste the duties and requirements of the posting.';
  const flags = a.flags.length === 0 ? 'no flags' : `${a.flags.length} flag(s)`;
  const band = CONFIDENCE_NAMES[confidenceBand(a.confidence)].toLowerCase();
  return `${whereWords(placed)}, ${band} confidence, ${flags}.`;
}

function eyebrow(a: PlacedAnalysis) {
  if (a.split) return `This ${a.kind} asks for two jobs in one`;
  return a.between ? `This ${a.kind} sits between` : `This ${a.kind} describes a`;
}

function heading(a: PlacedAnalysis) {
  const pair = a.split ?? a.between;
  return pair ? `${ROLES[pair[0]].name} and ${ROLES[pair[1]].name}` : ROLES[a.role].name;
}

function leadingPart(a: PlacedAnalysis) {
  const role = ROLES[a.role];
  if (a.split)
    return ` The larger part: ${role.name}, ${percent(a.shares[role.column])} of the work.`;
  return a.between ? ` Closest anchor: ${role.name}.` : '';
}

/** Where the text sits: the role, "between" or both ends, confidence, the spectrum and the shares. */
export function analysisSummary(a: PlacedAnalysis): HTMLElement {
  const title = a.title
    ? [
        ' The title “',
        h('span', { class: 'title-text' }, a.title.text),
        a.title.column
          ? `” names ${columnWords(a.title.column)} work.`
          : '” names no column of work.',
      ]
    : ' No title line found.';
  // Work at both ends averages to the middle, where little of it is: say the marker is an average.
  const marker = a.split ? 'Average of both ends' : 'This text';
  const work = a.split
    ? 'The work: research and product, with little bridge work between them'
    : `The work: ${WORK_KINDS[a.dominantWork].name.toLowerCase()}`;
  return h(
    'section',
    { class: 'card analysis-summary', 'aria-labelledby': 'analysis-role' },
    h('p', { class: 'eyebrow' }, eyebrow(a)),
    h('h2', { id: 'analysis-role' }, heading(a)),
    h('p', { class: 'confidence' }, confidenceBadge(a.confidence), leadingPart(a), title),
    spectrumChart({ position: a.position, label: `${marker} · ${a.position.toFixed(2)}` }),
    h('p', { class: 'mix-title' }, work),
    sharesBar(a.shares, 'Shares of the work by column'),
    a.measuredOn &&
      h(
        'p',
        { class: 'mix-title' },
        `What it is measured on: ${WORK_KINDS[a.measuredOn.column].name.toLowerCase()}`,
      ),
    a.measuredOn && sharesBar(a.measuredOn.shares, 'Shares of the measures by column'),
    h('p', { class: 'advice' }, ADVICE_NOTE),
  );
}

function flagItem(flag: AnalysisFlag) {
  return h(
    'li',
    {
      class: `flag ${SERIOUS.has(flag.code) ? 'flag-trap' : 'flag-note'}`,
      'data-flag': flag.code,
    },
    h('strong', null, `${FLAG_NAME[flag.code]}. `),
    flag.message,
  );
}

/**
 * The flags, each with its one-line explanation; says so plainly when there are none. `flags`
 * narrows the list (the "not enough" state shows its own flag in its own card).
 */
export function analysisFlags(a: Analysis, flags: readonly AnalysisFlag[] = a.flags): HTMLElement {
  return h(
    'section',
    {
      class: `card analysis-flags${flags.length ? ' has-flags' : ''}`,
      'aria-labelledby': 'analysis-flags',
    },
    h('h2', { id: 'analysis-flags' }, flags.length ? 'Flags' : 'No flags'),
    flags.length
      ? h('ul', { class: 'flags' }, flags.map(flagItem))
      : h(
          'p',
          null,
          'The title and the measures, where the text gives them, agree with the work it describes.',
        ),
  );
}
