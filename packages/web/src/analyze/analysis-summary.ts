import {
  type Analysis,
  type AnalysisFlag,
  confidenceBand,
  type FlagCode,
  type RoleId,
} from '@rolefit/core';
import { columnWords } from '../app/column-label.ts';
import { confidenceBadge } from '../app/confidence-line.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { spectrumChart } from '../app/spectrum-chart.ts';
import { ADVICE_NOTE, CONFIDENCE_NAMES, ROLES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { decimal, percent } from '../shared/percent.ts';
import { type PlacedAnalysis, placedAnalysis } from './placed-analysis.ts';

const t = messages();

/** A short name for each flag, shown before its one-line explanation. */
export const FLAG_NAME: Readonly<Record<FlagCode, string>> = {
  'title-mismatch': t['analyze.flag.titleMismatch'],
  'wrong-column-metrics': t['analyze.flag.wrongColumnMetrics'],
  'two-jobs': t['analyze.flag.twoJobs'],
  'no-evidence': t['analyze.flag.noEvidence'],
  'low-evidence': t['analyze.flag.lowEvidence'],
  truncated: t['analyze.flag.truncated'],
  'binary-looking': t['analyze.flag.binaryLooking'],
  'level-drift': t['analyze.flag.levelDrift'],
};

/** What the analyzer took the text for, in a sentence. */
const KIND_WORD: Readonly<Record<Analysis['kind'], string>> = {
  posting: t['analyze.kind.posting'],
  rubric: t['analyze.kind.rubric'],
};

/** Flags about how the role is built or graded, shown stronger than notes about the evidence. */
const SERIOUS: ReadonlySet<FlagCode> = new Set([
  'title-mismatch',
  'wrong-column-metrics',
  'two-jobs',
  'level-drift',
]);

/** Two roles named together: "Research scientist and AI engineer". */
const pairWords = ([a, b]: readonly [RoleId, RoleId]) =>
  t['result.hero.between.title'](ROLES[a].name, ROLES[b].name);

/** Where the text sits in a few words: both ends, two neighbours, or one role. */
const whereWords = (a: PlacedAnalysis) =>
  a.split
    ? t['result.title.twoJobs'](pairWords(a.split))
    : a.between
      ? t['analyze.status.between'](ROLES[a.between[0]].name, ROLES[a.between[1]].name)
      : ROLES[a.role].name;

/** One sentence that says where the text sits, for the page's status line and its title. */
export function placementLine(a: Analysis): string {
  const placed = placedAnalysis(a);
  if (!placed) return t['analyze.status.notEnough'];
  const band = CONFIDENCE_NAMES[confidenceBand(a.confidence)];
  return t['analyze.status'](whereWords(placed), band, a.flags.length);
}

function eyebrow(a: PlacedAnalysis) {
  const kind = KIND_WORD[a.kind];
  if (a.split) return t['analyze.summary.eyebrow.twoJobs'](kind);
  return a.between
    ? t['analyze.summary.eyebrow.between'](kind)
    : t['analyze.summary.eyebrow'](kind);
}

function heading(a: PlacedAnalysis) {
  const pair = a.split ?? a.between;
  return pair ? pairWords(pair) : ROLES[a.role].name;
}

function leadingPart(a: PlacedAnalysis) {
  const role = ROLES[a.role];
  if (a.split) return t['analyze.summary.larger'](role.name, percent(a.shares[role.column]));
  return a.between ? t['analyze.summary.closest'](role.name) : '';
}

/** What the title line names, with the title itself drawn as the text's own words. */
function titleWords(a: PlacedAnalysis) {
  const { title } = a;
  if (!title) return t['analyze.summary.noTitle'];
  const message = title.column
    ? t['analyze.summary.title'](columnWords(title.column))
    : t['analyze.summary.title.noColumn'];
  return richText(message, { title: () => h('span', { class: 'title-text' }, title.text) });
}

/** Where the text sits: the role, "between" or both ends, confidence, the spectrum and the shares. */
export function analysisSummary(a: PlacedAnalysis): HTMLElement {
  // Work at both ends averages to the middle, where little of it is: say the marker is an average.
  const position = decimal(a.position);
  const marker = a.split
    ? t['analyze.summary.marker.twoJobs'](position)
    : t['analyze.summary.marker'](position);
  const work = a.split
    ? t['analyze.summary.work.twoJobs']
    : t['analyze.summary.work'](WORK_KINDS[a.dominantWork].name);
  return h(
    'section',
    { class: 'card analysis-summary', 'aria-labelledby': 'analysis-role' },
    h('p', { class: 'eyebrow' }, eyebrow(a)),
    h('h2', { id: 'analysis-role' }, heading(a)),
    h('p', { class: 'confidence' }, confidenceBadge(a.confidence), leadingPart(a), titleWords(a)),
    spectrumChart({ position: a.position, label: marker }),
    h('p', { class: 'mix-title' }, work),
    sharesBar(a.shares, t['result.hero.mix.label']),
    a.measuredOn &&
      h(
        'p',
        { class: 'mix-title' },
        t['analyze.summary.measuredOn'](WORK_KINDS[a.measuredOn.column].name),
      ),
    a.measuredOn && sharesBar(a.measuredOn.shares, t['analyze.summary.measures.label']),
    h('p', { class: 'advice' }, ADVICE_NOTE),
  );
}

/** One flag as a list item: its short name, then its one-line explanation. */
export function flagItem(flag: AnalysisFlag): HTMLElement {
  return h(
    'li',
    {
      class: `flag ${SERIOUS.has(flag.code) ? 'flag-trap' : 'flag-note'}`,
      'data-flag': flag.code,
    },
    h('strong', null, t['analyze.flag.name'](FLAG_NAME[flag.code])),
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
    h(
      'h2',
      { id: 'analysis-flags' },
      flags.length ? t['analyze.flags.heading'] : t['analyze.flags.none.heading'],
    ),
    flags.length
      ? h('ul', { class: 'flags' }, flags.map(flagItem))
      : h('p', null, t['analyze.flags.none']),
  );
}
