import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { confirmStep } from '../shared/confirm-step.ts';
import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';
import type { TeamSummary, teamApi } from './team-api.ts';
import { card } from './team-map-view.ts';

const t = messages();

/** Export the anonymous answers, and delete the team after a confirm step. */
export function teamDataPanel(
  summary: TeamSummary,
  api: ReturnType<typeof teamApi>,
  onDeleted: (responses: number) => void,
): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const exportAs = (format: 'csv' | 'json') => async () => {
    status.textContent = t['team.data.preparing'];
    const got = await api.exportText(format);
    if (!got.ok) {
      status.textContent = got.error.message;
      return;
    }
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    downloadFile(`rolefit-team.${format}`, new Blob([got.value], { type }));
    status.textContent = t['team.data.exported'](format);
  };
  const canExport = summary.released > 0;
  const remove = confirmStep({
    id: 'confirm-title',
    trigger: t['team.data.delete'],
    question: richText(t['team.data.confirm'](summary.responses), {
      name: () => h('strong', null, summary.team.name),
    }),
    confirm: t['team.data.deleteForGood'],
    keep: t['team.data.keep'],
    tone: 'danger',
    working: t['team.data.deleting'],
    status,
    act: async () => {
      const gone = await api.remove();
      if (!gone.ok) return gone.error.message;
      onDeleted(gone.value.responses);
    },
  });
  return card(
    'team-data',
    t['team.data.heading'],
    h(
      'p',
      { class: 'note' },
      canExport
        ? t['team.data.export'](summary.released)
        : t['team.data.export.later'](summary.team.minResponses),
    ),
    h(
      'div',
      { class: 'action-row' },
      h(
        'button',
        { type: 'button', class: 'button', disabled: !canExport, onclick: exportAs('csv') },
        t['admin.export']('csv'),
      ),
      h(
        'button',
        { type: 'button', class: 'button', disabled: !canExport, onclick: exportAs('json') },
        t['admin.export']('json'),
      ),
      remove.trigger,
    ),
    remove.box,
    status,
  );
}
