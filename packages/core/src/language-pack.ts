import { DEFAULT_QUIZ } from './default-quiz.ts';
import { directionOf, type Language } from './languages.ts';
import { en, type Messages } from './messages/en.ts';
import type { Quiz } from './quiz-schema.ts';
import { localizeQuiz, type QuizText } from './quiz-text.ts';

/** Everything core says in one language: its catalogue, and the quiz in its words. */
export type LanguagePack = {
  language: Language;
  /** Which way the language is written, as HTML's `dir` says it. */
  dir: 'ltr' | 'rtl';
  messages: Messages;
  quiz: Quiz;
};

type Texts = Promise<readonly [Messages, QuizText]>;

// One loader per language, each a dynamic import, so a bundle (the web app) carries only the
// languages it loads. Adding a language: its files in messages/, and a line here.
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Texts>> = {
  es: async () => [
    (await import('./messages/es.ts')).es,
    (await import('./messages/quiz-es.ts')).quizTextEs,
  ],
  de: async () => [
    (await import('./messages/de.ts')).de,
    (await import('./messages/quiz-de.ts')).quizTextDe,
  ],
  fr: async () => [
    (await import('./messages/fr.ts')).fr,
    (await import('./messages/quiz-fr.ts')).quizTextFr,
  ],
  ja: async () => [
    (await import('./messages/ja.ts')).ja,
    (await import('./messages/quiz-ja.ts')).quizTextJa,
  ],
  zh: async () => [
    (await import('./messages/zh.ts')).zh,
    (await import('./messages/quiz-zh.ts')).quizTextZh,
  ],
  ar: async () => [
    (await import('./messages/ar.ts')).ar,
    (await import('./messages/quiz-ar.ts')).quizTextAr,
  ],
};

/**
 * Core's text and `quiz` (the default quiz unless given) in `language`. Ids, weights and
 * columns never change with the language, so answers and share codes mean the same in all.
 * @example const { messages, quiz } = await loadLanguage('de'); score(quiz, answers, messages)
 */
export async function loadLanguage(
  language: Language,
  quiz: Quiz = DEFAULT_QUIZ,
): Promise<LanguagePack> {
  const [messages, text] = language === 'en' ? ([en, null] as const) : await LOADERS[language]();
  return {
    language,
    dir: directionOf(language),
    messages,
    quiz: text ? localizeQuiz(quiz, text, language) : quiz,
  };
}
