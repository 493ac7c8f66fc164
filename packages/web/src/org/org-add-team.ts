import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { leadKeyFrom } from '../teams/admin-key.ts';
import { card } from '../teams/team-map-view.ts';
import type { OrgApi } from './org-api.ts';

const t = messages();

/** The largest headcount the API takes (`JoinOrgBody.headcount`). */
const MOST_PEOPLE = 1_000_000;

/**
 * Add a team with its lead's consent: the lead's dashboard link pasted whole (the form takes the
 * team's id and admin secret from its fragment), or the two typed in; a headcount if known.
 */
export function orgAddTeam(api: OrgApi, onAdded: () => void): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'alert' });
  const input = (id: string, props: Record<string, string | number | boolean>) =>
    h('input', { id, name: id, autocomplete: 'off', spellcheck: 'false', ...props });
  const link = input('org-add-link', {
    type: 'text',
    placeholder: t['org.add.link.placeholder'],
    'aria-describedby': 'org-add-link-hint',
  });
  const teamId = input('org-add-id', { type: 'text', maxlength: 200 });
  const secret = input('org-add-secret', { type: 'password', maxlength: 200 });
  const headcount = input('org-add-headcount', {
    type: 'number',
    min: 1,
    max: MOST_PEOPLE,
    step: 1,
    'aria-describedby': 'org-add-headcount-hint',
  });

  async function submit(e: Event) {
    e.preventDefault();
    const people = headcount.value.trim() === '' ? undefined : Number(headcount.value);
    if (
      people !== undefined &&
      !(Number.isInteger(people) && people >= 1 && people <= MOST_PEOPLE)
    ) {
      status.textContent = t['org.add.badHeadcount'];
      headcount.focus();
      return;
    }
    let key: { id: string; secret: string };
    if (link.value.trim() !== '') {
      const parsed = leadKeyFrom(link.value);
      if (!parsed.ok) {
        status.textContent =
          parsed.error === 'org_link' ? t['org.add.orgLink'] : t['org.add.notLeadLink'];
        link.focus();
        return;
      }
      key = parsed.value;
    } else if (teamId.value.trim() !== '' && secret.value.trim() !== '') {
      key = { id: teamId.value.trim(), secret: secret.value.trim() };
    } else {
      status.textContent = t['org.add.noKey'];
      link.focus();
      return;
    }
    status.textContent = t['org.add.adding'];
    const added = await api.addTeam({
      teamId: key.id,
      adminSecret: key.secret,
      ...(people === undefined ? {} : { headcount: people }),
    });
    if (!added.ok) {
      status.textContent = added.status === 401 ? t['org.add.refused'] : added.error.message;
      return;
    }
    onAdded();
  }

  return card(
    'org-add',
    t['org.add.heading'],
    h('p', { class: 'note' }, t['org.add.lead']),
    h(
      'form',
      { class: 'team-form org-add-form', novalidate: true, onsubmit: submit },
      h('label', { for: 'org-add-link' }, t['org.add.link']),
      h('p', { class: 'field-hint', id: 'org-add-link-hint' }, t['org.add.link.hint']),
      link,
      h(
        'details',
        { class: 'org-add-manual' },
        h('summary', null, t['org.add.manual']),
        h('label', { for: 'org-add-id' }, t['org.add.id']),
        teamId,
        h('label', { for: 'org-add-secret' }, t['org.add.secret']),
        secret,
      ),
      h('label', { for: 'org-add-headcount' }, t['org.add.headcount']),
      h('p', { class: 'field-hint', id: 'org-add-headcount-hint' }, t['org.add.headcount.hint']),
      headcount,
      h(
        'div',
        { class: 'action-row' },
        h('button', { type: 'submit', class: 'button primary' }, t['org.add.submit']),
      ),
      status,
    ),
  );
}
