import type { QuizResult } from '@rolefit/core/quiz-result';
import type { SendOutcome } from './send-response.ts';

/** `event.detail` of `rolefit:answer`: which option was chosen, at which 0-based step. */
export type AnswerDetail = { questionId: string; optionId: string; index: number; total: number };

/**
 * The `rolefit:*` events `<rolefit-quiz>` dispatches (bubbling and composed), by name.
 * @example quiz.addEventListener('rolefit:result', (event) => event.detail.role)
 */
export interface RolefitQuizEventMap {
  'rolefit:answer': CustomEvent<AnswerDetail>;
  'rolefit:result': CustomEvent<QuizResult>;
  'rolefit:sent': CustomEvent<SendOutcome>;
}

/** The attributes `<rolefit-quiz>` reads and reacts to (docs/embed.md, "Attributes"). */
export const QUIZ_ATTRIBUTES = [
  'endpoint',
  'team',
  'result-url',
  'lang',
  'theme',
  'remember',
] as const;
