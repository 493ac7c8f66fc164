import './styles/app.css';
import { type Answers, DEFAULT_QUIZ, encodeAnswers, score } from '@rolefit/core';
import { funnelEvents } from '../shared/funnel-events.ts';
import { h } from './h.ts';
import { newSubmissionId, outboxSender } from './outbox-sender.ts';
import { focusChoice, questionFieldset } from './question-step.ts';
import { quizProgress } from './quiz-progress.ts';
import { mountSiteChrome } from './site-chrome.ts';
import { spectrumChart } from './spectrum-chart.ts';
import { stepForm, stepKeys, stepNav } from './step-controls.ts';

// Steps: 0 is the intro, 1..n the scored questions, n + 1 the optional context questions.
const quiz = DEFAULT_QUIZ;
const n = quiz.questions.length;
const CONTEXT_STEP = n + 1;

const main = mountSiteChrome('quiz');
const progress = quizProgress.load(quiz.version);
const liveText = h('p', { class: 'progress-text', 'aria-live': 'polite' });
const barFill = h('div', { class: 'progress-fill' });
const progressBox = h(
  'div',
  { class: 'progress', hidden: true },
  liveText,
  h('div', { class: 'progress-bar', 'aria-hidden': 'true' }, barFill),
);
const host = h('div', { class: 'step-host' });
main.replaceChildren(h('div', { class: 'wrap narrow quiz' }, progressBox, host));

let step = 0;
let finishing = false;

/** One random id per quiz run, kept for the tab so a reload mid-quiz stays the same run. */
function runId(): string {
  const key = 'rolefit-run';
  try {
    const id = sessionStorage.getItem(key) ?? newSubmissionId();
    sessionStorage.setItem(key, id);
    return id;
  } catch {
    return newSubmissionId();
  }
}
// Anonymous funnel steps for the owner's dashboard (docs/analytics.md); failures are ignored.
const funnel = funnelEvents('/api/events', runId());
funnel.track('shown');

const hashOf = (s: number) => (s === 0 ? '' : s === CONTEXT_STEP ? '#more' : `#q${s}`);
const stepFromHash = (): number | undefined => {
  if (location.hash === '#more') return CONTEXT_STEP;
  const m = /^#q(\d+)$/.exec(location.hash);
  return m ? Number(m[1]) : undefined;
};
/** Never past the first unanswered question. */
const clamp = (s: number) => {
  const open = quiz.questions.findIndex((q) => progress.answers[q.id] === undefined);
  return Math.max(0, Math.min(s, open < 0 ? CONTEXT_STEP : open + 1));
};
const url = (s: number) => `${location.pathname}${location.search}${hashOf(s)}`;

function go(target: number, how: 'push' | 'replace' | 'none', focus = true) {
  const from = step;
  step = clamp(target);
  progress.step = step;
  quizProgress.save(progress);
  if (how === 'push') history.pushState({ step, prev: from }, '', url(step));
  // A replaced entry has nothing of ours behind it, so it records no previous step.
  if (how === 'replace') history.replaceState({ step }, '', url(step));
  render(focus);
}

function next() {
  if (step === 0) return go(1, 'push');
  if (step <= n) {
    const q = quiz.questions[step - 1];
    if (q && progress.answers[q.id] === undefined) return showHint('Pick one answer to go on.');
    return go(step + 1, 'push');
  }
  finish(true);
}

function back() {
  if (step === 0) return;
  const state = history.state as { step?: number; prev?: number } | null;
  if (state?.step === step && state.prev === step - 1) history.back();
  else go(step - 1, 'replace');
}

function finish(withContext: boolean) {
  if (finishing) return;
  const scored: Answers = {};
  const context: Answers = {};
  for (const q of quiz.questions) {
    const a = progress.answers[q.id];
    if (a !== undefined) scored[q.id] = a;
  }
  for (const q of quiz.context) {
    const a = progress.answers[q.id];
    if (withContext && a !== undefined) context[q.id] = a;
  }
  const result = score(quiz, { ...scored, ...context });
  if (!result.ok) return go(1, 'push');
  finishing = true;
  outboxSender().add({
    id: newSubmissionId(),
    answers: scored,
    ...(Object.keys(context).length > 0 ? { context } : {}),
    source: location.href,
  });
  quizProgress.clear();
  funnel.track('completed');
  try {
    sessionStorage.removeItem('rolefit-run');
  } catch {}
  location.assign(`/result?a=${encodeURIComponent(encodeAnswers(quiz, result.value.answers))}`);
}

