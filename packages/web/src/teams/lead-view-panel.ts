import { type Answers, openQuestions, type Quiz, viewsAlike } from '@rolefit/core';
import { questionFieldset } from '../app/question-step.ts';
import { WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';
import type { TeamSummary, teamApi } from './team-api.ts';
import { card, placeName } from './team-map-view.ts';

const t = messages();

function comparison(summary: TeamSummary) {
  const lead = summary.leadView;
  if (!lead) return h('p', { class: 'note' }, t['lead.none']);
  const members = summary.members?.portfolio;
  const yours = t['lead.yours'](
    decimal(lead.position),
    placeName(lead),
    WORK_KINDS[lead.dominantWork].name,
  );
  if (!members) {
    return h('p', { class: 'lead', 'data-testid': 'lead-view' }, yours, t['lead.members.later']);
  }
  const gap = members.position - lead.position;
  const verdict = viewsAlike(lead.position, members.position)
    ? t['lead.members.alike']
    : t['lead.members.apart'](
        decimal(Math.abs(gap)),
        gap > 0 ? 'product' : 'research',
        decimal(members.position),
      );
  return h('p', { class: 'lead', 'data-testid': 'lead-view' }, yours, ' ', verdict);
}

/** The lead's view beside the members', and the quiz to give or change it. */
export function leadViewPanel(
  summary: TeamSummary,
  quiz: Quiz,
  api: ReturnType<typeof teamApi>,
  reload: () => void,
): HTMLElement {
  const picked: Answers = {};
  const status = h('p', { class: 'form-status', role: 'status' });
  const form = h(
    'form',
    {
      class: 'lead-form',
      novalidate: true,
      onsubmit: async (e) => {
        e.preventDefault();
        const open = openQuestions(quiz, picked);
        if (open.length > 0) {
          status.textContent = t['lead.quiz.open'](open.length);
          return;
        }
        status.textContent = t['team.saving'];
        const saved = await api.saveLeadView(picked);
        if (!saved.ok) {
          status.textContent = saved.error.message;
          return;
        }
        reload();
      },
    },
    quiz.questions.map((q) =>
      questionFieldset(
        q,
        undefined,
        (option) => {
          picked[q.id] = option;
        },
        'h2',
      ),
    ),
    h(
      'div',
      { class: 'step-nav' },
      h('button', { type: 'submit', class: 'button primary' }, t['lead.quiz.save']),
    ),
    status,
  );
  return card(
    'lead-view',
    t['lead.heading'],
    comparison(summary),
    h(
      'details',
      { class: 'lead-quiz' },
      h('summary', null, summary.leadView ? t['lead.quiz.again'] : t['lead.quiz.take']),
      h('p', { class: 'note' }, t['lead.quiz.note']),
      form,
    ),
  );
}
