import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// Core's source by path, as in html-messages.ts: Vite bundles its config with plain Node
// resolution, which would find core's build rather than its source.
import { LANGUAGES, type Language } from '../core/src/languages.ts';
import { quizTextAr } from '../core/src/messages/quiz-ar.ts';
import { quizTextDe } from '../core/src/messages/quiz-de.ts';
import { quizTextEs } from '../core/src/messages/quiz-es.ts';
import { quizTextFr } from '../core/src/messages/quiz-fr.ts';
import { quizTextJa } from '../core/src/messages/quiz-ja.ts';
import { quizTextZh } from '../core/src/messages/quiz-zh.ts';
import { localizeQuiz, type QuizText } from '../core/src/quiz-text.ts';
import { SCORED_QUIZ } from '../core/src/scored-quiz.ts';

/** Every language but English, whose words are inside embed.js itself. */
export const WIDGET_LANGUAGES = LANGUAGES.filter((l) => l !== 'en') as Exclude<Language, 'en'>[];

const QUIZ_TEXTS: Record<(typeof WIDGET_LANGUAGES)[number], QuizText> = {
  es: quizTextEs,
  de: quizTextDe,
  fr: quizTextFr,
  ja: quizTextJa,
  zh: quizTextZh,
  ar: quizTextAr,
};

const PREFIX = 'virtual:rolefit-widget-language/';
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const capital = (language: string) => language[0]?.toUpperCase() + language.slice(1);

/**
 * A value as JavaScript source, with plain identifiers for keys where they can be, so the embed
 * build shortens the same property names here as in embed.js (MANGLED_PROPS, quoted keys stay).
 */
function toSource(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toSource).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${toSource(v)}`,
    );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Two modules per language for the widget, data only (nothing shared with embed.js, so each
 * builds to one file of its own): `virtual:rolefit-widget-language/<lang>`, the widget's text and
 * the five scored questions, and `…/<lang>-framework`, core's framework text that goes into a
 * result. Two, so each stays within the 4 KB a chunk may weigh; the widget loads both at once.
 * The quiz is put into its words here, at build time, so embed.js needs no code for it.
 */
export function widgetLanguages(): Plugin {
  return {
    name: 'rolefit-widget-languages',
    // Lib entries may arrive as paths under the root: match the marker wherever it stands.
    resolveId: (id) => {
      const at = id.indexOf(PREFIX);
      return at < 0 ? null : `\0${id.slice(at)}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [language, part] = id.slice(PREFIX.length + 1).split('-') as [
        (typeof WIDGET_LANGUAGES)[number],
        string | undefined,
      ];
      if (part === 'framework') {
        const file = JSON.stringify(path(`../core/src/messages/framework-${language}.ts`));
        return `export { framework${capital(language)} as default } from ${file};`;
      }
      const quiz = localizeQuiz(SCORED_QUIZ, QUIZ_TEXTS[language], language);
      const file = JSON.stringify(path(`./src/widget/messages/${language}.ts`));
      // The one chunk embed.js asks for; it fetches the framework text beside it itself.
      return [
        `import { ${language} as text } from ${file};`,
        `export default import(${JSON.stringify(`${PREFIX}${language}-framework`)}).then((f) => ({ text, framework: f.default, quiz: ${toSource(quiz)} }));`,
      ].join('\n');
    },
  };
}

/** The lib entries for the languages: `embed/<lang>.js` and `embed/<lang>-framework.js`. */
export const widgetLanguageEntries = Object.fromEntries(
  WIDGET_LANGUAGES.flatMap((language) => [
    [`embed/${language}`, `${PREFIX}${language}`],
    [`embed/${language}-framework`, `${PREFIX}${language}-framework`],
  ]),
);
