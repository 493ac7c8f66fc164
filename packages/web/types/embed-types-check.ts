// Compiled by packages/web/test/embed-types.test.ts, so `npm test` checks that a host's types are
// the source's (tsc -b skips .d.ts files, and so does a host with skipLibCheck).
import type { QuizResult as CoreQuizResult } from '@rolefit/core/quiz-result';
import type {
  DialogAttribute,
  QUIZ_ATTRIBUTES,
  ReadAttribute,
  AnswerDetail as SourceAnswerDetail,
  DialogDetail as SourceDialogDetail,
  RolefitQuizEventMap as SourceEventMap,
} from '../src/widget/rolefit-quiz-events.ts';
import type { SendOutcome as SourceSendOutcome } from '../src/widget/send-response.ts';
import type {
  AnswerDetail,
  DialogDetail,
  QuizResult,
  RolefitQuiz,
  RolefitQuizAttribute,
  RolefitQuizEventMap,
  SendOutcome,
} from './embed.d.ts';

/** True only when A and B are the same type. */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const yes = <T extends true>(value: T) => value;

// The host's types are the source's types.
yes<Same<QuizResult, CoreQuizResult>>(true);
yes<Same<AnswerDetail, SourceAnswerDetail>>(true);
yes<Same<SendOutcome, SourceSendOutcome>>(true);
yes<Same<keyof RolefitQuizEventMap, keyof SourceEventMap>>(true);
yes<Same<RolefitQuizEventMap['rolefit:result'], SourceEventMap['rolefit:result']>>(true);
yes<Same<DialogDetail, SourceDialogDetail>>(true);
yes<Same<RolefitQuizEventMap['rolefit:open'], SourceEventMap['rolefit:open']>>(true);
yes<Same<RolefitQuizAttribute, (typeof QUIZ_ATTRIBUTES)[number] | ReadAttribute | DialogAttribute>>(
  true,
);

// What a host writes, typed through HTMLElementTagNameMap and the event maps.
const quiz: RolefitQuiz | null = document.querySelector('rolefit-quiz');
quiz?.addEventListener('rolefit:result', (event) => event.detail.regime.recommended);
quiz?.addEventListener('rolefit:answer', (event) => event.detail.index + 1);
quiz?.addEventListener('click', (event) => event.clientX);
document.addEventListener('rolefit:sent', (event) => event.detail.ok);
const made: RolefitQuiz = document.createElement('rolefit-quiz');
made.result?.split?.join(' + ');
made.open();
made.close();
document.addEventListener('rolefit:close', (event) => event.detail.mode === 'slide-in');
// @ts-expect-error: a mode is popup or slide-in
made.addEventListener('rolefit:open', (event) => event.detail.mode === 'inline');
// @ts-expect-error: rolefit:answer carries no role
quiz?.addEventListener('rolefit:answer', (event) => event.detail.role);
// @ts-expect-error: result is read-only
made.result = null;
