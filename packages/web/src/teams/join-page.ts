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
import { date } from '../shared/percent.ts';
import { earlierAnswer, rememberAnswer } from './member-answer.ts';
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

function status(text: string) {
  main.replaceChildren(h('div', { class: 'wrap narrow teams' }, h('p', { role: 'status' }, text)));
}

async function send(answers: Answers, context: Answers) {
  status(t['join.sending']);
  // One id per finished quiz, reused on every retry, so a retry never counts twice.
  const earlier = earlierAnswer(joinCode);
  const body = {
    id: newUuid(),
    answers,
    ...(Object.keys(context).length > 0 ? { context } : {}),
    team: joinCode,
    ...(earlier ? { replaces: earlier.id } : {}),
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
  rememberAnswer(joinCode, { id: body.id, at: new Date().toISOString() });
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
      h(
        'p',
        { class: 'card sent', role: 'status' },
        earlier ? t['join.sent.replaced'] : t['join.sent'],
      ),
    ),
    resultView(QUIZ, result, share.toString()),
  );
}

/** The quiz, once the join link is known to admit to a team (or could not be checked). */
function start(teamName: string | undefined) {
  const host = h('div');
  const earlier = earlierAnswer(joinCode);
  main.replaceChildren(
    h(
      'div',
      { class: 'wrap narrow teams' },
      h('p', { class: 'eyebrow' }, t['join.eyebrow'](QUIZ.questions.length)),
      h('h1', null, t['join.title']),
      teamName &&
        h('p', { class: 'team-for', 'data-testid': 'join-team' }, t['join.forTeam'](teamName)),
      h('p', { class: 'lead' }, t['join.lead']),
      earlier &&
        h(
          'p',
          { class: 'note again', 'data-testid': 'join-again' },
          t['join.again'](date(earlier.at)),
        ),
      h('p', { class: 'note' }, t['join.note']),
      host,
    ),
  );
  memberQuiz(host, QUIZ, (answers, context) => void send(answers, context));
}

if (joinCode === '') {
  problem(t['join.problem.incomplete.title'], t['join.problem.incomplete.lead']);
} else {
  // Checked as the page opens, so a deleted team or a mistyped code says so before anyone
  // answers seven questions. Unreachable, the quiz goes ahead: sending retries, and says so.
  status(t['join.checking']);
  const checked = /^[A-Za-z0-9_-]{8,64}$/.test(joinCode)
    ? await callApi<{ name: string }>(`/api/join/${encodeURIComponent(joinCode)}`)
    : null;
  if (checked === null || (!checked.ok && checked.status === 404)) {
    problem(t['join.problem.unknown.title'], t['join.problem.unknown.lead']);
  } else {
    start(checked.ok ? checked.value.name : undefined);
  }
}
