import { frameworkEn } from '@rolefit/core/framework-en';
import type { QuizResult } from '@rolefit/core/quiz-result';
import type { QuizOption, QuizQuestion } from '@rolefit/core/quiz-schema';
import {
  currentStep,
  goBack,
  goNext,
  pickAnswer,
  type QuizSteps,
  startSteps,
} from '@rolefit/core/quiz-steps';
import { scoreChecked } from '@rolefit/core/score-checked';
import { SCORED_QUIZ } from '@rolefit/core/scored-quiz';
import { encodeAnswers } from '@rolefit/core/share-code';
// The host's types are the one home of the element's public shape: its typed listeners, and
// its tag in HTMLElementTagNameMap. The class implements that shape.
import type { RolefitQuiz as RolefitQuizElement } from '../../types/embed.d.ts';
import { type FunnelStep, funnelEvents } from '../shared/funnel-events.ts';
import { h } from '../shared/h.ts';
import { newUuid } from '../shared/new-uuid.ts';
import { adoptStyles } from './adopt-styles.ts';
import { messagesFor } from './messages/messages-for.ts';
import { questionView } from './question-view.ts';
import { resultView } from './result-view.ts';
import {
  type AnswerDetail,
  QUIZ_ATTRIBUTES,
  type RolefitQuizEventMap,
} from './rolefit-quiz-events.ts';
import { sendResponse } from './send-response.ts';
import css from './widget.css?inline';

export type { AnswerDetail, RolefitQuizEventMap };

// The widget asks the five scored questions only, so it carries no context questions' text.
const QUIZ = SCORED_QUIZ;
const STORAGE_KEY = `rolefit-quiz:${QUIZ.id}`;

/**
 * `<rolefit-quiz>`: the quiz in any page, scored in the browser. Attributes: `endpoint`, `team`,
 * `lang`, `result-url`, `theme`, `remember`. Events: `rolefit:answer`, `rolefit:result`,
 * `rolefit:sent`. See docs/embed.md.
 */
export class RolefitQuiz extends HTMLElement implements RolefitQuizElement {
  /** Attributes whose changes the element reacts to, see attributeChangedCallback. */
  static observedAttributes = QUIZ_ATTRIBUTES;
  #root: ShadowRoot = this.attachShadow({ mode: 'open' });
  #progress = h('p', { class: 'progress', part: 'progress', 'aria-live': 'polite' });
  #bar = h('span', { class: 'fill' });
  #body = h('div');
  // Set by #restore when the element connects.
  #state!: QuizSteps;
  #result: QuizResult | null = null;
  #funnel: ReturnType<typeof funnelEvents> | null = null;

  connectedCallback(): void {
    if (this.#root.childElementCount > 0) return;
    adoptStyles(this.#root, css);
    this.#root.append(
      h(
        'div',
        { class: 'box', part: 'container', lang: 'en' },
        h(
          'div',
          { class: 'head', part: 'header' },
          h('p', { class: 'title' }, QUIZ.title),
          this.#progress,
          h('span', { class: 'bar', 'aria-hidden': 'true' }, this.#bar),
        ),
        this.#body,
      ),
    );
    this.#restore();
    this.#render(false);
    this.#track('shown');
  }

  /**
   * A changed attribute takes effect on the running quiz, answers kept: `endpoint` and `team` at
   * the next post (a new `endpoint` also starts a new funnel run there); `lang` and `result-url`
   * re-render the current step; `remember` saves the answers so far, or deletes them when
   * removed; `theme` is CSS alone. Before the element first connects there is nothing to update.
   */
  attributeChangedCallback(name: string): void {
    // Unset until connectedCallback: the attributes present then are read there.
    if (!this.#state) return;
    if (name === 'endpoint') this.#funnel = null;
    if (name === 'lang' || name === 'result-url') this.#render(!!this.#root.activeElement);
    if (name === 'remember') {
      if (this.#storage()) this.#save();
      else
        try {
          localStorage.removeItem(STORAGE_KEY);
        } catch {
          // Blocked storage holds nothing of ours.
        }
    }
  }

  /**
   * Record a funnel step, only with an endpoint: events go beside the responses (…/events), one
   * random id per run. The run starts at the first step seen once the endpoint is known.
   */
  #track(type: FunnelStep, questionId?: string): void {
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) return;
    this.#funnel ??= funnelEvents(
      new URL('events', new URL(endpoint, location.href)).href,
      newUuid(),
    );
    this.#funnel.track(type, questionId);
  }

  /** The result once the quiz is finished, else null. */
  get result(): QuizResult | null {
    return this.#result;
  }

  #render(moveFocus: boolean): void {
    const text = messagesFor(this.getAttribute('lang'));
    const state = this.#state;
    const step = currentStep(state);
    // The widget's quiz has no context questions: every step is one scored question.
    const question = step?.questions[0] as QuizQuestion | undefined;
    const view =
      step && question
        ? questionView({
            question,
            step: step.number,
            total: step.of,
            picked: state.answers[question.id],
            text,
            onBack: () => this.#go(goBack(this.#state)),
            onNext: (optionId) => this.#answer(question.id, optionId),
          })
        : resultView({
            // Set whenever the quiz is done: by #answer, or by #restore for a finished quiz.
            result: this.#result as QuizResult,
            text,
            framework: frameworkEn,
            fullResultHref: this.#fullResultHref(),
            onAgain: () => {
              this.#result = null;
              this.#funnel = null;
              this.#go(startSteps(QUIZ));
            },
          });
    this.#progress.textContent = step ? text.progress(step.number, step.of) : '';
    this.#bar.style.width = `${(100 * state.at) / state.steps.length}%`;
    // The quiz's own framing, on the first step only: answer for the work, not the person.
    this.#body.replaceChildren(...(state.at ? [] : [h('p', { class: 'intro' }, QUIZ.intro)]), view);
    if (moveFocus) view.querySelector<HTMLElement>('h2')?.focus();
  }

