import type { Answers, ContextQuestion, Quiz, QuizQuestion } from './quiz-schema.ts';

/** One screen of a quiz: a scored question, or optional context questions. */
export type QuizStep = (
  | {
      /** One scored question, to be answered before the quiz goes on. */
      kind: 'scored';
      questions: readonly QuizQuestion[];
    }
  | {
      /** Optional questions that do not move the result: they may be skipped. */
      kind: 'context';
      questions: readonly ContextQuestion[];
    }
) & {
  /** The step's place among the steps of its kind, from 1: the 3 of "Question 3 of 5". */
  number: number;
  /** How many steps of this kind the quiz has: the 5 of "Question 3 of 5". */
  of: number;
};

/**
 * A quiz being taken: its steps, the step on screen and the answers so far. Immutable: every
 * transition returns a new state and leaves the old one as it was.
 */
export type QuizSteps = {
  readonly quiz: Quiz;
  readonly steps: readonly QuizStep[];
  /** The index of the step on screen; `steps.length` once the quiz is done. */
  readonly at: number;
  /** Question id → option id, scored and context answers alike. */
  readonly answers: Readonly<Answers>;
  /** Optional questions skipped at some point (see wasSkipped); absent before the first skip. */
  readonly skipped?: readonly string[];
};

/** How a new or resumed quiz starts. */
export type StartOptions = {
  /**
   * `one-step` (default): all context questions on one step, as the web pages show them; `each`:
   * one step per context question, as the terminal asks them.
   */
  context?: 'one-step' | 'each';
  /** Saved answers to resume from; entries the quiz does not have are dropped. */
  answers?: unknown;
  /** The step to resume at, clamped to the first step that still needs an answer (see goTo). */
  at?: number;
};

/** The scored questions that have no answer yet. */
export function openQuestions(quiz: Quiz, answers: Readonly<Answers>): QuizQuestion[] {
  return quiz.questions.filter((q) => answers[q.id] === undefined);
}

/** The first step that cannot be passed yet (a scored question without an answer), or done. */
function furthest(state: QuizSteps): number {
  // The scored questions are the first steps, one each and in order, so a question's index is
  // its step's.
  const open = state.quiz.questions.findIndex((q) => state.answers[q.id] === undefined);
  return open < 0 ? state.steps.length : open;
}

/** Numbered steps of one kind, one for each group of questions. */
const stepsOf = (kind: QuizStep['kind'], groups: readonly (readonly unknown[])[]) =>
  groups.map((questions, i) => ({ kind, questions, number: i + 1, of: groups.length }) as QuizStep);

/**
 * Start a quiz, or resume one from saved answers: one step per scored question, then the context
 * questions on one step or one each.
 * @example
 * let s = startSteps(DEFAULT_QUIZ);
 * s = goNext(pickAnswer(s, 'core-question', 'ship'));
 * currentStep(s) // { kind: 'scored', number: 2, of: 5, questions: [output] }
 */
export function startSteps(quiz: Quiz, options: StartOptions = {}): QuizSteps {
  const { context } = quiz;
  let state: QuizSteps = {
    quiz,
    steps: [
      ...stepsOf(
        'scored',
        quiz.questions.map((q) => [q]),
      ),
      ...stepsOf(
        'context',
        context.length === 0
          ? []
          : options.context === 'each'
            ? context.map((q) => [q])
            : [context],
      ),
    ],
    at: 0,
    answers: {},
  };
  // Object() reads anything as an object, so unreadable saved answers resume nothing.
  for (const [id, option] of Object.entries(Object(options.answers))) {
    state = pickAnswer(state, id, option as string);
  }
  return goTo(state, options.at ?? 0);
}

/** The step on screen, or null once the quiz is done. */
export function currentStep(state: QuizSteps): QuizStep | null {
  return state.steps[state.at] ?? null;
}

/** Whether the quiz is done: every step passed, by answering or skipping. */
export function isDone(state: QuizSteps): boolean {
  return state.at >= state.steps.length;
}

/** Whether the step on screen can be left forward: all its scored questions answered. */
export function canGoNext(state: QuizSteps): boolean {
  // Every step before the first that cannot be passed has its answers, the one on screen too.
  return furthest(state) > state.at;
}

/** Whether the step on screen is optional, so it can be skipped. */
export function canSkip(state: QuizSteps): boolean {
  return currentStep(state)?.kind === 'context';
}

/**
 * Whether skipping the step on screen would clear answers picked on it: the front ends then say
 * "Clear and skip", so a skip never drops an answer silently.
 */
export function skipClears(state: QuizSteps): boolean {
  return (
    canSkip(state) &&
    currentStep(state)?.questions.some((q) => state.answers[q.id] !== undefined) === true
  );
}

/**
 * Pick an option for a question of the quiz (on any step, so a page may show several at once).
 * An id the quiz does not have changes nothing.
 */
export function pickAnswer(state: QuizSteps, questionId: string, optionId: string): QuizSteps {
  const question = state.steps
    .flatMap((s): readonly { id: string; options: readonly { id: string }[] }[] => s.questions)
    .find((q) => q.id === questionId);
  if (!question?.options.some((o) => o.id === optionId)) return state;
  return {
    ...state,
    answers: { ...state.answers, [questionId]: optionId },
  };
}

/** Go on to the next step, or to done after the last; stays put while `canGoNext` is false. */
export function goNext(state: QuizSteps): QuizSteps {
  return canGoNext(state) ? { ...state, at: state.at + 1 } : state;
}

/** Go back one step, keeping every answer; stays on the first step. */
export function goBack(state: QuizSteps): QuizSteps {
  return state.at > 0 ? { ...state, at: state.at - 1 } : state;
}

/**
 * Skip the optional step on screen: its questions are left unanswered, clearing any answer picked
 * on it (see skipClears), and the quiz goes on. A scored step cannot be skipped.
 */
export function skipStep(state: QuizSteps): QuizSteps {
  const step = currentStep(state);
  if (step?.kind !== 'context') return state;
  const answers = { ...state.answers };
  const ids = step.questions.map((q) => q.id);
  for (const id of ids) delete answers[id];
  return {
    ...state,
    answers,
    skipped: [...(state.skipped ?? []).filter((id) => !ids.includes(id)), ...ids],
    at: state.at + 1,
  };
}

/**
 * Whether an optional question was skipped and has had no answer since: a way back to it shows
 * the skip as the earlier choice.
 */
export function wasSkipped(state: QuizSteps, questionId: string): boolean {
  return state.answers[questionId] === undefined && state.skipped?.includes(questionId) === true;
}

/**
 * Go to a step by its index (a whole number), as a saved step or an address asks: never past the
 * first step that still needs an answer, so a resumed quiz never shows a later question before an
 * earlier one. Past every step is done.
 * @example goTo(state, Number.POSITIVE_INFINITY) // as far as the answers go
 */
export function goTo(state: QuizSteps, at: number): QuizSteps {
  // `|| 0`: a step read from an address or storage may be NaN.
  const to = Math.min(Math.max(at, 0) || 0, furthest(state));
  return { ...state, at: to };
}
