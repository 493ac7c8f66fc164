import './styles/app.css';
import {
  currentStep,
  encodeAnswers,
  goNext,
  goTo,
  isDone,
  pickAnswer,
  type QuizSteps,
  score,
  skipStep,
  splitAnswers,
  startSteps,
} from '@rolefit/core';
import { CORE_TEXT, QUIZ } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { campaignFields } from '../shared/campaign-fields.ts';
import { funnelEvents } from '../shared/funnel-events.ts';
import { h } from '../shared/h.ts';
import { newUuid } from '../shared/new-uuid.ts';
import { cssPercent } from '../shared/percent.ts';
import { outboxSender } from './outbox-sender.ts';
import { focusChoice } from './question-step.ts';
import { quizProgress } from './quiz-progress.ts';
import { focusStep, quizStepForm, stepTitle } from './quiz-step-form.ts';
import { mountSiteChrome } from './site-chrome.ts';
import { spectrumChart } from './spectrum-chart.ts';
import { stepKeys } from './step-controls.ts';

const t = messages();

// Page steps: 0 is the intro, then one for each of the quiz's steps (core's quiz-steps).
const quiz = QUIZ;
const saved = quizProgress.load(quiz.version);
let state = startSteps(quiz, { answers: saved.answers });
let onIntro = true;
/** The page step on screen: 0 on the intro, else the quiz step's index + 1. */
const pageStep = () => (onIntro ? 0 : state.at + 1);

const main = mountSiteChrome('quiz');
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

let finishing = false;

/** One random id per quiz run, kept for the tab so a reload mid-quiz stays the same run. */
function runId(): string {
  const key = 'rolefit-run';
  try {
    const id = sessionStorage.getItem(key) ?? newUuid();
    sessionStorage.setItem(key, id);
    return id;
  } catch {
    return newUuid();
  }
}
// Anonymous funnel steps for the owner's dashboard (docs/analytics.md); failures are ignored.
const funnel = funnelEvents('/api/events', runId());
funnel.track('shown');

const hashOf = (s: number) => {
  const step = state.steps[s - 1];
  if (!step) return '';
  return step.kind === 'scored' ? `#q${step.number}` : '#more';
};
const stepFromHash = (): number | undefined => {
  const m = /^#q(\d+)$/.exec(location.hash);
  const i = state.steps.findIndex((step) =>
    location.hash === '#more'
      ? step.kind === 'context'
      : step.kind === 'scored' && step.number === Number(m?.[1]),
  );
  return (location.hash === '#more' || m) && i >= 0 ? i + 1 : undefined;
};
const url = (s: number) => `${location.pathname}${location.search}${hashOf(s)}`;

/** Show page step `target`, never past the first unanswered question; `from` is the one left. */
function go(target: number, how: 'push' | 'replace' | 'none', focus = true, from = pageStep()) {
  onIntro = target <= 0;
  if (!onIntro) state = goTo(state, target - 1);
  const step = pageStep();
  quizProgress.save({ version: quiz.version, step, answers: state.answers });
  if (how === 'push') history.pushState({ step, prev: from }, '', url(step));
  // A replaced entry has nothing of ours behind it, so it records no previous step.
  if (how === 'replace') history.replaceState({ step }, '', url(step));
  render(focus);
}

/** Take a step the quiz allows (on, or a skip): the next page step, or the result once done. */
function advance(moved: QuizSteps) {
  if (moved === state) return showHint(t['quiz.hint.pick']);
  const from = pageStep();
  state = moved;
  if (isDone(state)) return finish();
  go(pageStep(), 'push', true, from);
}

const next = () => (onIntro ? go(1, 'push') : advance(goNext(state)));

function back() {
  const step = pageStep();
  if (step === 0) return;
  const entry = history.state as { step?: number; prev?: number } | null;
  if (entry?.step === step && entry.prev === step - 1) history.back();
  else go(step - 1, 'replace');
}

