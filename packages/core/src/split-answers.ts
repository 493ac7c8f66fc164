import type { Answers, Quiz } from './quiz-schema.ts';

/**
 * Answers split the way a submission sends them: the scored questions' in `answers`, the context
 * questions' in `context`. Ids the quiz does not ask are left out.
 * @example splitAnswers(DEFAULT_QUIZ, { output: 'paper', title: 'none' }) // { answers: { output: 'paper' }, context: { title: 'none' } }
 */
export function splitAnswers(
  quiz: Quiz,
  all: Readonly<Answers>,
): { answers: Answers; context: Answers } {
  const pick = (questions: readonly { id: string }[]) => {
    const out: Answers = {};
    for (const q of questions) {
      const a = all[q.id];
      if (a !== undefined) out[q.id] = a;
    }
    return out;
  };
  return { answers: pick(quiz.questions), context: pick(quiz.context) };
}
