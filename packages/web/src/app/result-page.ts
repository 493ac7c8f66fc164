import './styles/app.css';
import { decodeAnswers, score } from '@rolefit/core';
import { CORE_TEXT, QUIZ, ROLES } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { resultView } from './result-view.ts';
import { mountSiteChrome } from './site-chrome.ts';

const t = messages();

const main = mountSiteChrome(null);

function problem(title: string, message: string) {
  document.title = t['page.title'](title);
  return h(
    'div',
    { class: 'wrap narrow problem' },
    h('h1', null, title),
    h('p', { class: 'lead' }, message),
    h('p', null, t['result.problem.retake']),
    h(
      'p',
      null,
      h('a', { class: 'button primary', href: withLanguage('/') }, t['result.problem.quiz']),
    ),
  );
}

const code = new URLSearchParams(location.search).get('a');
if (!code) {
  main.replaceChildren(problem(t['result.problem.none.title'], t['result.problem.none.lead']));
} else {
  const answers = decodeAnswers(QUIZ, code, CORE_TEXT);
  const result = answers.ok ? score(QUIZ, answers.value, CORE_TEXT) : answers;
  if (!result.ok) {
    // A code that decodes but leaves questions open was cut short; say so, not which id is missing.
    const message = answers.ok
      ? t['result.problem.missing']
      : t['result.problem.invalid'](result.error.message);
    main.replaceChildren(problem(t['result.problem.broken.title'], message));
  } else {
    const { between, split, role } = result.value;
    const headline = split
      ? t['result.title.twoJobs'](
          t['result.roles.plus'](ROLES[split[0]].name, ROLES[split[1]].name),
        )
      : between
        ? t['result.title.between']
        : ROLES[role].name;
    document.title = t['result.title'](headline);
    main.replaceChildren(resultView(QUIZ, result.value, location.href));
  }
}
