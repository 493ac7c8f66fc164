import type { Analysis, Evidence, SectionKind } from '@rolefit/core';
import { COLUMN_LABEL } from '../app/column-label.ts';
import { h } from '../shared/h.ts';
import { textRuns } from './text-runs.ts';

/** Sections that say nothing about the role: drawn dimmed, their phrases count for nothing. */
const BOILERPLATE: ReadonlySet<SectionKind> = new Set(['company', 'benefits', 'legal']);

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

function describe(e: Evidence): string {
  const notes = [
    COLUMN_LABEL[e.column],
    e.negated ? 'negated, counts against' : null,
    e.measure ? 'a measure' : null,
    e.weight === 0 ? 'not counted' : null,
  ];
  return notes.filter(Boolean).join(', ');
}

function mark(text: string, e: Evidence) {
  const classes = [
    'ev',
    `ev-${e.column}`,
    e.negated && 'ev-negated',
    e.measure && 'ev-measure',
    e.weight === 0 && 'ev-zero',
  ];
  return h(
    'mark',
    {
      class: classes.filter(Boolean).join(' '),
      title: `${describe(e)} · ${signed(e.weight)} in ${e.section}`,
      'data-column': e.column,
    },
    text,
    // Read out after the phrase, so a screen reader hears what the colour shows.
    h('span', { class: 'visually-hidden' }, ` (${describe(e)})`),
  );
}

/**
 * The analysed text drawn as text nodes, with each piece of evidence in a `<mark>` coloured by
 * its column, negated evidence struck through, and boilerplate sections dimmed. The text is
 * never parsed as HTML.
 */
export function highlightedText(text: string, analysis: Analysis): HTMLElement {
  const view = h('div', {
    class: 'analyzed-text',
    role: 'region',
    'aria-label': 'Your text with the evidence marked',
    tabindex: 0,
  });
  const runs = textRuns(text, analysis.evidence, analysis.sections, analysis.analyzed.chars);
  let open: { index: number | null; read: boolean; el: HTMLElement } | null = null;
  for (const run of runs) {
    if (!open || open.index !== run.section || open.read !== run.read) {
      const kind = run.section === null ? null : analysis.sections[run.section]?.kind;
      const classes = [
        'sec',
        kind && `sec-${kind}`,
        kind && BOILERPLATE.has(kind) && 'boilerplate',
        !run.read && 'unread',
      ];
      const el = h('span', { class: classes.filter(Boolean).join(' ') });
      view.append(el);
      open = { index: run.section, read: run.read, el };
    }
    const piece = text.slice(run.start, run.end);
    const e = run.evidence === null ? undefined : analysis.evidence[run.evidence];
    open.el.append(e ? mark(piece, e) : piece);
  }
  return view;
}

/** The key to the colours and marks of `highlightedText`, with each column's count. */
export function highlightLegend(analysis: Analysis): HTMLElement {
  const count = (column: Evidence['column']) =>
    analysis.evidence.filter((e) => e.column === column && !e.negated && e.weight > 0).length;
  const phrases = (n: number) => `${n} ${n === 1 ? 'phrase' : 'phrases'}`;
  return h(
    'ul',
    { class: 'ev-legend', 'aria-label': 'Legend' },
    (['research', 'rnd', 'product'] as const).map((column) =>
      h(
        'li',
        null,
        h('span', { class: `ev ev-${column}` }, COLUMN_LABEL[column]),
        ` work: ${phrases(count(column))}`,
      ),
    ),
    h(
      'li',
      null,
      h('mark', { class: 'ev ev-research ev-negated', 'aria-hidden': 'true' }, 'no PhD'),
      ' Negated: counts against its column',
    ),
    h(
      'li',
      null,
      h('mark', { class: 'ev ev-research ev-measure', 'aria-hidden': 'true' }, 'papers'),
      ' A measure: how the role is graded',
    ),
    h(
      'li',
      null,
      h('span', { class: 'sec boilerplate', 'aria-hidden': 'true' }, 'About us'),
      ' Dimmed: company, benefits or legal text, which counts for nothing',
    ),
  );
}
