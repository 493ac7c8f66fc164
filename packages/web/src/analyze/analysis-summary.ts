import {
  ADVICE_NOTE,
  type Analysis,
  type AnalysisFlag,
  type FlagCode,
  ROLES,
  WORK_KINDS,
} from '@rolefit/core';
import { columnWords } from '../app/column-label.ts';
import { h } from '../app/h.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { spectrumChart } from '../app/spectrum-chart.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const confidenceWord = (c: number) => (c >= 0.75 ? 'High' : c >= 0.5 ? 'Moderate' : 'Low');

/** A short name for each flag, shown before its one-line explanation. */
export const FLAG_NAME: Readonly<Record<FlagCode, string>> = {
  'title-mismatch': 'Title names another column',
  'wrong-column-metrics': 'Graded on another column',
  'no-evidence': 'Nothing to go on',
  'low-evidence': 'Little to go on',
  truncated: 'Text cut short',
  'binary-looking': 'Not written text',
};

/** One sentence that says where the text sits, for the page's status line and its title. */
export function placementLine(a: Analysis): string {
  const where = a.between
    ? `Between ${ROLES[a.between[0]].name} and ${ROLES[a.between[1]].name}`
    : ROLES[a.role].name;
  const flags = a.flags.length === 0 ? 'no flags' : `${a.flags.length} flag(s)`;
  return `${where}, ${confidenceWord(a.confidence).toLowerCase()} confidence, ${flags}.`;
}

/** Where the text sits: the role or "between", confidence, the spectrum and the column shares. */
export function analysisSummary(a: Analysis): HTMLElement {
  const role = ROLES[a.role];
  const heading = a.between
    ? `${ROLES[a.between[0]].name} and ${ROLES[a.between[1]].name}`
    : role.name;
  const title = a.title
    ? [
        ' The title “',
        h('span', { class: 'title-text' }, a.title.text),
        a.title.column
          ? `” names ${columnWords(a.title.column)} work.`
          : '” names no column of work.',
      ]
    : ' No title line found.';
  return h(
    'section',
    { class: 'card analysis-summary', 'aria-labelledby': 'analysis-role' },
    h(
      'p',
      { class: 'eyebrow' },
      a.between ? `This ${a.kind} sits between` : `This ${a.kind} describes a`,
    ),
    h('h2', { id: 'analysis-role' }, heading),
    h(
      'p',
      { class: 'confidence' },
      h(
        'span',
        { class: `confidence-badge confidence-${confidenceWord(a.confidence).toLowerCase()}` },
        `${confidenceWord(a.confidence)} confidence · ${pct(a.confidence)}`,
      ),
      a.between ? ` Closest anchor: ${role.name}.` : '',
      title,
    ),
    spectrumChart({ position: a.position, label: `This text · ${a.position.toFixed(2)}` }),
    h('p', { class: 'mix-title' }, `The work: ${WORK_KINDS[a.dominantWork].name.toLowerCase()}`),
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
  const serious = flag.code === 'title-mismatch' || flag.code === 'wrong-column-metrics';
  return h(
    'li',
    { class: `flag ${serious ? 'flag-trap' : 'flag-note'}`, 'data-flag': flag.code },
    h('strong', null, `${FLAG_NAME[flag.code]}. `),
    flag.message,
  );
}

/** The flags, each with its one-line explanation; says so plainly when there are none. */
export function analysisFlags(a: Analysis): HTMLElement {
  return h(
    'section',
    {
      class: `card analysis-flags${a.flags.length ? ' has-flags' : ''}`,
      'aria-labelledby': 'analysis-flags',
    },
    h('h2', { id: 'analysis-flags' }, a.flags.length ? 'Flags' : 'No flags'),
    a.flags.length
      ? h('ul', { class: 'flags' }, a.flags.map(flagItem))
      : h(
          'p',
          null,
          'The title and the measures, where the text gives them, agree with the work it describes.',
        ),
  );
}
