import './styles/app.css';
import { DEFAULT_QUIZ, decodeAnswers, ROLES, score } from '@rolefit/core';
import { h } from '../shared/h.ts';
import { resultView } from './result-view.ts';
import { mountSiteChrome } from './site-chrome.ts';

const main = mountSiteChrome(null);

function problem(title: string, message: string) {
  document.title = `${title} · rolefit`;
  return h(
    'div',
    { class: 'wrap narrow problem' },
    h('h1', null, title),
    h('p', { class: 'lead' }, message),
    h(
      'p',
      null,
      'Results live entirely in their link, so nothing is lost: take the quiz again and you get a fresh one.',
    ),
    h('p', null, h('a', { class: 'button primary', href: '/' }, 'Take the quiz')),
  );
}

const code = new URLSearchParams(location.search).get('a');
if (!code) {
  main.replaceChildren(
    problem(
      'No result to show',
      'This page shows a result when its link carries the answers, and this one carries none.',
    ),
  );
} else {
  const answers = decodeAnswers(DEFAULT_QUIZ, code);
  const result = answers.ok ? score(DEFAULT_QUIZ, answers.value) : answers;
  if (!result.ok) {
    // A code that decodes but leaves questions open was cut short; say so, not which id is missing.
    const message = answers.ok ? 'this result link is missing some answers' : result.error.message;
    main.replaceChildren(
      problem(
        'This result link does not work',
        `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      ),
    );
  } else {
    const { between, split, role } = result.value;
    const headline = split
      ? `Two jobs: ${split.map((r) => ROLES[r].name).join(' + ')}`
      : between
        ? 'Between two roles'
        : ROLES[role].name;
    document.title = `${headline} · rolefit result`;
    main.replaceChildren(resultView(result.value, location.href));
  }
}
