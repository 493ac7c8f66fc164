import type { QuizResult } from '@rolefit/core/quiz-result';
import type { SendOutcome } from './send-response.ts';

/** `event.detail` of `rolefit:answer`: which option was chosen, at which 0-based step. */
export type AnswerDetail = { questionId: string; optionId: string; index: number; total: number };

/** How the quiz shows when not inline: a modal popup, or a panel in the page's corner. */
export type DialogMode = 'popup' | 'slide-in';

/** `event.detail` of `rolefit:open` and `rolefit:close`: which kind of dialog it was. */
export type DialogDetail = { mode: DialogMode };

/**
 * The `rolefit:*` events `<rolefit-quiz>` dispatches (bubbling and composed), by name.
 * @example quiz.addEventListener('rolefit:result', (event) => event.detail.role)
 */
export interface RolefitQuizEventMap {
  'rolefit:answer': CustomEvent<AnswerDetail>;
  'rolefit:result': CustomEvent<QuizResult>;
  'rolefit:sent': CustomEvent<SendOutcome>;
  'rolefit:open': CustomEvent<DialogDetail>;
  'rolefit:close': CustomEvent<DialogDetail>;
}

/**
 * The attributes `<rolefit-quiz>` observes: those whose change it acts on at once
 * (docs/embed.md, "Changing attributes on a running quiz").
 */
export const QUIZ_ATTRIBUTES = ['endpoint', 'result-url', 'lang', 'remember'] as const;

/**
 * The attributes it reads when it needs them, so no change has to be observed: `team` and the
 * hidden fields at the next post, `theme` through CSS alone (docs/embed.md, "Attributes").
 */
export type ReadAttribute = 'team' | 'fields' | `data-field-${string}` | 'theme';

/**
 * The popup's and slide-in's attributes (docs/embed.md, "Popup and slide-in"). Not observed:
 * `mode` is read once, when the element first connects; `open-on` and `show-once` whenever a
 * click or an `open()` asks for them.
 */
export type DialogAttribute = 'mode' | 'open-on' | 'show-once';
