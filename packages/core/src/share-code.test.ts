import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { decodeAnswers, encodeAnswers } from './share-code.ts';

const quiz = DEFAULT_QUIZ;

describe('share code', () => {
  it('round-trips any answer set, context included', () => {
    const answers = fc.tuple(
      ...quiz.questions.map((q) => fc.constantFrom(...q.options.map((o) => o.id))),
      ...quiz.context.map((q) =>
        fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(answers, (ids) => {
        const all = [...quiz.questions, ...quiz.context];
        const given = Object.fromEntries(all.flatMap((q, i) => (ids[i] ? [[q.id, ids[i]]] : [])));
        const code = encodeAnswers(quiz, given);
        expect(code).toMatch(/^[0-9a-z_.-]+$/);
        expect(decodeAnswers(quiz, code)).toEqual({ ok: true, value: given });
      }),
    );
  });

  it('is short', () => {
    const given = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[1]?.id as string]));
    expect(encodeAnswers(quiz, given)).toBe('1-11111');
  });

  it.each(['', 'garbage', '1-123', '1-99999', '1-11111.9', '1-11111.123'])(
    'refuses the damaged code %j',
    (code) => {
      expect(decodeAnswers(quiz, code)).toMatchObject({
        ok: false,
        error: { code: 'invalid_share_code' },
      });
    },
  );

  it('refuses a code from another quiz version and says so', () => {
    expect(decodeAnswers(quiz, '7-11111')).toMatchObject({
      ok: false,
      error: { code: 'quiz_version_mismatch' },
    });
  });
});
