import type { QuizResult } from '@rolefit/core/quiz-result';
import type { Answers } from '@rolefit/core/quiz-schema';
import { scoreChecked } from '@rolefit/core/score-checked';
import { SCORED_QUIZ } from '@rolefit/core/scored-quiz';
import { encodeAnswers } from '@rolefit/core/share-code';
import { funnelEvents } from '../shared/funnel-events.ts';
import { adoptStyles } from './adopt-styles.ts';
import { h } from './h.ts';
import { questionView } from './question-view.ts';
import { resultView } from './result-view.ts';
import { sendResponse } from './send-response.ts';
import css from './widget.css?inline';
import { widgetText } from './widget-text.ts';

/** `event.detail` of `rolefit:answer`: which option was chosen, at which 0-based step. */
export type AnswerDetail = { questionId: string; optionId: string; index: number; total: number };

// The widget asks the five scored questions only, so it carries no context questions' text.
const QUIZ = SCORED_QUIZ;
const STORAGE_KEY = `rolefit-quiz:${QUIZ.id}`;

/** A random v4 UUID, also on plain-http pages where `crypto.randomUUID` is missing. */
const uuid = (): string => crypto.randomUUID?.() ?? URL.createObjectURL(new Blob()).slice(-36);

/**
 * `<rolefit-quiz>`: the quiz in any page, scored in the browser. Attributes: `endpoint`, `team`,
 * `lang`, `result-url`, `theme`, `remember`. Events: `rolefit:answer`, `rolefit:result`,
 * `rolefit:sent`. See docs/embed.md.
 */
export class RolefitQuiz extends HTMLElement {
  #root: ShadowRoot = this.attachShadow({ mode: 'open' });
  #progress = h('p', { class: 'progress', part: 'progress', 'aria-live': 'polite' });
  #bar = h('span', { class: 'fill' });
  #body = h('div');
  #step = 0;
  #answers: Answers = {};
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
   * Record a funnel step, only with an endpoint: events go beside the responses (…/events), one
   * random id per run. The run starts at the first step seen once the endpoint is known.
   */
  #track(type: string, questionId?: string): void {
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) return;
    this.#funnel ??= funnelEvents(new URL('events', new URL(endpoint, location.href)).href, uuid());
    this.#funnel.track(type, questionId);
  }

  /** The result once the quiz is finished, else null. */
  get result(): QuizResult | null {
    return this.#result;
  }

  #render(moveFocus: boolean): void {
    const text = widgetText(this.getAttribute('lang'));
    const total = QUIZ.questions.length;
    const question = QUIZ.questions[this.#step];
    let view: HTMLElement;
    if (question) {
      view = questionView({
        question,
        step: this.#step + 1,
        total,
        picked: this.#answers[question.id],
        text,
        onBack: () => this.#go(this.#step - 1),
        onNext: (optionId) => this.#answer(question.id, optionId),
      });
    } else {
      const result = this.#result ?? this.#score();
      view = resultView({
        result,
        text,
        fullResultHref: this.#fullResultHref(),
        onAgain: () => {
          this.#answers = {};
          this.#result = null;
          this.#funnel = null;
          this.#go(0);
        },
      });
    }
    this.#progress.textContent = question ? text.progress(this.#step + 1, total) : '';
    this.#bar.style.width = `${(100 * this.#step) / total}%`;
    // The quiz's own framing, on the first step only: answer for the work, not the person.
    const intro = this.#step === 0 && h('p', { class: 'intro' }, QUIZ.intro);
    this.#body.replaceChildren(...[intro, view].filter((node) => node !== false));
    if (moveFocus) view.querySelector<HTMLElement>('h2')?.focus();
  }

  #go(step: number): void {
    this.#step = step;
    this.#save();
    this.#render(true);
  }

  #answer(questionId: string, optionId: string): void {
    this.#answers = { ...this.#answers, [questionId]: optionId };
    const index = this.#step;
    const total = QUIZ.questions.length;
    this.#emit('rolefit:answer', { questionId, optionId, index, total } satisfies AnswerDetail);
    this.#track('started');
    this.#track('answered', questionId);
    if (index + 1 < total) {
      this.#go(index + 1);
      return;
    }
    const result = this.#score();
    this.#result = result;
    this.#go(total);
    this.#emit('rolefit:result', result);
    this.#send(result);
    this.#track('completed');
  }

  #score(): QuizResult {
    // Every answer comes from the quiz's own options (restored ones are checked on load), so the
    // widget skips core's answer checking and the error messages it would carry.
    const picked = QUIZ.questions.map((q) => {
      const option = q.options.find((o) => o.id === this.#answers[q.id]);
      if (!option) throw new Error(`no answer for ${q.id}`);
      return option;
    });
    return scoreChecked(QUIZ, picked);
  }

  #send(result: QuizResult): void {
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) return;
    const team = this.getAttribute('team');
    const body = {
      id: uuid(),
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
    url.searchParams.set('a', encodeAnswers(QUIZ, this.#answers));
    return url.href;
  }

  #emit(type: string, detail: unknown): void {
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

  /** Resume saved answers, up to the first one the current quiz no longer has. */
  #restore(): void {
    let saved: Partial<Answers> | null = null;
    try {
      saved = JSON.parse(this.#storage()?.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      // Unreadable storage: start from the first question.
    }
    for (const q of QUIZ.questions) {
      const id = saved?.[q.id];
      if (!id || !q.options.some((o) => o.id === id)) break;
      this.#answers[q.id] = id;
      this.#step++;
    }
    if (this.#step === QUIZ.questions.length) this.#result = this.#score();
  }

  #save(): void {
    try {
      this.#storage()?.setItem(STORAGE_KEY, JSON.stringify(this.#answers));
    } catch {
      // A full or blocked storage only costs the resume.
    }
  }
}

/** Register `<rolefit-quiz>` once, also when the script is loaded twice. */
export function defineRolefitQuiz(name = 'rolefit-quiz'): void {
  if (!customElements.get(name)) customElements.define(name, RolefitQuiz);
}
