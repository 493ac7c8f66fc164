import { COLUMNS, type Column } from '@rolefit/core';
import { fitBadge } from '../app/titling-grid.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { REGIMES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';
import type { TeamSummary, teamApi, Workstream } from './team-api.ts';
import { card, placeName } from './team-map-view.ts';
import { whyNotTheMiddle } from './team-two-jobs.ts';

const t = messages();

const CUSTOM = 'custom';
// Keeps ids unique across reloads of the card; the numbers people hear come from the row's place.
let rowCount = 0;

/** Each row's labels say its place in the list, after a save, an addition or a removal alike. */
function renumber(list: HTMLElement) {
  list.querySelectorAll<HTMLElement>('.ws-row').forEach((el, i) => {
    const n = i + 1;
    for (const label of el.querySelectorAll<HTMLLabelElement>('label[data-field]')) {
      const field = label.dataset.field as 'name' | 'effort' | 'kind';
      label.textContent = t[`workstreams.row.${field}`](n);
    }
  });
}
// Column shares set through the API have no control of their own; they ride along unchanged.
const sharesOf = new WeakMap<HTMLElement, NonNullable<Workstream['shares']>>();

function row(ws: Workstream, onRemove: (el: HTMLElement) => void) {
  const n = ++rowCount;
  const kind = h(
    'select',
    { id: `ws-kind-${n}`, name: 'kind' },
    COLUMNS.map((c) => h('option', { value: c, selected: ws.work === c }, WORK_KINDS[c].name)),
    ws.shares && h('option', { value: CUSTOM, selected: true }, t['workstreams.row.custom']),
  );
  const el = h(
    'li',
    { class: 'ws-row' },
    h('label', { for: `ws-name-${n}`, class: 'visually-hidden', 'data-field': 'name' }),
    h('input', {
      id: `ws-name-${n}`,
      name: 'name',
      type: 'text',
      maxlength: 120,
      value: ws.name,
      placeholder: t['workstreams.row.name.placeholder'],
      required: true,
    }),
    h('label', { for: `ws-effort-${n}`, class: 'visually-hidden', 'data-field': 'effort' }),
    h('input', {
      id: `ws-effort-${n}`,
      name: 'effort',
      type: 'number',
      min: 0,
      step: 'any',
      value: ws.effort,
    }),
    h('label', { for: `ws-kind-${n}`, class: 'visually-hidden', 'data-field': 'kind' }),
    kind,
    h(
      'button',
      { type: 'button', class: 'button quiet', onclick: () => onRemove(el) },
      t['workstreams.row.remove'],
    ),
  );
  if (ws.shares) sharesOf.set(el, ws.shares);
  return el;
}

function readRows(list: HTMLElement): Workstream[] | string {
  const out: Workstream[] = [];
  for (const el of list.querySelectorAll<HTMLElement>('.ws-row')) {
    const name = (el.querySelector('[name=name]') as HTMLInputElement).value.trim();
    const effort = Number((el.querySelector('[name=effort]') as HTMLInputElement).value);
    const kind = (el.querySelector('[name=kind]') as HTMLSelectElement).value;
    if (!name) return t['workstreams.error.name'];
    if (!(effort > 0)) return t['workstreams.error.effort'](name);
    const shares = sharesOf.get(el);
    out.push(
      kind === CUSTOM && shares ? { name, effort, shares } : { name, effort, work: kind as Column },
    );
  }
  return out;
}

/** Where the workstreams put the work: both ends, or a centre of gravity and its grid cell. */
function verdict(p: NonNullable<TeamSummary['workstreams']>) {
  const position = decimal(p.position);
  if (p.split) return t['workstreams.verdict.twoJobs'](placeName(p), position);
  const message = t['workstreams.verdict'](
    position,
    placeName(p),
    WORK_KINDS[p.dominantWork].name,
    REGIMES[p.regime.recommended].name,
  );
  return richText(message, { fit: () => fitBadge(p.regime.cell.fit) });
}

/** The lead's workstreams: an editable list (name, share of effort, kind of work) and its verdict. */
export function workstreamsEditor(
  summary: TeamSummary,
  workstreams: Workstream[],
  api: ReturnType<typeof teamApi>,
  reload: () => void,
): HTMLElement {
  const list = h('ul', { class: 'ws-list' });
  const remove = (el: HTMLElement) => {
    el.remove();
    renumber(list);
  };
  for (const ws of workstreams) list.append(row(ws, remove));
  renumber(list);
  const status = h('p', { class: 'form-status', role: 'status' });
  const p = summary.workstreams;
  return card(
    'workstreams',
    t['workstreams.heading'],
    h('p', { class: 'note' }, t['workstreams.note']),
    p && h('p', { class: 'lead', 'data-testid': 'ws-verdict' }, verdict(p)),
    p?.twoJobs &&
      h(
        'details',
        { class: 'ws-two-jobs' },
        h('summary', null, t['workstreams.twoJobs']),
        whyNotTheMiddle(p, t['workstreams.twoJobs.whose']),
        twoJobsView(p.twoJobs, 'h2'),
      ),
    h(
      'form',
      {
        novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          const rows = readRows(list);
          if (typeof rows === 'string') {
            status.textContent = rows;
            return;
          }
          status.textContent = t['team.saving'];
          const saved = await api.saveWorkstreams(rows);
          if (!saved.ok) status.textContent = saved.error.message;
          else reload();
        },
      },
      h(
        'div',
        { class: 'ws-head', 'aria-hidden': 'true' },
        h('span', null, t['workstreams.column.name']),
        h('span', null, t['workstreams.column.effort']),
        h('span', null, t['workstreams.column.kind']),
      ),
      list,
      h(
        'div',
        { class: 'step-nav' },
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            onclick: () => {
              list.append(row({ name: '', effort: 1, work: 'rnd' }, remove));
              renumber(list);
            },
          },
          t['workstreams.add'],
        ),
        h('button', { type: 'submit', class: 'button primary' }, t['workstreams.save']),
      ),
      status,
    ),
  );
}
