import '../app/styles/app.css';
import './teams.css';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { QUIZ } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { date } from '../shared/percent.ts';
import { teamAdminKey } from './admin-key.ts';
import { copyField } from './copy-field.ts';
import { leadViewPanel } from './lead-view-panel.ts';
import { postingCheck } from './posting-check.ts';
import { type AdminKey, teamApi } from './team-api.ts';
import { teamDataPanel } from './team-data-panel.ts';
import { card, teamMapView } from './team-map-view.ts';
import { releaseNote } from './team-release-note.ts';
import { teamRounds } from './team-rounds.ts';
import { workstreamsEditor } from './workstreams-editor.ts';

const t = messages();

const main = mountSiteChrome('teams');

function message(title: string, text: string) {
  document.title = t['page.title'](title);
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams problem' },
      h('h1', null, title),
      h('p', { class: 'lead' }, text),
      h(
        'p',
        null,
        h('a', { class: 'button', href: withLanguage('/teams') }, t['team.problem.create']),
      ),
    ),
  );
}

async function load(key: AdminKey) {
  const api = teamApi(key);
  const [got, ws] = await Promise.all([api.summary(), api.workstreams()]);
  if (!got.ok || !ws.ok) {
    const error = got.ok ? (ws as { error: { message: string } }).error : got.error;
    if (got.status === 401) {
      teamAdminKey.forget();
      return message(t['team.problem.badKey.title'], t['team.problem.badKey.lead']);
    }
    return message(t['team.problem.load'], error.message);
  }
  const summary = got.value;
  const reload = () => void load(key);
  const { team, members, needed } = summary;
  document.title = t['team.title'](team.name);
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap teams dashboard' },
      h('p', { class: 'eyebrow' }, t['page.team.title']),
      h('h1', { class: 'team-name' }, team.name),
      h(
        'p',
        { class: 'muted', 'data-testid': 'team-count' },
        t['team.count'](summary.responses, team.minResponses, date(team.createdAt)),
      ),
      members && h('p', { class: 'note', 'data-testid': 'release-note' }, releaseNote(summary)),
      members
        ? copyField('join-link', t['team.joinLink.more'], withLanguage(team.joinUrl))
        : card(
            'needed',
            t['team.needed.heading'](needed),
            h('p', { class: 'lead' }, t['team.needed.lead'](team.minResponses)),
            copyField('join-link', t['team.joinLink'], withLanguage(team.joinUrl)),
          ),
      members && teamMapView(summary, members),
      teamRounds(summary, api, reload),
      postingCheck(summary),
      leadViewPanel(summary, QUIZ, api, reload),
      workstreamsEditor(summary, ws.value.workstreams, api, reload),
      teamDataPanel(summary, api, (responses) => {
        teamAdminKey.forget();
        message(t['team.deleted.title'], t['team.deleted.lead'](responses));
      }),
    ),
  );
}

const key = teamAdminKey.take();
if (!key) {
  message(t['team.problem.noKey.title'], t['team.problem.noKey.lead']);
} else {
  void load(key);
}
