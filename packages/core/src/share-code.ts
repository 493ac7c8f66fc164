import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok, type Problem } from './outcome.ts';
import type { Answers, Quiz } from './quiz-schema.ts';

// One character per answer: the option's index in base 36 (0–9, a–z), or NONE.
const NONE = '_';

/**
 * A short, URL-safe code for a set of answers, so a result can be shared with no server state:
 * the quiz version, then one character per question (the option's index).
 * @example encodeAnswers(DEFAULT_QUIZ, answers) // '1-02413.1_'
 */
export function encodeAnswers(quiz: Quiz, answers: Answers): string {
  const code = (q: { id: string; options: { id: string }[] }) => {
    const index = q.options.findIndex((o) => o.id === answers[q.id]);
    return index < 0 || index > 35 ? NONE : index.toString(36);
  };
  const scored = quiz.questions.map(code).join('');
  const context = quiz.context.map(code).join('').replace(/_+$/, '');
  return `${quiz.version}-${scored}${context ? `.${context}` : ''}`;
}

/**
 * Read a code made by `encodeAnswers` back into answers; a code for another quiz version is
 * refused, with a message in the words of `messages` (English by default).
 */
export function decodeAnswers(
  quiz: Quiz,
  code: string,
  messages: Messages = en,
): Outcome<Answers, Problem> {
  const match = /^(\d+)-([0-9a-z_]+)(?:\.([0-9a-z_]*))?$/.exec(code.trim());
  if (!match) {
    return fail({
      code: 'invalid_share_code',
      message: messages['shareCode.damaged'],
    });
  }
  const [, version, scored = '', context = ''] = match;
  if (Number(version) !== quiz.version) {
    return fail({
      code: 'quiz_version_mismatch',
      message: messages['shareCode.otherVersion'](version ?? '', quiz.version),
    });
  }
  if (scored.length !== quiz.questions.length || context.length > quiz.context.length) {
    return fail({
      code: 'invalid_share_code',
      message: messages['shareCode.answerCount'],
    });
  }
  const answers: Answers = {};
  const read = (qs: readonly { id: string; options: { id: string }[] }[], chars: string) => {
    for (const [i, q] of qs.entries()) {
      const ch = chars[i];
      if (ch === undefined || ch === NONE) continue;
      const option = q.options[Number.parseInt(ch, 36)];
      if (!option) return false;
      answers[q.id] = option.id;
    }
    return true;
  };
  if (!read(quiz.questions, scored) || !read(quiz.context, context)) {
    return fail({
      code: 'invalid_share_code',
      message: messages['shareCode.unknownAnswer'],
    });
  }
  return ok(answers);
}
