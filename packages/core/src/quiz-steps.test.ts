import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { DIMENSION_IDS } from './ids.ts';
import type { Quiz } from './quiz-schema.ts';
import {
  canGoNext,
  canSkip,
  currentStep,
  goBack,
  goNext,
  goTo,
  isDone,
  openQuestions,
  pickAnswer,
  type QuizSteps,
  skipClears,
  skipStep,
  startSteps,
  wasSkipped,
} from './quiz-steps.ts';
import { SCORED_QUIZ } from './scored-quiz.ts';
import { splitAnswers } from './split-answers.ts';

const quiz = DEFAULT_QUIZ;
const n = quiz.questions.length;
const first = (q: { options: readonly { id: string }[] }) => q.options[0]?.id as string;

/** Answer every scored question with its first option, going on after each. */
function throughScored(state: QuizSteps): QuizSteps {
  let s = state;
  for (const q of s.quiz.questions) s = goNext(pickAnswer(s, q.id, first(q)));
  return s;
}

/** A quiz of `questions` scored and `context` optional questions, each with `options` options. */
const quizOf = (questions: number, context: number, options: number): Quiz => ({
  id: 'generated',
  version: 1,
  locale: 'en',
  title: 'Generated',
  intro: '',
  questions: Array.from({ length: questions }, (_, i) => ({
    id: `q${i}`,
    dimension: DIMENSION_IDS[i % DIMENSION_IDS.length] ?? 'output',
    prompt: `Question ${i}`,
    options: Array.from({ length: options }, (_, j) => ({
      id: `o${j}`,
      label: `Option ${j}`,
      weights: { research: 1, rnd: 0, product: 0 },
    })),
  })),
  context: Array.from({ length: context }, (_, i) => ({
    id: `c${i}`,
    kind: i % 2 ? 'review' : 'title',
    prompt: `Context ${i}`,
    options: Array.from({ length: options }, (_, j) => ({
      id: `o${j}`,
      label: `Option ${j}`,
      column: null,
    })),
  })),
});

const anyQuiz = fc
  .record({
    questions: fc.integer({ min: 1, max: 6 }),
    context: fc.integer({ min: 0, max: 3 }),
    options: fc.integer({ min: 2, max: 5 }),
  })
  .map(({ questions, context, options }) => quizOf(questions, context, options));

/** One thing a person can do on a step: pick (by indexes, some out of range), next, back, skip, jump. */
const anyAction = fc.oneof(
  fc.record({ kind: fc.constant('pick' as const), q: fc.nat(10), o: fc.nat(6) }),
  fc.record({ kind: fc.constantFrom('next' as const, 'back' as const, 'skip' as const) }),
  fc.record({ kind: fc.constant('jump' as const), to: fc.integer({ min: -2, max: 12 }) }),
);
type Action = typeof anyAction extends fc.Arbitrary<infer A> ? A : never;

function act(s: QuizSteps, a: Action): QuizSteps {
  if (a.kind === 'next') return goNext(s);
  if (a.kind === 'back') return goBack(s);
  if (a.kind === 'skip') return skipStep(s);
  if (a.kind === 'jump') return goTo(s, a.to);
  if (a.kind !== 'pick') return s;
  const all = [...s.quiz.questions, ...s.quiz.context];
  const q = all[a.q % (all.length + 1)];
  return pickAnswer(s, q?.id ?? 'no-such-question', q?.options[a.o]?.id ?? 'no-such-option');
}

/** The state after any run of actions, in either context layout, and the runs' states on the way. */
const anyRun = fc
  .tuple(anyQuiz, fc.constantFrom('one-step' as const, 'each' as const), fc.array(anyAction))
  .map(([q, context, actions]) => {
    const states = [startSteps(q, { context })];
    for (const a of actions) states.push(act(states.at(-1) as QuizSteps, a));
    return { quiz: q, context, actions, states };
  });

