import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { confirmStep } from '../shared/confirm-step.ts';
import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';
import { card } from '../teams/team-map-view.ts';
import type { OrgApi, OrgView } from './org-api.ts';
import { orgCsv, orgJson } from './org-export.ts';

const t = messages();

/** Export the view (built in the browser from what the page shows), and delete the org. */
export function orgData(view: OrgView, api: OrgApi, onDeleted: () => void): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const exportAs = (format: 'csv' | 'json') => () => {
    const [text, type] =
      format === 'csv'
        ? [orgCsv(view), 'text/csv;charset=utf-8']
        : [orgJson(view), 'application/json'];
    downloadFile(`rolefit-org.${format}`, new Blob([text], { type }));
    status.textContent = t['team.data.exported'](format);
  };
  const remove = confirmStep({
    id: 'org-confirm-title',
    trigger: t['org.data.delete'],
    question: richText(t['org.data.confirm'], { name: () => h('strong', null, view.org.name) }),
    confirm: t['org.data.deleteForGood'],
    keep: t['org.data.keep'],
    tone: 'danger',
    working: t['team.data.deleting'],
    status,
    act: async () => {
      const gone = await api.remove();
      if (!gone.ok) return gone.error.message;
      onDeleted();
    },
  });
  const empty = view.teams.length === 0;
  return card(
    'org-data',
    t['org.data.heading'],
    h('p', { class: 'note' }, t['org.data.export']),
    h(
      'div',
      { class: 'action-row' },
      h(
        'button',
        { type: 'button', class: 'button', disabled: empty, onclick: exportAs('csv') },
        t['admin.export']('csv'),
      ),
      h(
        'button',
        { type: 'button', class: 'button', disabled: empty, onclick: exportAs('json') },
        t['admin.export']('json'),
      ),
      remove.trigger,
    ),
    remove.box,
    status,
  );
}