function finish() {
  if (finishing) return;
  const result = score(quiz, state.answers, CORE_TEXT);
  if (!result.ok) return go(1, 'push');
  finishing = true;
  const { answers, context } = splitAnswers(quiz, state.answers);
  // A campaign link's utm_* and ref go with the answers as hidden fields.
  const fields = campaignFields(location.search);
  outboxSender().add({
    id: newUuid(),
    answers,
    ...(Object.keys(context).length > 0 ? { context } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    source: location.href,
  });
  quizProgress.clear();
  funnel.track('completed');
  try {
    sessionStorage.removeItem('rolefit-run');
  } catch {}
  location.assign(
    withLanguage(`/result?a=${encodeURIComponent(encodeAnswers(quiz, result.value.answers))}`),
  );
}

function showHint(message: string) {
  const hint = host.querySelector<HTMLElement>('.step-hint');
  if (hint) hint.textContent = message;
  const fieldset = host.querySelector<HTMLFieldSetElement>('fieldset');
  if (fieldset) focusChoice(fieldset);
}

function pick(questionId: string, optionId: string): QuizSteps {
  state = pickAnswer(state, questionId, optionId);
  if (quiz.questions.some((q) => q.id === questionId)) {
    funnel.track('started');
    funnel.track('answered', questionId);
  }
  quizProgress.save({ version: quiz.version, step: pageStep(), answers: state.answers });
  const hint = host.querySelector<HTMLElement>('.step-hint');
  if (hint) hint.textContent = '';
  return state;
}

/** The most options any question has: the number keys go up to it. */
const maxKey = Math.max(...[...quiz.questions, ...quiz.context].map((q) => q.options.length));

function intro() {
  const resuming = Object.keys(state.answers).length > 0;
  const restart = () => {
    state = startSteps(quiz);
    go(1, 'push');
  };
  return h(
    'section',
    { class: 'intro', 'aria-labelledby': 'intro-title' },
    h('p', { class: 'eyebrow' }, t['quiz.intro.eyebrow'](quiz.questions.length)),
    h('h1', { id: 'intro-title', tabindex: -1 }, quiz.title),
    h('p', { class: 'lead' }, quiz.intro),
    spectrumChart(),
    h('p', null, t['quiz.intro.what']),
    h('p', { class: 'note' }, t['quiz.intro.note']),
    h(
      'div',
      { class: 'step-nav start' },
      h(
        'button',
        {
          type: 'button',
          class: 'button primary',
          onclick: () => go(resuming ? state.steps.length : 1, 'push'),
        },
        resuming ? t['quiz.intro.continue'] : t['quiz.intro.start'],
      ),
      resuming &&
        h(
          'button',
          { type: 'button', class: 'button quiet', onclick: restart },
          t['quiz.intro.restart'],
        ),
    ),
    h(
      'p',
      { class: 'keys-hint' },
      richText(t['quiz.intro.keys'](maxKey), { kbd: (key) => h('kbd', null, key) }),
    ),
  );
}

function render(focus: boolean) {
  const step = currentStep(state);
  progressBox.hidden = onIntro;
  barFill.style.width = cssPercent((state.at + 1) / state.steps.length);
  if (onIntro || !step) {
    liveText.textContent = '';
    host.replaceChildren(intro());
    if (focus) host.querySelector<HTMLElement>('h1')?.focus();
    document.title = t['page.index.title'];
    return;
  }
  liveText.textContent = stepTitle(step);
  document.title = t['page.title'](stepTitle(step));
  const form = quizStepForm(state, {
    heading: 'h1',
    contextLead: t['quiz.context.lead'],
    finishLabel: t['quiz.finish'],
    onPick: pick,
    onNext: next,
    onBack: back,
    onSkip: () => advance(skipStep(state)),
  });
  host.replaceChildren(form);
  if (focus) focusStep(form);
}

document.addEventListener('keydown', stepKeys(host, { next, back }));

window.addEventListener('popstate', () => go(stepFromHash() ?? 0, 'none'));

// A reload keeps the step in the address; a fresh visit starts at the intro, which offers to continue.
go(stepFromHash() ?? 0, 'replace', stepFromHash() !== undefined);
