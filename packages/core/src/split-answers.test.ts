import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { splitAnswers } from './split-answers.ts';
import { submittedAnswers } from './submission.ts';

const quiz = DEFAULT_QUIZ;
const anyAnswers = fc
  .tuple(
    ...[...quiz.questions, ...quiz.context].map((q) =>
      fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
    ),
  )
  .map((ids) =>
    Object.fromEntries(
      [...quiz.questions, ...quiz.context].flatMap((q, i) =>
        ids[i] === undefined ? [] : [[q.id, ids[i] as string]],
      ),
    ),
  );

describe('splitAnswers', () => {
  it('puts scored answers in answers and context answers in context, leaving out unknown ids', () => {
    expect(splitAnswers(quiz, { output: 'paper', title: 'none', nope: 'x' })).toEqual({
      answers: { output: 'paper' },
      context: { title: 'none' },
    });
  });

  it('is undone by submittedAnswers, for any answers', () => {
    fc.assert(
      fc.property(anyAnswers, (all) => {
        expect(submittedAnswers(splitAnswers(quiz, all))).toEqual(all);
      }),
    );
  });
});

describe('submittedAnswers', () => {
  it('merges an object context into the answers', () => {
    expect(submittedAnswers({ answers: { output: 'paper' }, context: { title: 'none' } })).toEqual({
      output: 'paper',
      title: 'none',
    });
  });

  it.each([undefined, null, 'title', 3])(
    'leaves the answers alone when context is %j',
    (context) => {
      const answers = { output: 'paper' };
      expect(submittedAnswers({ answers, context })).toBe(answers);
    },
  );

  it('passes answers that are not an object through, for score to refuse', () => {
    expect(submittedAnswers({ answers: 'ship', context: { title: 'none' } })).toBe('ship');
  });
});
