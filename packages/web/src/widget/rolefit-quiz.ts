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
// The host's types are the one home of the element's public shape: its typed listeners, and
// its tag in HTMLElementTagNameMap. The class implements that shape.
import type { RolefitQuiz as RolefitQuizElement } from '../../types/embed.d.ts';
import type { FunnelStep, funnelEvents } from '../shared/funnel-events.ts';
import { h } from '../shared/h.ts';
import { newUuid } from '../shared/new-uuid.ts';
import { cssPercent } from '../shared/percent.ts';
import { adoptStyles } from './adopt-styles.ts';
import { loadEmbedChunk } from './embed-chunk.ts';
import { questionView } from './question-view.ts';
import type { QuizDialog, quizDialog } from './quiz-dialog.ts';
import { resultView } from './result-view.ts';
import {
  type AnswerDetail,
  QUIZ_ATTRIBUTES,
  type RolefitQuizEventMap,
} from './rolefit-quiz-events.ts';
import css from './widget.css?inline';
import { ENGLISH, type WidgetLanguage, widgetLanguageOf } from './widget-language.ts';

export type { AnswerDetail, RolefitQuizEventMap };

// The widget asks the five scored questions only, so it carries no context questions' text.
// Their ids are the same in every language, and so are the saved answers.
const STORAGE_KEY = `rolefit-quiz:${ENGLISH.quiz.id}`;

/**
 * `<rolefit-quiz>`: the quiz in any page, scored in the browser. Attributes: `endpoint`, `team`,
 * `fields` and `data-field-*`, `lang`, `result-url`, `theme`, `remember`, and for a popup or slide-in `mode`, `open-on` and
 * `show-once`. Events: `rolefit:answer`, `rolefit:result`, `rolefit:sent`, `rolefit:open`,
 * `rolefit:close`. See docs/embed.md.
 */
export class RolefitQuiz extends HTMLElement implements RolefitQuizElement {
  /** Attributes whose changes the element reacts to, see attributeChangedCallback. */
  static observedAttributes = QUIZ_ATTRIBUTES;
  #root: ShadowRoot = this.attachShadow({ mode: 'open' });
  #progress = h('p', { class: 'progress', part: 'progress', 'aria-live': 'polite' });
  #bar = h('span', { class: 'fill' });
  #body = h('div');
  #title = h('p', { class: 'title' });
  #box = h(
    'div',
    { class: 'box', part: 'container' },
    h(
      'div',
      { class: 'head', part: 'header' },
      this.#title,
      this.#progress,
      h('span', { class: 'bar', 'aria-hidden': 'true' }, this.#bar),
    ),
    this.#body,
  );
  /** The words it speaks now, and the language last asked for (a later ask wins). */
  #words: WidgetLanguage = ENGLISH;
  #asked = 'en';
  // Set by #restore when the element connects.
  #state!: QuizSteps;
  #result: QuizResult | null = null;
  /** This run's funnel, once an endpoint has asked for one (its code loads with it). */
  #funnel: Promise<ReturnType<typeof funnelEvents>> | null = null;
  /** The popup or slide-in around the box (`mode`), its code loading with it; null inline. */
  #dialog: Promise<Partial<QuizDialog>> | undefined;

