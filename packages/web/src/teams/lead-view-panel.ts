import { type Answers, DEFAULT_QUIZ, openQuestions, viewsAlike, WORK_KINDS } from '@rolefit/core';
import { questionFieldset } from '../app/question-step.ts';
import { h } from '../shared/h.ts';
import type { TeamSummary, teamApi } from './team-api.ts';
import { card, placeName } from './team-map-view.ts';

function comparison(summary: TeamSummary) {
  const lead = summary.leadView;
  if (!lead) return h('p', { class: 'note' }, 'You have not given your view yet.');
  const members = summary.members?.portfolio;
  const yours = `You place the team’s work at ${lead.position.toFixed(2)}: ${placeName(lead)}, ${WORK_KINDS[lead.dominantWork].name.toLowerCase()}.`;
  if (!members) {
    return h(
      'p',
      { class: 'lead', 'data-testid': 'lead-view' },
      yours,
      ' The members’ view appears once enough have answered.',
    );
  }
  const gap = members.position - lead.position;
  const verdict = viewsAlike(lead.position, members.position)
    ? 'You and your members see the work alike.'
    : `Your members place it ${Math.abs(gap).toFixed(2)} further toward ${gap > 0 ? 'the product end' : 'the research end'} (${members.position.toFixed(2)}). Worth a conversation: the titles and metrics should follow the work people actually do.`;
  return h('p', { class: 'lead', 'data-testid': 'lead-view' }, yours, ' ', verdict);
}

/** The lead's view beside the members', and the quiz to give or change it. */
export function leadViewPanel(
  summary: TeamSummary,
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
        const open = openQuestions(DEFAULT_QUIZ, picked);
        if (open.length > 0) {
          status.textContent = `Answer every question first (${open.length} left).`;
          return;
        }
        status.textContent = 'Saving…';
        const saved = await api.saveLeadView(picked);
        if (!saved.ok) {
          status.textContent = saved.error.message;
          return;
        }
        reload();
      },
    },
    DEFAULT_QUIZ.questions.map((q) =>
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
      h('button', { type: 'submit', class: 'button primary' }, 'Save my view'),
    ),
    status,
  );
  return card(
    'lead-view',
    'Your view beside your members’',
    comparison(summary),
    h(
      'details',
      { class: 'lead-quiz' },
      h(
        'summary',
        null,
        summary.leadView ? 'Answer again' : 'Take the quiz as you see the team’s work',
      ),
      h(
        'p',
        { class: 'note' },
        'Answer for the work that fills most of the team’s week, as you see it. Members never see your answers.',
      ),
      form,
    ),
  );
}