describe('startSteps', () => {
  it('makes one step per scored question, then the context questions on one step', () => {
    const s = startSteps(quiz);
    expect(s.at).toBe(0);
    expect(s.steps.map((step) => [step.kind, step.number, step.of])).toEqual([
      ...quiz.questions.map((_, i) => ['scored', i + 1, n]),
      ['context', 1, 1],
    ]);
    expect(s.steps.at(-1)?.questions.map((q) => q.id)).toEqual(quiz.context.map((q) => q.id));
  });

  it('with context "each", asks each context question on its own step', () => {
    const s = startSteps(quiz, { context: 'each' });
    expect(s.steps.slice(n).map((step) => [step.number, step.of, step.questions[0]?.id])).toEqual(
      quiz.context.map((q, i) => [i + 1, quiz.context.length, q.id]),
    );
  });

  it('has no context step for a quiz without context questions (the widget’s)', () => {
    const s = startSteps(SCORED_QUIZ);
    expect(s.steps).toHaveLength(SCORED_QUIZ.questions.length);
    expect(s.steps.every((step) => step.kind === 'scored')).toBe(true);
  });

  it('resumes saved answers, dropping what the quiz does not have, at the step asked for', () => {
    const [q1, q2, q3] = quiz.questions.map((q) => q.id);
    const saved = {
      [q1 ?? '']: 'unknown',
      [q2 ?? '']: 'no-such-option',
      [q3 ?? '']: 'novelty',
      title: 'none',
      'no-such-question': 'x',
    };
    const s = startSteps(quiz, { answers: saved, at: 5 });
    expect(s.answers).toEqual({ [q1 ?? '']: 'unknown', [q3 ?? '']: 'novelty', title: 'none' });
    // Question 2 lost its answer, so the quiz resumes there, not further.
    expect(s.at).toBe(1);
    expect(startSteps(quiz, { answers: saved, at: 0 }).at).toBe(0);
  });

  it('resumes a quiz whose scored questions are all answered at the context step, or done', () => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, first(q)]));
    expect(startSteps(quiz, { answers, at: n }).at).toBe(n);
    expect(isDone(startSteps(quiz, { answers, at: Number.POSITIVE_INFINITY }))).toBe(true);
    expect(isDone(startSteps(SCORED_QUIZ, { answers, at: Number.POSITIVE_INFINITY }))).toBe(true);
  });

  it.each([null, 'text', 42, ['a']])(
    'starts afresh from unreadable saved answers (%j)',
    (saved) => {
      const s = startSteps(quiz, { answers: saved, at: 3 });
      expect(s.answers).toEqual({});
      expect(s.at).toBe(0);
    },
  );
});

describe('stepping through a quiz', () => {
  it('goes on only once the scored question is answered, and back keeps the answers', () => {
    let s = startSteps(quiz);
    const q = quiz.questions[0];
    if (!q) throw new Error('no question');
    expect(canGoNext(s)).toBe(false);
    expect(goNext(s)).toBe(s);
    s = pickAnswer(s, q.id, first(q));
    expect(canGoNext(s)).toBe(true);
    s = goNext(s);
    expect(currentStep(s)?.number).toBe(2);
    s = goBack(s);
    expect(s.at).toBe(0);
    expect(s.answers[q.id]).toBe(first(q));
    expect(goBack(s)).toBe(s);
  });

  it('ignores picks of questions or options the quiz does not have', () => {
    const s = startSteps(quiz);
    expect(pickAnswer(s, 'no-such-question', 'x')).toBe(s);
    expect(pickAnswer(s, quiz.questions[0]?.id ?? '', 'no-such-option')).toBe(s);
  });

  it('lets the optional step go on unanswered, and is done after it', () => {
    let s = throughScored(startSteps(quiz));
    expect(currentStep(s)?.kind).toBe('context');
    expect(canGoNext(s)).toBe(true);
    s = goNext(s);
    expect(isDone(s)).toBe(true);
    expect(currentStep(s)).toBeNull();
    expect(goNext(s)).toBe(s);
  });

  it('leaves the state it was given as it was', () => {
    const s = Object.freeze(startSteps(quiz));
    const picked = pickAnswer(
      s,
      quiz.questions[0]?.id ?? '',
      first(quiz.questions[0] ?? { options: [] }),
    );
    expect(s.answers).toEqual({});
    expect(goNext(picked).at).toBe(1);
    expect(picked.at).toBe(0);
  });
});

describe('skipping an optional step', () => {
  it('skips nothing on a scored step', () => {
    const s = startSteps(quiz);
    expect(canSkip(s)).toBe(false);
    expect(skipStep(s)).toBe(s);
  });

  it('with nothing picked: goes on, keeps nothing, and says it clears nothing', () => {
    const s = throughScored(startSteps(quiz));
    expect(canSkip(s)).toBe(true);
    expect(skipClears(s)).toBe(false);
    const skipped = skipStep(s);
    expect(isDone(skipped)).toBe(true);
    expect(splitAnswers(quiz, skipped.answers).context).toEqual({});
  });

  it('with an answer picked earlier and come back to: says so first, then clears it', () => {
    let s = throughScored(startSteps(quiz));
    s = goBack(goNext(pickAnswer(s, 'title', 'engineer')));
    expect(s.answers.title).toBe('engineer');
    // The front ends label the button "Clear and skip" from this, never dropping it silently.
    expect(skipClears(s)).toBe(true);
    s = skipStep(s);
    expect(s.answers.title).toBeUndefined();
    expect(quiz.context.map((q) => wasSkipped(s, q.id))).toEqual(quiz.context.map(() => true));
  });

  it('one question at a time (the terminal): skips only that question, and back shows the skip', () => {
    let s = throughScored(startSteps(quiz, { context: 'each' }));
    s = goNext(pickAnswer(s, 'title', 'engineer'));
    s = pickAnswer(s, 'reviewed-on', 'papers');
    s = goBack(s);
    s = skipStep(s);
    expect(s.answers).not.toHaveProperty('title');
    expect(s.answers['reviewed-on']).toBe('papers');
    expect(wasSkipped(s, 'title')).toBe(true);
    expect(wasSkipped(s, 'reviewed-on')).toBe(false);
    expect(currentStep(s)?.questions[0]?.id).toBe('reviewed-on');
    // Picking again after a skip takes the skip back.
    s = pickAnswer(goBack(s), 'title', 'none');
    expect(wasSkipped(s, 'title')).toBe(false);
  });
});

