import type { Analysis, Evidence, SectionKind } from '@rolefit/core';
import { COLUMN_LABEL } from '../app/column-label.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { signedDecimal } from '../shared/percent.ts';
import { textRuns } from './text-runs.ts';

const t = messages();

/** Sections that say nothing about the role: drawn dimmed, their phrases count for nothing. */
const BOILERPLATE: ReadonlySet<SectionKind> = new Set(['company', 'benefits', 'legal']);

/** Each kind of section as a mark's tooltip names it. */
const SECTION_WORD: Readonly<Record<SectionKind, string>> = {
  title: t['analyze.section.title'],
  summary: t['analyze.section.summary'],
  responsibilities: t['analyze.section.responsibilities'],
  requirements: t['analyze.section.requirements'],
  'nice-to-have': t['analyze.section.niceToHave'],
  metrics: t['analyze.section.metrics'],
  company: t['analyze.section.company'],
  benefits: t['analyze.section.benefits'],
  legal: t['analyze.section.legal'],
};

const signed = (x: number) => signedDecimal(x);

function describe(e: Evidence): string {
  const notes = [
    COLUMN_LABEL[e.column],
    e.negated && t['analyze.evidence.negated'],
    e.measure && t['analyze.evidence.measure'],
    e.weight === 0 && t['analyze.evidence.zero'],
  ];
  return t['analyze.evidence.notes'](notes.filter((n): n is string => typeof n === 'string'));
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
      title: t['analyze.evidence.title'](describe(e), signed(e.weight), SECTION_WORD[e.section]),
      'data-column': e.column,
    },
    text,
    // Read out after the phrase, so a screen reader hears what the colour shows.
    h('span', { class: 'visually-hidden' }, t['analyze.evidence.spoken'](describe(e))),
  );
}

/**
 * The analysed text drawn as text nodes, with each piece of evidence in a `<mark>` coloured by
 * its column, negated evidence struck through, and boilerplate sections dimmed. The text of each
 * level of a rubric or ladder sits in spans `data-level` names, for `showLevel`. The text is
 * never parsed as HTML.
 */
export function highlightedText(text: string, analysis: Analysis): HTMLElement {
  const view = h('div', {
    class: 'analyzed-text',
    role: 'region',
    'aria-label': t['analyze.evidence.label'],
    tabindex: 0,
    // The text is the reader's own (English): its direction, not the page's.
    dir: 'auto',
  });
  const runs = textRuns(
    text,
    analysis.evidence,
    analysis.sections,
    analysis.analyzed.chars,
    analysis.levels,
  );
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
    const drawn = e ? mark(piece, e) : piece;
    open.el.append(
      run.level === null
        ? drawn
        : h('span', { class: 'level-text', 'data-level': run.level }, drawn),
    );
  }
  return view;
}

/**
 * Mark the text of level `index` in a view drawn by `highlightedText` (and unmark any other),
 * and return its first piece, made focusable, so the page can scroll to it; null when the
 * level has no text in the view.
 */
export function showLevel(view: HTMLElement, index: number): HTMLElement | null {
  for (const shown of view.querySelectorAll('.level-shown')) {
    shown.classList.remove('level-shown');
    shown.removeAttribute('tabindex');
  }
  const pieces = [...view.querySelectorAll<HTMLElement>(`.level-text[data-level="${index}"]`)];
  for (const piece of pieces) piece.classList.add('level-shown');
  const [first] = pieces;
  first?.setAttribute('tabindex', '-1');
  return first ?? null;
}

/** The key to the colours and marks of `highlightedText`, with each column's count. */
export function highlightLegend(analysis: Analysis): HTMLElement {
  const count = (column: Evidence['column']) =>
    analysis.evidence.filter((e) => e.column === column && !e.negated && e.weight > 0).length;
  // Each key shows a sample drawn as in the text: a coloured, struck-through or dimmed phrase.
  const sample = (message: string, draw: (text: string) => Node) =>
    h('li', null, richText(message, { sample: draw }));
  const hidden = (tag: 'mark' | 'span', className: string) => (text: string) =>
    h(tag, { class: className, 'aria-hidden': 'true' }, text);
  return h(
    'ul',
    { class: 'ev-legend', 'aria-label': t['analyze.legend.label'] },
    (['research', 'rnd', 'product'] as const).map((column) =>
      h(
        'li',
        null,
        richText(t['analyze.legend.column'](COLUMN_LABEL[column], count(column)), {
          column: (text) => h('span', { class: `ev ev-${column}` }, text),
        }),
      ),
    ),
    sample(t['analyze.legend.negated'], hidden('mark', 'ev ev-research ev-negated')),
    sample(t['analyze.legend.measure'], hidden('mark', 'ev ev-research ev-measure')),
    sample(t['analyze.legend.boilerplate'], hidden('span', 'sec boilerplate')),
  );
}