function showHint(message: string) {
  const hint = host.querySelector<HTMLElement>('.step-hint');
  if (hint) hint.textContent = message;
  const fieldset = host.querySelector<HTMLFieldSetElement>('fieldset');
  if (fieldset) focusChoice(fieldset);
}

const pick = (questionId: string) => (optionId: string) => {
  progress.answers[questionId] = optionId;
  if (quiz.questions.some((q) => q.id === questionId)) {
    funnel.track('started');
    funnel.track('answered', questionId);
  }
  quizProgress.save(progress);
  const hint = host.querySelector<HTMLElement>('.step-hint');
  if (hint) hint.textContent = '';
};

const navButtons = (nextLabel: string, extra?: HTMLElement) =>
  stepNav({ onBack: back, nextLabel, extra });

function intro() {
  const resuming = Object.keys(progress.answers).length > 0;
  const restart = () => {
    progress.answers = {};
    go(1, 'push');
  };
  return h(
    'section',
    { class: 'intro', 'aria-labelledby': 'intro-title' },
    h('p', { class: 'eyebrow' }, 'Five questions · about a minute'),
    h('h1', { id: 'intro-title', tabindex: -1 }, quiz.title),
    h('p', { class: 'lead' }, quiz.intro),
    spectrumChart(),
    h(
      'p',
      null,
      'You get where the work sits between research scientist, research engineer and AI engineer, what to grade that role on (and what not to), and whether separate title tracks or one flat title suit the team.',
    ),
    h(
      'p',
      { class: 'note' },
      'It is advice about work, not a verdict about a person, so please do not use it to screen candidates.',
    ),
    h(
      'div',
      { class: 'step-nav start' },
      h(
        'button',
        {
          type: 'button',
          class: 'button primary',
          onclick: () => go(resuming ? CONTEXT_STEP : 1, 'push'),
        },
        resuming ? 'Continue where you left off' : 'Start the quiz',
      ),
      resuming &&
        h('button', { type: 'button', class: 'button quiet', onclick: restart }, 'Start over'),
    ),
    h(
      'p',
      { class: 'keys-hint' },
      'Keyboard: ',
      h('kbd', null, '1'),
      '–',
      h('kbd', null, '5'),
      ' pick an answer, ',
      h('kbd', null, 'Enter'),
      ' goes on, ',
      h('kbd', null, 'Backspace'),
      ' goes back.',
    ),
  );
}

function render(focus: boolean) {
  progressBox.hidden = step === 0;
  barFill.style.width = `${Math.round((Math.min(step, n + 1) / (n + 1)) * 100)}%`;
  const hint = h('p', { class: 'step-hint', role: 'status' });
  if (step === 0) {
    liveText.textContent = '';
    host.replaceChildren(intro());
    if (focus) host.querySelector<HTMLElement>('h1')?.focus();
    document.title = 'rolefit: which role does this work call for?';
    return;
  }
  if (step <= n) {
    const q = quiz.questions[step - 1];
    if (!q) return;
    liveText.textContent = `Question ${step} of ${n}`;
    const fieldset = questionFieldset(q, progress.answers[q.id], pick(q.id), 'h1');
    host.replaceChildren(stepForm(next, fieldset, hint, navButtons('Next')));
    document.title = `Question ${step} of ${n} · rolefit`;
    if (focus) focusChoice(fieldset);
    return;
  }
  liveText.textContent = 'Two optional questions';
  const skip = h(
    'button',
    { type: 'button', class: 'button quiet', onclick: () => finish(false) },
    'Skip',
  );
  host.replaceChildren(
    stepForm(
      next,
      h('h1', { class: 'context-title', tabindex: -1 }, 'Two optional questions'),
      h(
        'p',
        { class: 'lead' },
        'They do not move the result. They show whether the title and the review metrics in place today fit the work.',
      ),
      ...quiz.context.map((q) => questionFieldset(q, progress.answers[q.id], pick(q.id), 'h2')),
      hint,
      navButtons('See the result', skip),
    ),
  );
  document.title = 'Two optional questions · rolefit';
  if (focus) host.querySelector<HTMLElement>('h1')?.focus();
}

document.addEventListener('keydown', stepKeys(host, { next, back }));

window.addEventListener('popstate', () => go(stepFromHash() ?? 0, 'none'));

// A reload keeps the step in the address; a fresh visit starts at the intro, which offers to continue.
go(stepFromHash() ?? 0, 'replace', stepFromHash() !== undefined);
