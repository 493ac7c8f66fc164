import '../app/styles/app.css';
import './teams.css';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { h } from '../shared/h.ts';
import { copyField } from './copy-field.ts';
import { type CreatedTeam, callApi } from './team-api.ts';

const main = mountSiteChrome('teams');
const status = h('p', { class: 'form-status', role: 'alert' });
const nameInput = h('input', {
  id: 'team-name',
  name: 'name',
  type: 'text',
  required: true,
  maxlength: 120,
  autocomplete: 'off',
  placeholder: 'Applied ML',
});
const minInput = h('input', {
  id: 'team-min',
  name: 'minResponses',
  type: 'number',
  min: 3,
  max: 50,
  step: 1,
  value: 3,
  required: true,
  'aria-describedby': 'team-min-hint',
});

function created(team: CreatedTeam, name: string) {
  document.title = 'Team created · rolefit';
  const heading = h(
    'h1',
    { tabindex: -1 },
    'Team created: ',
    h('span', { class: 'team-name' }, name),
  );
  const view = h(
    'div',
    { class: 'wrap narrow teams created' },
    heading,
    h(
      'div',
      { class: 'card warning', role: 'note' },
      h('h2', null, 'Save the admin link now'),
      h(
        'p',
        null,
        'It is the only key to your team’s results and to deleting the team. It is shown this once: rolefit keeps only a fingerprint of the secret in it and cannot show it again. Keep it somewhere private, such as a password manager.',
      ),
      copyField('admin-link', 'Admin link (for you only)', team.adminUrl),
      h('p', null, h('a', { class: 'button primary', href: team.adminUrl }, 'Open the dashboard')),
    ),
    h(
      'div',
      { class: 'card' },
      h('h2', null, 'Share the join link with your team'),
      copyField(
        'join-link',
        'Join link (for members)',
        team.joinUrl,
        'Members take the quiz about their own week and see only their own result. They cannot read the team’s results with it.',
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
    status.textContent = 'Give the team a name.';
    nameInput.focus();
    return;
  }
  if (!Number.isInteger(minResponses) || minResponses < 3 || minResponses > 50) {
    status.textContent = 'The minimum must be a whole number from 3 to 50.';
    minInput.focus();
    return;
  }
  status.textContent = 'Creating the team…';
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
    h('p', { class: 'eyebrow' }, 'Team mode'),
    h('h1', null, 'Where is your team’s centre of gravity?'),
    h(
      'p',
      { class: 'lead' },
      'Create a team, send the join link to the people doing the work, and each takes the quiz about their own week. You see the team as a whole: where its work sits between research and product, which titling regime fits, and a staffing mix.',
    ),
    h(
      'ul',
      { class: 'checks' },
      h(
        'li',
        null,
        'Nobody sees anyone else’s answers; you see aggregates only once enough people have answered.',
      ),
      h(
        'li',
        null,
        'You can list workstreams yourself and take the quiz as you see the team’s work.',
      ),
      h(
        'li',
        null,
        'Export the anonymous answers as CSV or JSON, or delete the team and everything in it.',
      ),
    ),
    h(
      'form',
      { class: 'card team-form', novalidate: true, onsubmit: submit },
      h('label', { for: 'team-name' }, 'Team name'),
      nameInput,
      h('label', { for: 'team-min' }, 'Answers needed before results show'),
      h(
        'p',
        { class: 'field-hint', id: 'team-min-hint' },
        'From 3 to 50. Below this number the dashboard shows nothing about the answers, so no one can be picked out.',
      ),
      minInput,
      h(
        'div',
        { class: 'step-nav' },
        h('button', { type: 'submit', class: 'button primary' }, 'Create the team'),
      ),
      status,
    ),
  ),
);
