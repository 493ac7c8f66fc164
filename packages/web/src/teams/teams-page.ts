import '../app/styles/app.css';
import './teams.css';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { copyField } from './copy-field.ts';
import { type CreatedTeam, callApi } from './team-api.ts';

const t = messages();
// How many answers a team may ask for before its results show (the server's rule for a new team).
const LEAST = 3;
const MOST = 50;

const main = mountSiteChrome('teams');
const status = h('p', { class: 'form-status', role: 'alert' });
const nameInput = h('input', {
  id: 'team-name',
  name: 'name',
  type: 'text',
  required: true,
  maxlength: 120,
  autocomplete: 'off',
  placeholder: t['teams.form.name.placeholder'],
});
const minInput = h('input', {
  id: 'team-min',
  name: 'minResponses',
  type: 'number',
  min: LEAST,
  max: MOST,
  step: 1,
  value: LEAST,
  required: true,
  'aria-describedby': 'team-min-hint',
});

function created(team: CreatedTeam, name: string) {
  document.title = t['page.title'](t['teams.created.title']);
  const heading = h(
    'h1',
    { tabindex: -1 },
    richText(t['teams.created.heading'], { name: () => h('span', { class: 'team-name' }, name) }),
  );
  const view = h(
    'div',
    { class: 'wrap narrow teams created' },
    heading,
    h(
      'div',
      { class: 'card warning', role: 'note' },
      h('h2', null, t['teams.created.save']),
      h('p', null, t['teams.created.save.lead']),
      copyField('admin-link', t['teams.created.adminLink'], withLanguage(team.adminUrl)),
      h(
        'p',
        null,
        h(
          'a',
          { class: 'button primary', href: withLanguage(team.adminUrl) },
          t['admin.login.submit'],
        ),
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('h2', null, t['teams.created.share']),
      copyField(
        'join-link',
        t['teams.created.joinLink'],
        withLanguage(team.joinUrl),
        t['teams.created.joinLink.hint'],
      ),
    ),
  );
  main.replaceChildren(view);
  heading.focus();
}

async function submit(e: Event) {
  e.preventDefault();
  const name = nameInput.value.trim();
  const minResponses = Number(minInput.value);
  if (!name) {
    status.textContent = t['teams.form.noName'];
    nameInput.focus();
    return;
  }
  if (!Number.isInteger(minResponses) || minResponses < LEAST || minResponses > MOST) {
    status.textContent = t['teams.form.badMin'](LEAST, MOST);
    minInput.focus();
    return;
  }
  status.textContent = t['teams.form.creating'];
  const result = await callApi<CreatedTeam>('/api/teams', {
    method: 'POST',
    body: { name, minResponses },
  });
  if (!result.ok) {
    status.textContent = result.error.message;
    return;
  }
  created(result.value, name);
}

main.replaceChildren(
  h(
    'div',
    { class: 'wrap narrow teams' },
    h('p', { class: 'eyebrow' }, t['page.teams.title']),
    h('h1', null, t['teams.title']),
    h('p', { class: 'lead' }, t['teams.lead']),
    h(
      'ul',
      { class: 'checks' },
      h('li', null, t['teams.point.aggregates']),
      h('li', null, t['teams.point.lead']),
      h('li', null, t['teams.point.export']),
    ),
    h(
      'form',
      { class: 'card team-form', novalidate: true, onsubmit: submit },
      h('label', { for: 'team-name' }, t['teams.form.name']),
      nameInput,
      h('label', { for: 'team-min' }, t['teams.form.min']),
      h('p', { class: 'field-hint', id: 'team-min-hint' }, t['teams.form.min.hint'](LEAST, MOST)),
      minInput,
      h(
        'div',
        { class: 'step-nav' },
        h('button', { type: 'submit', class: 'button primary' }, t['teams.form.submit']),
      ),
      status,
    ),
  ),
);