  #go(state: QuizSteps): void {
    this.#state = state;
    this.#save();
    this.#render(true);
  }

  #answer(questionId: string, optionId: string): void {
    const index = this.#state.at;
    const total = this.#state.steps.length;
    const next = goNext(pickAnswer(this.#state, questionId, optionId));
    this.#emit('rolefit:answer', { questionId, optionId, index, total });
    this.#track('started');
    this.#track('answered', questionId);
    const result = currentStep(next) ? null : this.#score(next);
    this.#result = result;
    this.#go(next);
    if (!result) return;
    this.#emit('rolefit:result', result);
    this.#send(result);
    this.#track('completed');
  }

  /** Score a done quiz. */
  #score(state = this.#state): QuizResult {
    // Core's quiz steps keep only the quiz's own options and are done only with every question
    // answered, so the widget skips core's answer checking and the error messages it would carry.
    const picked = QUIZ.questions.map(
      (q) => q.options.find((o) => o.id === state.answers[q.id]) as QuizOption,
    );
    return scoreChecked(QUIZ, picked, frameworkEn);
  }

  #send(result: QuizResult): void {
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) return;
    const team = this.getAttribute('team');
    const body = {
      id: newUuid(),
      answers: result.answers,
      source: location.href,
      ...(team ? { team } : {}),
    };
    void sendResponse(new URL(endpoint, location.href).href, body).then((outcome) =>
      this.#emit('rolefit:sent', outcome),
    );
  }

  #fullResultHref(): string | null {
    const base = this.getAttribute('result-url');
    if (!base) return null;
    const url = new URL(base, location.href);
    url.searchParams.set('a', encodeAnswers(QUIZ, this.#state.answers));
    return url.href;
  }

  #emit<K extends keyof RolefitQuizEventMap>(
    type: K,
    detail: RolefitQuizEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Local storage only when the host opted in with `remember`; never cookies. */
  #storage(): Storage | null {
    try {
      return this.hasAttribute('remember') ? localStorage : null;
    } catch {
      return null;
    }
  }

  /** Resume the saved answers the current quiz still has, at the first question without one. */
  #restore(): void {
    let saved: unknown = null;
    try {
      saved = JSON.parse(this.#storage()?.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      // Unreadable storage: start from the first question.
    }
    // As far as the saved answers go: done when they answer every question.
    this.#state = startSteps(QUIZ, { answers: saved, at: Number.POSITIVE_INFINITY });
    if (!currentStep(this.#state)) this.#result = this.#score();
  }

  #save(): void {
    try {
      this.#storage()?.setItem(STORAGE_KEY, JSON.stringify(this.#state.answers));
    } catch {
      // A full or blocked storage only costs the resume.
    }
  }
}

/** Register `<rolefit-quiz>` once, also when the script is loaded twice. */
export function defineRolefitQuiz(name = 'rolefit-quiz'): void {
  if (!customElements.get(name)) customElements.define(name, RolefitQuiz);
}
