import '../app/styles/app.css';
import '../teams/teams.css';
import './org.css';
import type { OrgWeighting } from '@rolefit/core';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { date } from '../shared/percent.ts';
import { adminKeySlot } from '../teams/admin-key.ts';
import { copyField } from '../teams/copy-field.ts';
import type { AdminKey } from '../teams/team-api.ts';
import { card } from '../teams/team-map-view.ts';
import { orgAddTeam } from './org-add-team.ts';
import { type CreatedOrg, createOrg, orgApi } from './org-api.ts';
import { orgData } from './org-data.ts';
import { orgHeatmap } from './org-heatmap.ts';
import { orgSpectrum } from './org-spectrum.ts';
import { orgTeams } from './org-teams.ts';
import { orgAgainst, orgTwoJobs, orgVerdict } from './org-verdict.ts';
import { orgWeighting } from './org-weighting.ts';

const t = messages();

const main = mountSiteChrome('teams');

/** The org admin's key, in its own slot beside a team lead's. */
const orgKey = adminKeySlot('rolefit:org-admin');

/** How the teams are weighed; the switch changes it and the view is asked for again. */
let weighting: OrgWeighting = 'responses';

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
        h('a', { class: 'button', href: withLanguage('/org') }, t['org.problem.create']),
      ),
    ),
  );
}

/** The admin link, shown once as the org is created: the only key to it. */
function createdNote(created: CreatedOrg) {
  return h(
    'div',
    { class: 'card warning org-created', role: 'note' },
    h('h2', { id: 'org-created', tabindex: -1 }, t['org.created.heading']),
    h('p', null, t['org.created.lead']),
    copyField('org-admin-link', t['org.created.link'], withLanguage(created.adminUrl)),
  );
}

/**
 * Draw the org: `created` keeps the new org's link on screen, `said` what the last action did,
 * and `focus` names what keeps the keyboard's place once the page is drawn again.
 */
async function load(key: AdminKey, created?: CreatedOrg, said?: string, focus?: string) {
  const api = orgApi(key);
  const got = await api.view(weighting);
  if (!got.ok) {
    if (got.status === 401) {
      orgKey.forget();
      return message(t['org.problem.badKey.title'], t['org.problem.badKey.lead']);
    }
    return message(t['org.problem.load'], got.error.message);
  }
  const view = got.value;
  const again = (text?: string, then?: string) => void load(key, created, text, then);
  document.title = t['org.title'](view.org.name);
  const dots = view.teams.flatMap((team, i) =>
    team.centre
      ? [
          {
            number: i + 1,
            name: team.name,
            position: team.centre.position,
            responses: team.responses,
          },
        ]
      : [],
  );
  const note = created && createdNote(created);
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap teams org' },
      h('p', { class: 'eyebrow' }, t['org.page.title']),
      h('h1', { class: 'team-name' }, view.org.name),
      h(
        'p',
        { class: 'muted', 'data-testid': 'org-count' },
        t['org.count'](view.teams.length, date(view.org.createdAt)),
      ),
      h(
        'p',
        {
          id: 'org-said',
          class: 'form-status',
          role: 'status',
          tabindex: -1,
          'data-testid': 'org-said',
        },
        said ?? '',
      ),
      note,
      view.teams.length > 0 &&
        orgWeighting(view, weighting, (w) => {
          weighting = w;
          again(undefined, 'input[name="weighting"]:checked');
        }),
      view.centre && view.regime
        ? orgVerdict(view.centre, view.regime)
        : card('org-empty', t['org.empty.heading'], h('p', { class: 'lead' }, t['org.empty'])),
      view.centre &&
        card(
          'org-map',
          t['org.spectrum.heading'],
          orgSpectrum(view.centre.position, dots),
          h('p', { class: 'legend muted' }, t['org.spectrum.legend']),
        ),
      view.teams.length > 0 && orgHeatmap(view),
      view.centre && orgTwoJobs(view, view.centre),
      view.regime && orgAgainst(view, view.regime),
      view.teams.length > 0 &&
        orgTeams(view, api, (name) => again(t['org.team.removed'](name), '#org-said')),
      orgAddTeam(api, () => again(t['org.add.added'], '#org-add-link')),
      orgData(view, api, () => {
        orgKey.forget();
        message(t['org.deleted.title'], t['org.deleted.lead']);
      }),
    ),
  );
  const place = focus ?? (note ? '#org-created' : null);
  if (place) main.querySelector<HTMLElement>(place)?.focus();
}

/** No key: the form that creates an organisation. */
function createForm() {
  const status = h('p', { class: 'form-status', role: 'alert' });
  const nameInput = h('input', {
    id: 'org-name',
    name: 'name',
    type: 'text',
    required: true,
    maxlength: 120,
    autocomplete: 'off',
    placeholder: t['org.create.name.placeholder'],
  });
  async function submit(e: Event) {
    e.preventDefault();
    const name = nameInput.value.trim();
    if (!name) {
      status.textContent = t['org.create.noName'];
      nameInput.focus();
      return;
    }
    status.textContent = t['org.create.creating'];
    const made = await createOrg(name);
    if (!made.ok) {
      status.textContent = made.error.message;
      return;
    }
    const key = { id: made.value.id, secret: made.value.adminSecret };
    orgKey.keep(key);
    await load(key, made.value);
  }
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h('p', { class: 'eyebrow' }, t['org.page.title']),
      h('h1', null, t['org.create.heading']),
      h('p', { class: 'lead' }, t['org.create.lead']),
      h(
        'form',
        { class: 'card team-form', novalidate: true, onsubmit: submit },
        h('label', { for: 'org-name' }, t['org.create.name']),
        nameInput,
        h(
          'div',
          { class: 'step-nav' },
          h('button', { type: 'submit', class: 'button primary' }, t['org.create.submit']),
        ),
        status,
      ),
    ),
  );
}

const key = orgKey.take();
if (key) void load(key);
else createForm();
