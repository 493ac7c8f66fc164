import { COLUMNS, type Column, REGIMES, WORK_KINDS } from '@rolefit/core';
import { fitBadge } from '../app/titling-grid.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { h } from '../shared/h.ts';
import type { TeamSummary, teamApi, Workstream } from './team-api.ts';
import { card, placeName } from './team-map-view.ts';
import { whyNotTheMiddle } from './team-two-jobs.ts';

const CUSTOM = 'custom';
let rowCount = 0;
// Column shares set through the API have no control of their own; they ride along unchanged.
const sharesOf = new WeakMap<HTMLElement, NonNullable<Workstream['shares']>>();

function row(ws: Workstream, onRemove: (el: HTMLElement) => void) {
  const n = ++rowCount;
  const kind = h(
    'select',
    { id: `ws-kind-${n}`, name: 'kind' },
    COLUMNS.map((c) => h('option', { value: c, selected: ws.work === c }, WORK_KINDS[c].name)),
    ws.shares && h('option', { value: CUSTOM, selected: true }, 'Custom mix (set through the API)'),
  );
  const el = h(
    'li',
    { class: 'ws-row' },
    h('label', { for: `ws-name-${n}`, class: 'visually-hidden' }, `Workstream ${n} name`),
    h('input', {
      id: `ws-name-${n}`,
      name: 'name',
      type: 'text',
      maxlength: 120,
      value: ws.name,
      placeholder: 'Workstream',
      required: true,
    }),
    h(
      'label',
      { for: `ws-effort-${n}`, class: 'visually-hidden' },
      `Workstream ${n} share of effort`,
    ),
    h('input', {
      id: `ws-effort-${n}`,
      name: 'effort',
      type: 'number',
      min: 0,
      step: 'any',
      value: ws.effort,
    }),
    h('label', { for: `ws-kind-${n}`, class: 'visually-hidden' }, `Workstream ${n} kind of work`),
    kind,
    h('button', { type: 'button', class: 'button quiet', onclick: () => onRemove(el) }, 'Remove'),
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
    if (!name) return 'Every workstream needs a name.';
    if (!(effort > 0)) return `Give “${name}” a share of effort above 0.`;
    const shares = sharesOf.get(el);
    out.push(
      kind === CUSTOM && shares ? { name, effort, shares } : { name, effort, work: kind as Column },
    );
  }
  return out;
}

/** The lead's workstreams: an editable list (name, share of effort, kind of work) and its verdict. */
export function workstreamsEditor(
  summary: TeamSummary,
  workstreams: Workstream[],
  api: ReturnType<typeof teamApi>,
  reload: () => void,
): HTMLElement {
  const list = h('ul', { class: 'ws-list' });
  const remove = (el: HTMLElement) => el.remove();
  for (const ws of workstreams) list.append(row(ws, remove));
  const status = h('p', { class: 'form-status', role: 'status' });
  const p = summary.workstreams;
  return card(
    'workstreams',
    'Workstreams, as you list them',
    h(
      'p',
      { class: 'note' },
      'The second way to map the work: list what the team works on, the share of effort each takes (in any unit: people, days, percent), and what kind of work it is.',
    ),
    p &&
      h(
        'p',
        { class: 'lead', 'data-testid': 'ws-verdict' },
        p.split
          ? `Your workstreams sit at the two ends of the line (${placeName(p)}); their average, ${p.position.toFixed(2)}, is not where the work is. `
          : `Your workstreams put the centre of gravity at ${p.position.toFixed(2)} (${placeName(p)}), ${WORK_KINDS[p.dominantWork].name.toLowerCase()}: `,
        !p.split && fitBadge(p.regime.cell.fit),
        !p.split && ` ${REGIMES[p.regime.recommended].name.toLowerCase()}.`,
      ),
    p?.twoJobs &&
      h(
        'details',
        { class: 'ws-two-jobs' },
        h('summary', null, 'The two-jobs advice for these workstreams'),
        whyNotTheMiddle(p, 'workstreams'),
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
          status.textContent = 'Saving…';
          const saved = await api.saveWorkstreams(rows);
          if (!saved.ok) status.textContent = saved.error.message;
          else reload();
        },
      },
      h(
        'div',
        { class: 'ws-head', 'aria-hidden': 'true' },
        h('span', null, 'Name'),
        h('span', null, 'Effort'),
        h('span', null, 'Kind of work'),
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
            onclick: () => list.append(row({ name: '', effort: 1, work: 'rnd' }, remove)),
          },
          'Add a workstream',
        ),
        h('button', { type: 'submit', class: 'button primary' }, 'Save workstreams'),
      ),
      status,
    ),
  );
}