  connectedCallback(): void {
    this.#dialog?.then((dialog) => dialog.listen?.());
    // Once: a page that moves the element connects it again, answers and all.
    if (this.#state) return;
    adoptStyles(this.#root, RolefitQuiz.#css);
    // The popup's or slide-in's code only when asked for (it puts the box inline for a mode it
    // does not know); else the box goes inline at once.
    // A chunk that cannot load (offline, blocked) leaves the quiz inline too, never unreachable.
    if (this.getAttribute('mode'))
      this.#dialog = loadEmbedChunk<typeof quizDialog>('dialog').then(
        (dialogFor) => dialogFor(this, this.#box, () => this.#words),
        () => {
          this.#root.append(this.#box);
          return {};
        },
      );
    else this.#root.append(this.#box);
    this.#restore();
    this.#speak(false);
    this.#track('shown');
  }

  /**
   * A changed attribute takes effect on the running quiz, answers kept: `endpoint`, `team`,
   * `fields` and `data-field-*` at the next post (a new `endpoint` also starts a new funnel run there); `lang` and `result-url`
   * re-render the current step; `remember` saves the answers so far, or deletes them when
   * removed; `theme` is CSS alone. Before the element first connects there is nothing to update.
   */
  attributeChangedCallback(name: string): void {
    // Unset until connectedCallback: the attributes present then are read there.
    if (!this.#state) return;
    if (name === 'endpoint') this.#funnel = null;
    const focused = !!this.#root.activeElement;
    if (name === 'lang') this.#speak(focused);
    if (name === 'result-url') this.#render(focused);
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
    this.#funnel ??= import('./network.ts').then(({ funnelFor }) => funnelFor(endpoint, newUuid()));
    // In the order asked; if the network code cannot load, analytics are simply lost.
    this.#funnel.then((funnel) => funnel.track(type, questionId)).catch(() => {});
  }

  disconnectedCallback(): void {
    this.#dialog?.then((dialog) => dialog.listen?.());
  }

  /** Open the popup or slide-in (once its code has loaded); inline, nothing happens. */
  open(): void {
    this.#dialog?.then((dialog) => dialog.open?.());
  }

  /** Close the popup or slide-in; inline, nothing happens. */
  close(): void {
    this.#dialog?.then((dialog) => dialog.close?.());
  }

  /** The result once the quiz is finished, else null. */
  get result(): QuizResult | null {
    return this.#result;
  }

  /**
   * Speak the language of its `lang` attribute, else the page's: English at once, another once
   * its chunks have loaded (English if they cannot). Answers, step and result are kept, in the
   * new words; the first render waits for them, so a page never flashes English first.
   */
  #speak(moveFocus: boolean): void {
    // The language of the element as HTML has it: its own lang, else its nearest ancestor's.
    const asked = widgetLanguageOf(this.closest<HTMLElement>('[lang]')?.lang || 'en');
    this.#asked = asked;
    const apply = (words: WidgetLanguage) => {
      if (this.#asked !== asked) return;
      this.#words = words;
      const { locale } = words.quiz;
      this.#box.lang = locale;
      this.#box.dir = locale === 'ar' ? 'rtl' : 'ltr';
      // The same answers and step, in the new words.
      this.#state = startSteps(words.quiz, this.#state);
      if (this.#result) this.#result = this.#score();
      this.#render(moveFocus);
    };
    if (asked === 'en') apply(ENGLISH);
    // Its words, and then the framework text they fetch beside them (embed-chunk.ts).
    else loadEmbedChunk<WidgetLanguage>(asked).then(apply, () => apply(ENGLISH));
  }

  #render(moveFocus: boolean): void {
    const { text, framework, quiz } = this.#words;
    const state = this.#state;
    const step = currentStep(state);
    // The widget's quiz has no context questions: every step is one scored question.
    const question = step?.questions[0] as QuizQuestion | undefined;
    const view =
      step && question
        ? questionView({
            question,
            step,
            picked: state.answers[question.id],
            text,
            onBack: () => this.#go(goBack(this.#state)),
            onNext: (optionId) => this.#answer(question.id, optionId),
          })
        : resultView({
            // Set whenever the quiz is done: by #answer, or by #restore for a finished quiz.
            result: this.#result as QuizResult,
            quiz,
            text,
            framework,
            fullResultLink: this.#fullResultLink(),
            onAgain: () => {
              this.#result = null;
              this.#funnel = null;
              this.#go(startSteps(quiz));
            },
          });
    this.#title.textContent = quiz.title;
    this.#progress.textContent = step ? text.progress(step.number, step.of) : '';
    this.#bar.style.width = cssPercent(state.at / state.steps.length);
    // The quiz's own framing, on the first step only: answer for the work, not the person.
    this.#body.replaceChildren(...(state.at ? [] : [h('p', { class: 'intro' }, quiz.intro)]), view);
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
    const { quiz, framework } = this.#words;
    const picked = quiz.questions.map(
      (q) => q.options.find((o) => o.id === state.answers[q.id]) as QuizOption,
    );
    return scoreChecked(quiz, picked, framework);
  }

  #send(result: QuizResult): void {
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) return;
    // The id is made here, so the host hears it also when the network code cannot load.
    const id = newUuid();
    // `team` and the hidden fields it reads itself, so embed.js carries none of that.
    void import('./network.ts')
      .then(({ sendTo }) => sendTo(endpoint, id, result.answers, this))
      // The network code did not load (offline, blocked): nothing was sent, and the host hears so.
      .catch(() => ({ id, ok: false, status: null, attempts: 0 }))
      .then((outcome) => this.#emit('rolefit:sent', outcome));
  }

  /** The full result's link, once its chunk has loaded; null without `result-url`. */
  #fullResultLink(): Promise<HTMLAnchorElement> | null {
    const base = this.getAttribute('result-url');
    const { quiz, text } = this.#words;
    const { answers } = this.#state;
    return base
      ? import('./share-link.ts').then(({ shareLink }) =>
          shareLink(base, quiz, answers, text.fullResult),
        )
      : null;
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
    let saved: unknown;
    try {
      // Nothing saved (null) parses as null; no storage (undefined) throws.
      saved = JSON.parse(this.#storage()?.getItem(STORAGE_KEY) as string);
    } catch {
      // Unreadable storage: start from the first question.
    }
    // As far as the saved answers go: done when they answer every question.
    this.#state = startSteps(this.#words.quiz, { answers: saved, at: Number.POSITIVE_INFINITY });
    if (!currentStep(this.#state)) this.#result = this.#score();
  }

  #save(): void {
    try {
      this.#storage()?.setItem(STORAGE_KEY, JSON.stringify(this.#state.answers));
    } catch {
      // A full or blocked storage only costs the resume.
    }
  }

  // Last in the class, so the CSS is last in embed.js: apart from the code and the words, all
  // three compress better (about 30 B gzip; see embed.ts).
  static #css = css;
}

/** Register `<rolefit-quiz>` once, also when the script is loaded twice. */
export function defineRolefitQuiz(name = 'rolefit-quiz'): void {
  if (!customElements.get(name)) customElements.define(name, RolefitQuiz);
}
