import {
  type Messages as CoreMessages,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  loadLanguage,
  matchLanguage,
  type Quiz,
  resolveLanguage,
} from '@rolefit/core';
import { en, type Messages } from './messages/en.ts';

/**
 * Everything a command says things with, in one language: the command line's own catalogue
 * (`t`), core's (`m`: role, work and regime names, advice, errors from scoring) and the quiz in
 * that language (the same ids and weights as the English one).
 */
export type Speech = {
  language: Language;
  t: Messages;
  m: CoreMessages;
  quiz: Quiz;
};

/**
 * The locale the environment asks for, as POSIX ranks it for messages: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, the first that is set and not empty.
 * @example environmentLocale({ LANG: 'de_DE.UTF-8' }) // 'de_DE.UTF-8'
 */
export function environmentLocale(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * A POSIX locale name as a BCP 47 tag: the `.encoding` and `@modifier` go, `_` becomes `-`;
 * `C` and `POSIX` (the portable locale) are English. A tag already in BCP 47 form stays as it is.
 * @example localeTag('de_DE.UTF-8') // 'de-DE'
 */
export function localeTag(locale: string): string {
  const bare = locale.trim().replace(/[.@].*$/, '');
  if (bare === 'C' || bare === 'POSIX') return 'en';
  return bare.replaceAll('_', '-');
}

/** The language the environment's locale asks for; English for none, `C`, or one we don't have. */
export function environmentLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = environmentLocale(env);
  return locale === undefined ? 'en' : resolveLanguage(localeTag(locale));
}

/**
 * The language an explicit `--lang` asks for (`de`, `de-AT`, `de_DE.UTF-8`), or null when it is
 * one we don't have: unlike a locale from the environment, that is a mistake to point out.
 * @example explicitLanguage('pt-BR') // null
 */
export function explicitLanguage(value: string): Language | null {
  return matchLanguage(localeTag(value));
}

/**
 * Take the global `--lang <tag>` (or `--lang=<tag>`) out of the arguments, wherever it is before
 * a `--`. `lang` is the last one given, `''` for `--lang` without a value, `undefined` for none.
 * @example takeLangOption(['score', '--lang', 'de', 'a.json']) // { lang: 'de', rest: ['score', 'a.json'] }
 */
export function takeLangOption(argv: readonly string[]): {
  lang: string | undefined;
  rest: string[];
} {
  let lang: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (token.startsWith('--lang=')) {
      lang = token.slice('--lang='.length);
    } else if (token === '--lang') {
      const next = argv[i + 1];
      // An option after --lang is the next option, not its value.
      if (next === undefined || next.startsWith('-')) lang = '';
      else {
        lang = next;
        i++;
      }
    } else rest.push(token);
  }
  return { lang, rest };
}

/** The languages, as `--lang` takes them and an error lists them: "de (Deutsch)". */
export const LANGUAGE_CHOICES: readonly string[] = LANGUAGES.map(
  (language) => `${language} (${LANGUAGE_NAMES[language]})`,
);

// One loader per language, each a dynamic import, so a start in English (or in one language)
// reads no other catalogue: the bundle keeps each in a chunk of its own.
const CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  es: async () => (await import('./messages/es.ts')).es,
  de: async () => (await import('./messages/de.ts')).de,
  fr: async () => (await import('./messages/fr.ts')).fr,
  ja: async () => (await import('./messages/ja.ts')).ja,
  zh: async () => (await import('./messages/zh.ts')).zh,
  ar: async () => (await import('./messages/ar.ts')).ar,
};

/** The command line's catalogue in `language`. */
export function cliMessages(language: Language): Promise<Messages> {
  return language === 'en' ? Promise.resolve(en) : CATALOGUES[language]();
}

/**
 * Everything to speak `language` with: the command line's catalogue (`messages` when given, as
 * a test gives its own), core's, and `quiz` in that language, loaded together.
 * @example const { t, m, quiz } = await loadSpeech('ja', DEFAULT_QUIZ)
 */
export async function loadSpeech(
  language: Language,
  quiz: Quiz,
  messages?: Messages,
): Promise<Speech> {
  const [t, pack] = await Promise.all([
    messages ?? cliMessages(language),
    loadLanguage(language, quiz),
  ]);
  return { language, t, m: pack.messages, quiz: pack.quiz };
}
