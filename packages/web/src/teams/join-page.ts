import '../app/styles/app.css';
import './teams.css';
import { type Answers, DEFAULT_QUIZ, encodeAnswers, QuizResult } from '@rolefit/core';
import { resultView } from '../app/result-view.ts';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { newUuid } from '../shared/new-uuid.ts';
import { memberQuiz } from './member-quiz.ts';
import { callApi } from './team-api.ts';

const t = messages();

const main = mountSiteChrome('teams');
const joinCode = new URLSearchParams(location.search).get('team') ?? '';

function problem(title: string, message: string) {
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams problem' },
      h('h1', null, title),
      h('p', { class: 'lead' }, message),
      h('p', null, h('a', { class: 'button', href: '/' }, 'Take the quiz on your own instead')),
    ),
  );
}

async function send(answers: Answers, context: Answers) {
  main.replaceChildren(
    h('div', { class: 'wrap narrow teams' }, h('p', { role: 'status' }, 'Sending your answers…')),
  );
  // One id per finished quiz, reused on every retry, so a retry never counts twice.
  const body = {
    id: newUuid(),
    answers,
    ...(Object.keys(context).length > 0 ? { context } : {}),
    team: joinCode,
  };
  let outcome = await callApi<unknown>('/api/responses', { method: 'POST', body });
  for (
    let attempt = 1;
    !outcome.ok && (outcome.status === 0 || outcome.status >= 500) && attempt < 4;
    attempt++
  ) {
    await new Promise((r) => setTimeout(r, 1000 * attempt));
    outcome = await callApi<unknown>('/api/responses', { method: 'POST', body });
  }
  if (!outcome.ok) {
    if (outcome.error.code === 'unknown_team') {
      return problem(
        'This join link no longer works',
        'The team may have been deleted, or the link was cut short. Ask your lead for the current join link. Nothing was stored.',
      );
    }
    return problem('Your answers were not sent', outcome.error.message);
  }
  const result = QuizResult.parse(outcome.value);
  const share = new URL(
    `/result?a=${encodeURIComponent(encodeAnswers(DEFAULT_QUIZ, result.answers))}`,
    location.origin,
  );
  document.title = 'Your result · rolefit team';
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h(
        'p',
        { class: 'card sent', role: 'status' },
        'Sent. Your answers are now part of your team’s map. Your lead sees the team as a whole once enough people have answered, never your answers on their own.',
      ),
    ),
    resultView(result, share.toString()),
  );
}

if (!/^[A-Za-z0-9_-]{8,64}$/.test(joinCode)) {
  problem(
    'This join link is incomplete',
    'A join link ends with ?team= and a code. Ask your lead to send it again.',
  );
} else {
  const host = h('div');
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h('p', { class: 'eyebrow' }, t['join.eyebrow'](DEFAULT_QUIZ.questions.length)),
      h('h1', null, 'Where does your week sit?'),
      h(
        'p',
        { class: 'lead' },
        'Answer about the work that fills most of your own week. You see your own result; your lead sees only the team as a whole, and only once enough people have answered.',
      ),
      h(
        'p',
        { class: 'note' },
        'It is advice about work, not a verdict about a person. No name, email or address is asked or stored.',
      ),
      host,
    ),
  );
  memberQuiz(host, (answers, context) => void send(answers, context));
}