describe('openQuestions', () => {
  it('lists the scored questions without an answer, never the context ones', () => {
    const q = quiz.questions[0];
    expect(openQuestions(quiz, {})).toHaveLength(n);
    expect(openQuestions(quiz, { [q?.id ?? '']: first(q ?? { options: [] }) })).toHaveLength(n - 1);
    const all = Object.fromEntries(quiz.questions.map((x) => [x.id, first(x)]));
    expect(openQuestions(quiz, all)).toEqual([]);
  });
});

describe('quiz steps, as properties', () => {
  it('never shows a step past a scored question without an answer', () => {
    fc.assert(
      fc.property(anyRun, ({ states }) => {
        for (const s of states) {
          expect(s.at).toBeGreaterThanOrEqual(0);
          expect(s.at).toBeLessThanOrEqual(s.steps.length);
          for (const step of s.steps.slice(0, s.at)) {
            if (step.kind !== 'scored') continue;
            for (const q of step.questions) expect(s.answers[q.id]).toBeDefined();
          }
        }
      }),
    );
  });

  it('is done only with every scored question answered', () => {
    fc.assert(
      fc.property(anyRun, ({ states }) => {
        for (const s of states) {
          if (isDone(s)) expect(openQuestions(s.quiz, s.answers)).toEqual([]);
        }
      }),
    );
  });

  it('keeps only the quiz’s own options as answers', () => {
    fc.assert(
      fc.property(anyRun, ({ quiz: q, states }) => {
        const options = new Map(
          [...q.questions, ...q.context].map((x) => [x.id, x.options.map((o) => o.id)]),
        );
        for (const s of states) {
          for (const [id, option] of Object.entries(s.answers)) {
            expect(options.get(id)).toContain(option);
          }
        }
      }),
    );
  });

  it('changes answers only by picking or skipping, and a skip clears only its own step', () => {
    fc.assert(
      fc.property(anyRun, ({ actions, states }) => {
        actions.forEach((a, i) => {
          const before = states[i] as QuizSteps;
          const after = states[i + 1] as QuizSteps;
          if (a.kind === 'next' || a.kind === 'back' || a.kind === 'jump') {
            expect(after.answers).toBe(before.answers);
          }
          if (a.kind === 'skip' && canSkip(before)) {
            const own = new Set(currentStep(before)?.questions.map((q) => q.id));
            for (const [id, option] of Object.entries(before.answers)) {
              expect(after.answers[id]).toBe(own.has(id) ? undefined : option);
            }
            expect(skipClears(before)).toBe(
              [...own].some((id) => before.answers[id] !== undefined),
            );
          }
        });
      }),
    );
  });

  it('comes back to the same step after going on and back', () => {
    fc.assert(
      fc.property(anyRun, ({ states }) => {
        for (const s of states) {
          if (canGoNext(s)) expect(goBack(goNext(s)).at).toBe(s.at);
        }
      }),
    );
  });

  it('numbers each kind of step 1 to m, m counted from the quiz', () => {
    fc.assert(
      fc.property(anyRun, ({ quiz: q, context, states }) => {
        const { steps } = states[0] as QuizSteps;
        const scored = steps.filter((s) => s.kind === 'scored');
        const optional = steps.filter((s) => s.kind === 'context');
        expect(scored.map((s) => [s.number, s.of])).toEqual(
          q.questions.map((_, i) => [i + 1, q.questions.length]),
        );
        const groups = q.context.length === 0 ? 0 : context === 'each' ? q.context.length : 1;
        expect(optional.map((s) => [s.number, s.of])).toEqual(
          Array.from({ length: groups }, (_, i) => [i + 1, groups]),
        );
        expect(optional.flatMap((s) => s.questions.map((x) => x.id))).toEqual(
          q.context.map((x) => x.id),
        );
      }),
    );
  });

  it('resumes from its own answers at the same step', () => {
    fc.assert(
      fc.property(anyRun, ({ context, states }) => {
        const s = states.at(-1) as QuizSteps;
        const resumed = startSteps(s.quiz, { context, answers: s.answers, at: s.at });
        expect(resumed.answers).toEqual(s.answers);
        expect(resumed.at).toBe(s.at);
      }),
    );
  });
});
