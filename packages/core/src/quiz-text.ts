import type { Quiz } from './quiz-schema.ts';

/**
 * A quiz's words in one language, keyed by id: `title`, `intro`, and for every question (scored
 * or context) `<questionId>.prompt`, `<questionId>.help` where it has one, and
 * `<questionId>.option.<optionId>`. Ids, weights and columns are the quiz's own and never
 * translated, so answers and share codes mean the same in every language.
 */
export type QuizText = Readonly<Record<string, string>>;

/**
 * The words of `quiz`, as a `QuizText`: the English quiz's own text is the English catalogue,
 * and the list of keys every other language must give.
 * @example quizTextOf(DEFAULT_QUIZ)['output.option.paper'] // 'A paper, a new method or a new benchmark'
 */
export function quizTextOf(quiz: Quiz): Record<string, string> {
  const text: Record<string, string> = { title: quiz.title, intro: quiz.intro };
  for (const q of [...quiz.questions, ...quiz.context]) {
    text[`${q.id}.prompt`] = q.prompt;
    if (q.help !== undefined) text[`${q.id}.help`] = q.help;
    for (const o of q.options) text[`${q.id}.option.${o.id}`] = o.label;
  }
  return text;
}

/**
 * `quiz` in the words of `text`, marked with `locale`: the same ids, weights and columns. A key
 * the text lacks keeps the quiz's own words (a test keeps every catalogue complete).
 * @example localizeQuiz(DEFAULT_QUIZ, quizTextDe, 'de').questions[0].prompt
 */
export function localizeQuiz(quiz: Quiz, text: QuizText, locale: string): Quiz {
  const say = (key: string, own: string) => text[key] ?? own;
  const words = <Q extends Quiz['questions'][number] | Quiz['context'][number]>(q: Q): Q => ({
    ...q,
    prompt: say(`${q.id}.prompt`, q.prompt),
    ...(q.help === undefined ? {} : { help: say(`${q.id}.help`, q.help) }),
    options: q.options.map((o) => ({ ...o, label: say(`${q.id}.option.${o.id}`, o.label) })),
  });
  return {
    ...quiz,
    locale,
    title: say('title', quiz.title),
    intro: say('intro', quiz.intro),
    questions: quiz.questions.map(words),
    context: quiz.context.map(words),
  };
}
