import { downloadFile } from '../shared/download-file.ts';
import { h } from '../shared/h.ts';
import type { TeamSummary, teamApi } from './team-api.ts';
import { card } from './team-map-view.ts';

/** Export the anonymous answers, and delete the team after a confirm step. */
export function teamDataPanel(
  summary: TeamSummary,
  api: ReturnType<typeof teamApi>,
  onDeleted: (responses: number) => void,
): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const exportAs = (format: 'csv' | 'json') => async () => {
    status.textContent = 'Preparing the export…';
    const got = await api.exportText(format);
    if (!got.ok) {
      status.textContent = got.error.message;
      return;
    }
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    downloadFile(`rolefit-team.${format}`, new Blob([got.value], { type }));
    status.textContent = `Exported as ${format.toUpperCase()}.`;
  };
  const canExport = summary.released > 0;
  const confirmBox = h('div', {
    class: 'confirm',
    hidden: true,
    role: 'group',
    'aria-labelledby': 'confirm-title',
  });
  const deleteButton = h(
    'button',
    {
      type: 'button',
      class: 'button danger',
      onclick: () => {
        confirmBox.hidden = false;
        deleteButton.hidden = true;
        confirmBox.querySelector<HTMLButtonElement>('button')?.focus();
      },
    },
    'Delete the team…',
  );
  confirmBox.append(
    h(
      'p',
      { id: 'confirm-title' },
      'Delete ',
      h('strong', null, summary.team.name),
      ` with its ${summary.responses} answers, your workstreams and your view? This cannot be undone, and the join and admin links stop working.`,
    ),
    h(
      'div',
      { class: 'step-nav' },
      h(
        'button',
        {
          type: 'button',
          class: 'button danger',
          onclick: async () => {
            status.textContent = 'Deleting…';
            const gone = await api.remove();
            if (!gone.ok) status.textContent = gone.error.message;
            else onDeleted(gone.value.responses);
          },
        },
        'Delete everything for good',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button quiet',
          onclick: () => {
            confirmBox.hidden = true;
            deleteButton.hidden = false;
            deleteButton.focus();
          },
        },
        'Keep the team',
      ),
    ),
  );
  return card(
    'team-data',
    'Your team’s data',
    h(
      'p',
      { class: 'note' },
      canExport
        ? `The export holds the ${summary.released} answers the map shows, each without names, ids, pages or times, in no order of arrival.`
        : `Export opens once ${summary.team.minResponses} people have answered, so no one can be picked out.`,
    ),
    h(
      'div',
      { class: 'action-row' },
      h(
        'button',
        { type: 'button', class: 'button', disabled: !canExport, onclick: exportAs('csv') },
        'Export CSV',
      ),
      h(
        'button',
        { type: 'button', class: 'button', disabled: !canExport, onclick: exportAs('json') },
        'Export JSON',
      ),
      deleteButton,
    ),
    confirmBox,
    status,
  );
}
