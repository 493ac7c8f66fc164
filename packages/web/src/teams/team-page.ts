import '../app/styles/app.css';
import './teams.css';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { h } from '../shared/h.ts';
import { forgetAdminKey, takeAdminKey } from './admin-key.ts';
import { copyField } from './copy-field.ts';
import { leadViewPanel } from './lead-view-panel.ts';
import { type AdminKey, teamApi } from './team-api.ts';
import { teamDataPanel } from './team-data-panel.ts';
import { card, teamMapView } from './team-map-view.ts';
import { releaseNote } from './team-release-note.ts';
import { workstreamsEditor } from './workstreams-editor.ts';

const main = mountSiteChrome('teams');

function message(title: string, text: string) {
  document.title = `${title} · rolefit`;
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams problem' },
      h('h1', null, title),
      h('p', { class: 'lead' }, text),
      h('p', null, h('a', { class: 'button', href: '/teams' }, 'Create a new team')),
    ),
  );
}

async function load(key: AdminKey) {
  const api = teamApi(key);
  const [got, ws] = await Promise.all([api.summary(), api.workstreams()]);
  if (!got.ok || !ws.ok) {
    const error = got.ok ? (ws as { error: { message: string } }).error : got.error;
    if (got.status === 401) {
      forgetAdminKey();
      return message(
        'This admin link does not work',
        'The team may have been deleted, or the link was cut short when it was copied. Open the full admin link you saved when you created the team.',
      );
    }
    return message('The dashboard could not load', error.message);
  }
  const summary = got.value;
  const reload = () => void load(key);
  const { team, members, needed } = summary;
  document.title = `${team.name} · rolefit team`;
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap teams dashboard' },
      h('p', { class: 'eyebrow' }, 'Team dashboard'),
      h('h1', { class: 'team-name' }, team.name),
      h(
        'p',
        { class: 'muted', 'data-testid': 'team-count' },
        `${summary.responses} ${summary.responses === 1 ? 'answer' : 'answers'} · the map shows them ${team.minResponses} at a time · created ${new Date(team.createdAt).toLocaleDateString()}`,
      ),
      members && h('p', { class: 'note', 'data-testid': 'release-note' }, releaseNote(summary)),
      members
        ? copyField('join-link', 'Join link to invite more members', team.joinUrl)
        : card(
            'needed',
            `${needed} more ${needed === 1 ? 'answer' : 'answers'} needed`,
            h(
              'p',
              { class: 'lead' },
              `The team’s map appears once ${team.minResponses} people have answered, and later answers join it ${team.minResponses} at a time, so nobody’s answers can be singled out. Share the join link:`,
            ),
            copyField('join-link', 'Join link for members', team.joinUrl),
          ),
      members && teamMapView(summary, members),
      leadViewPanel(summary, api, reload),
      workstreamsEditor(summary, ws.value.workstreams, api, reload),
      teamDataPanel(summary, api, (responses) => {
        forgetAdminKey();
        message(
          'Team deleted',
          `The team, its ${responses} answers, the workstreams and your view are gone. The join link and the admin link no longer work.`,
        );
      }),
    ),
  );
}

const key = takeAdminKey();
if (!key) {
  message(
    'Open your admin link',
    'The dashboard opens from the admin link you got when you created the team. It keeps the key only in this tab, so open the link again in a new tab or after closing this one.',
  );
} else {
  void load(key);
}
