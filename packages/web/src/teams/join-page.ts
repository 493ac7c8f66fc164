import '../app/styles/app.css';
import './teams.css';
import { type Answers, encodeAnswers, QuizResult, score } from '@rolefit/core';
import { resultView } from '../app/result-view.ts';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { CORE_TEXT, QUIZ } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
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
      h('p', null, h('a', { class: 'button', href: withLanguage('/') }, t['join.problem.solo'])),
    ),
  );
}

async function send(answers: Answers, context: Answers) {
  main.replaceChildren(
    h('div', { class: 'wrap narrow teams' }, h('p', { role: 'status' }, t['join.sending'])),
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
      return problem(t['join.problem.gone.title'], t['join.problem.gone.lead']);
    }
    return problem(t['join.problem.notSent'], outcome.error.message);
  }
  const sent = QuizResult.parse(outcome.value);
  // The server scores in English; the same answers scored here read in the page's language.
  const local = score(QUIZ, sent.answers, CORE_TEXT);
  const result = local.ok ? local.value : sent;
  const share = new URL(
    withLanguage(`/result?a=${encodeURIComponent(encodeAnswers(QUIZ, result.answers))}`),
    location.origin,
  );
  document.title = t['team.title'](t['page.result.title']);
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h('p', { class: 'card sent', role: 'status' }, t['join.sent']),
    ),
    resultView(QUIZ, result, share.toString()),
  );
}

if (!/^[A-Za-z0-9_-]{8,64}$/.test(joinCode)) {
  problem(t['join.problem.incomplete.title'], t['join.problem.incomplete.lead']);
} else {
  const host = h('div');
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h('p', { class: 'eyebrow' }, t['join.eyebrow'](QUIZ.questions.length)),
      h('h1', null, t['join.title']),
      h('p', { class: 'lead' }, t['join.lead']),
      h('p', { class: 'note' }, t['join.note']),
      host,
    ),
  );
  memberQuiz(host, QUIZ, (answers, context) => void send(answers, context));
}
