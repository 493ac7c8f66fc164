import { placeShares } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { confirmStep } from '../shared/confirm-step.ts';
import { h } from '../shared/h.ts';
import { decimal, percent } from '../shared/percent.ts';
import { card, placeName } from '../teams/team-map-view.ts';
import type { OrgApi, OrgView, OrgViewTeam } from './org-api.ts';
import { notYet } from './org-heatmap.ts';

const t = messages();

/** Remove one team, after a confirm step that says the team itself stays as it is. */
function removeControl(team: OrgViewTeam, api: OrgApi, onRemoved: (name: string) => void) {
  const remove = confirmStep({
    id: `remove-${team.id}`,
    trigger: t['org.team.remove'],
    triggerAttrs: {
      class: 'button quiet org-remove',
      'aria-label': t['org.team.remove.name'](team.name),
    },
    question: richText(t['org.team.confirm'], { name: () => h('strong', null, team.name) }),
    confirm: t['org.team.removeForGood'],
    keep: t['org.team.keep'],
    tone: 'danger',
    working: t['org.team.removing'],
    act: async () => {
      const gone = await api.removeTeam(team.id);
      if (!gone.ok) return gone.error.message;
      onRemoved(team.name);
    },
  });
  return [remove.trigger, remove.box, remove.status];
}

/** What the list says of one team: where it sits and what it weighs, or how far it is. */
function teamFacts(team: OrgViewTeam, weighting: OrgView['weighting']) {
  if (!team.centre) return h('p', { class: 'muted', 'data-testid': 'not-yet' }, notYet(team));
  return h(
    'p',
    { class: 'muted' },
    t['org.team.facts'](
      t['team.map.centre.value'](
        decimal(team.centre.position),
        placeName(placeShares(team.centre.shares)),
      ),
      team.responses,
      weighting === 'headcount' ? team.headcount : null,
      percent(team.weight),
    ),
  );
}

/**
 * The org's teams, numbered as the spectrum and the heatmap number them: each one's place, the
 * answers and weight behind it, and a Remove button.
 */
export function orgTeams(view: OrgView, api: OrgApi, onRemoved: (name: string) => void) {
  return card(
    'org-teams',
    t['org.teams.heading'],
    h(
      'ol',
      { class: 'org-teams', 'data-testid': 'org-teams' },
      view.teams.map((team, i) =>
        h(
          'li',
          { class: team.centre ? 'org-team' : 'org-team below' },
          h('span', { class: 'org-number', 'aria-hidden': 'true' }, String(i + 1)),
          h(
            'div',
            { class: 'org-team-body' },
            h('p', { class: 'org-team-name team-name' }, team.name),
            teamFacts(team, view.weighting),
          ),
          removeControl(team, api, onRemoved),
        ),
      ),
    ),
  );
}
