import { COLUMNS } from '@rolefit/core';
import type { StatsReport } from '@rolefit/server/contract';
import { REGIMES, ROLES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { type Child, h } from '../shared/h.ts';
import { count, percent } from '../shared/percent.ts';
import { choosesFilter, fieldTable } from './field-table.ts';
import type { FieldFilter, OwnerSession, StatsRange } from './owner-session.ts';
import { sourceTable } from './source-table.ts';
import { barChart, lineChart, palette } from './stats-charts.ts';
import { utcDayRange } from './utc-day.ts';

const t = messages();

const DAY_MS = 86_400_000;
/** The page filter's value for responses sent without a page (no URL can look like it). */
const NO_PAGE = ' none';
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The last 30 days, today included (UTC, as the server counts days). */
export const defaultRange = (now = Date.now()): StatsRange => ({
  from: isoDay(now - 29 * DAY_MS),
  to: isoDay(now),
});

const nameOf = (table: Record<string, { name: string }>, id: string) => table[id]?.name ?? id;

const card = (title: string, ...children: Child[]) =>
  h('section', { class: 'card admin-card' }, h('h2', null, title), ...children);

/** A card across the whole grid, for tables that need the room. */
const wideCard = (title: string, ...children: Child[]) =>
  h('section', { class: 'card admin-card admin-card-wide' }, h('h2', null, title), ...children);

const figure = (label: string, value: string) =>
  h(
    'div',
    { class: 'admin-figure' },
    h('span', { class: 'admin-figure-value' }, value),
    h('span', null, label),
  );

/**
 * A figure the report does not count (null: funnel events under a field filter) as a dash, with
 * the reason as its title and, since a dash reads as nothing, in words for screen readers.
 */
const uncounted = (label: string) =>
  h(
    'div',
    { class: 'admin-figure', title: t['admin.figure.notCounted'] },
    h('span', { class: 'admin-figure-value', 'aria-hidden': 'true' }, '–'),
    h('span', null, label),
    h('span', { class: 'visually-hidden' }, t['admin.figure.notCounted']),
  );

/**
 * The count a label is chosen by when its figure is unknown: NaN is no number, so every
 * language's plural rules give their general form ("other": "quizzes shown").
 */
const UNKNOWN = Number.NaN;

/** A count that may not be counted, as a figure. */
const figureOf = (label: (n: number) => string, n: number | null) =>
  n === null ? uncounted(label(UNKNOWN)) : figure(label(n), count(n));

/** A labelled control; the label names only the control, not the options inside it. */
const field = (label: string, control: HTMLInputElement | HTMLSelectElement) =>
  h('div', { class: 'admin-field' }, h('label', { for: control.id }, label), control);

/** `part` as a percent of `whole`, or a dash when there is no whole to be part of. */
const percentOf = (part: number, whole: number) => (whole > 0 ? percent(part / whole) : '–');

/** The hidden fields' card: each field's busiest values, each a way to limit the dashboard. */
const fieldsCard = (report: StatsReport, onChoose: (filter: FieldFilter) => void) =>
  wideCard(
    t['admin.fields.heading'],
    report.fields.length === 0
      ? h(
          'p',
          { class: 'muted' },
          richText(t['admin.fields.none'], { code: (text) => h('code', null, text) }),
        )
      : h(
          'div',
          { class: 'admin-field-groups' },
          report.fields.map((f) => fieldTable(f, report.field, onChoose)),
        ),
  );

/** The charts of one report; a value's button in the hidden fields' card calls `onChoose`. */
function charts(report: StatsReport, onChoose: (filter: FieldFilter) => void): HTMLElement {
  const p = palette();
  const columnColor = { research: p.research, rnd: p.rnd, product: p.product };
  const questionNo = (id: string | null) =>
    t['admin.question.short'](report.answers.findIndex((a) => a.questionId === id) + 1);
  const funnelLabel = (step: StatsReport['funnel'][number]) =>
    step.step === 'answered'
      ? t['admin.funnel.answered'](questionNo(step.questionId))
      : t[`admin.funnel.${step.step}`];
  return h(
    'div',
    { class: 'admin-grid' },
    card(
      t['admin.completions.heading'],
      lineChart(t['admin.completions.chart'], {
        labels: report.completions.map((d) => d.day),
        counts: report.completions.map((d) => d.count),
      }),
    ),
    card(
      t['admin.funnel.heading'],
      // Funnel events carry no fields: under a field filter there is no funnel to draw.
      report.field === null
        ? [
            h('p', { class: 'muted small' }, t['admin.funnel.note']),
            barChart(t['admin.funnel.chart'], {
              labels: report.funnel.map(funnelLabel),
              counts: report.funnel.map((s) => s.count),
            }),
          ]
        : h('p', { class: 'muted' }, t['admin.funnel.noFields']),
    ),
    card(
      t['admin.roles.heading'],
      barChart(t['admin.roles.chart'], {
        labels: report.roles.map((r) => nameOf(ROLES, r.id)),
        counts: report.roles.map((r) => r.count),
        colors: report.roles.map(
          (r) => columnColor[ROLES[r.id as keyof typeof ROLES]?.column ?? 'rnd'],
        ),
      }),
    ),
    card(
      t['admin.work.heading'],
      barChart(t['admin.work.chart'], {
        labels: report.dominantWork.map((w) => nameOf(WORK_KINDS, w.id)),
        counts: report.dominantWork.map((w) => w.count),
        colors: report.dominantWork.map((w) =>
          COLUMNS.includes(w.id as never)
            ? columnColor[w.id as keyof typeof columnColor]
            : p.accent,
        ),
      }),
    ),
    card(
      t['admin.regimes.heading'],
      barChart(t['admin.regimes.chart'], {
        labels: report.regimes.map((r) => nameOf(REGIMES, r.id)),
        counts: report.regimes.map((r) => r.count),
      }),
    ),
    card(
      t['admin.sources.heading'],
      report.sources.length === 0
        ? h('p', { class: 'muted' }, t['admin.sources.none'])
        : sourceTable(
            t['admin.sources.chart'],
            report.sources
              .slice(0, 10)
              .map((s) => ({ source: s.source, completions: s.completions })),
          ),
    ),
    fieldsCard(report, onChoose),
    ...report.answers.map((q, i) =>
      card(
        t['admin.answers.heading'](i + 1, q.prompt),
        barChart(
          t['admin.answers.chart'](i + 1),
          {
            labels: q.options.map((o) => o.label),
            counts: q.options.map((o) => o.count),
          },
          true,
        ),
      ),
    ),
  );
}

/**
 * The dashboard: range, page and hidden field filters, headline figures, charts and export
 * buttons. The field filter is chosen in the hidden fields' card and kept through new ranges and
 * pages until it is removed.
 */
export function dashboard(session: OwnerSession, onLoggedOut: () => void): HTMLElement {
  let range = defaultRange();
  const from = h('input', { id: 'range-from', type: 'date', value: range.from, required: true });
  const to = h('input', { id: 'range-to', type: 'date', value: range.to, required: true });
  const source = h(
    'select',
    { id: 'range-source' },
    h('option', { value: '' }, t['admin.range.allPages']),
  );
  // A long address is cut short in the closed select (admin.css); its title keeps it whole.
  const showChosenPage = () => {
    source.title = source.selectedOptions[0]?.textContent ?? '';
  };
  source.addEventListener('change', showChosenPage);
  const status = h('p', { class: 'admin-error', role: 'alert', hidden: true });
  const body = h('div', { class: 'admin-body', 'aria-live': 'polite', 'aria-busy': 'true' });
  const showButton = h(
    'button',
    { class: 'button primary', type: 'submit' },
    t['admin.range.show'],
  );

  // Outside the body, which every load redraws: focus can rest on it while the figures change.
  const filterText = h('p', { class: 'admin-filter-text', tabindex: -1 });
  const filterLine = h(
    'div',
    { class: 'admin-filter', hidden: true },
    filterText,
    h(
      'button',
      { class: 'button quiet', type: 'button', onclick: () => void showAll() },
      t['admin.filter.clear'],
    ),
  );
  const showFilter = () => {
    const chosen = range.field;
    filterLine.hidden = chosen === undefined;
    filterText.replaceChildren(
      h(
        'span',
        null,
        chosen &&
          richText(t['admin.filter.only'], {
            name: () => h('code', { dir: 'ltr' }, chosen.name),
            value: () => h('bdi', { class: 'admin-filter-value' }, chosen.value),
          }),
      ),
    );
  };

  const fail = (message: string) => {
    status.textContent = message;
    status.hidden = false;
  };
  // Only the latest request draws: an answer that arrives after a newer request is dropped.
  let latest = 0;
  const load = async () => {
    const ticket = ++latest;
    status.hidden = true;
    body.setAttribute('aria-busy', 'true');
    const outcome = await session.stats(range);
    if (ticket !== latest) return;
    body.setAttribute('aria-busy', 'false');
    if (!outcome.ok) {
      if (outcome.error.code === 'unauthorized') {
        session.logOut();
        return onLoggedOut();
      }
      return fail(outcome.error.message);
    }
    const report = outcome.value;
    // Under a field filter the report's pages are only those with the field: keep the full list.
    if (range.source === undefined && range.field === undefined) {
      const chosen = source.value;
      source.replaceChildren(
        h('option', { value: '' }, t['admin.range.allPages']),
        ...report.sources.map((s) => {
          const page = s.source ?? t['admin.range.noPage'];
          const dir = s.source === null ? null : 'ltr';
          return h('option', { value: s.source ?? NO_PAGE, title: page, dir }, page);
        }),
      );
      source.value = chosen;
      showChosenPage();
    }
    const totals = report.totals;
    body.replaceChildren(
      h(
        'p',
        { class: 'admin-range' },
        utcDayRange(report.from ?? range.from, report.to ?? range.to),
      ),
      h(
        'div',
        { class: 'admin-figures' },
        figure(t['admin.figure.completions'](totals.completions), count(totals.completions)),
        figureOf(t['admin.figure.shown'], totals.shown),
        figureOf(t['admin.figure.started'], totals.started),
        totals.shown === null
          ? uncounted(t['admin.figure.completedShare'])
          : figure(t['admin.figure.completedShare'], percentOf(totals.completions, totals.shown)),
      ),
      charts(report, choose),
    );
  };

  /** Limit the dashboard to one value, and take focus to the line that says so. */
  function choose(filter: FieldFilter) {
    const same = range.field?.name === filter.name && range.field.value === filter.value;
    range = { ...range, field: filter };
    showFilter();
    filterText.focus();
    if (!same) void load();
  }

  /** Remove the field filter; focus goes back to the value's button, or to the Show button. */
  async function showAll() {
    const { field: removed, ...rest } = range;
    range = rest;
    // The line stays, with focus on its button, until the figures are redrawn without it.
    await load();
    showFilter();
    const buttons = [...body.querySelectorAll<HTMLElement>('button[data-field]')];
    const back = removed && buttons.find((b) => choosesFilter(b, removed));
    (back ?? showButton).focus();
  }

  const exportButton = (format: 'csv' | 'json') =>
    h(
      'button',
      {
        class: 'button quiet',
        type: 'button',
        onclick: async () => {
          const problem = await session.download(range, format);
          if (problem) fail(problem);
        },
      },
      t['admin.export'](format),
    );

  const controls = h(
    'form',
    {
      class: 'admin-controls',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (from.value > to.value) return fail(t['admin.range.backwards']);
        const page = source.value;
        range = {
          from: from.value,
          to: to.value,
          ...(page === '' ? {} : { source: page === NO_PAGE ? '' : page }),
          ...(range.field ? { field: range.field } : {}),
        };
        void load();
      },
    },
    field(t['admin.range.from'], from),
    field(t['admin.range.to'], to),
    field(t['admin.range.page'], source),
    showButton,
    h('span', { class: 'admin-spacer' }),
    exportButton('csv'),
    exportButton('json'),
    h(
      'button',
      {
        class: 'button quiet',
        type: 'button',
        onclick: () => {
          session.logOut();
          onLoggedOut();
        },
      },
      t['admin.logOut'],
    ),
  );
  void load();
  return h(
    'div',
    { class: 'wrap admin' },
    h('h1', null, t['admin.title']),
    h('p', { class: 'muted' }, t['admin.lead']),
    controls,
    status,
    filterLine,
    body,
  );
}
