import {
  acceptedLanguages,
  type Messages as CoreMessages,
  en as coreEn,
  directionOf,
  ENGLISH_ISSUE_WORDS,
  type IssueWords,
  type Language,
  type LanguagePack,
  loadIssueWords,
  loadLanguage,
  ourMessages,
  type Quiz,
  resolveLanguage,
} from '@rolefit/core';
import type { Context, MiddlewareHandler } from 'hono';
import { en, type Messages } from './messages/en.ts';
import type { Logger } from './request-log.ts';

/**
 * Everything the server says in one language: core's pack (catalogue and quiz), its own
 * catalogue, and how to word a validation issue: Zod's own issues (`words`, Zod's locale) and
 * our schemas' messages (`ours`, found by their English text in either catalogue).
 */
export type Speech = LanguagePack & {
  server: Messages;
  words: IssueWords;
  ours: (english: string) => string | undefined;
};

/** Our schemas' messages in a language: the `request.*` texts of core's and the server's catalogues. */
const oursIn = (core: CoreMessages, server: Messages) => {
  const inCore = ourMessages(coreEn, core);
  const inServer = ourMessages(en, server);
  return (english: string) => inCore(english) ?? inServer(english);
};

/** The language of one request, as `chooseLanguage` found it. */
export type RequestLanguage = {
  speech: Speech;
  /** Chosen by `?lang=`: the answer then does not depend on `Accept-Language`. */
  byQuery: boolean;
};

declare module 'hono' {
  interface ContextVariableMap {
    language: RequestLanguage;
  }
}

// The server's catalogue per language, each a dynamic import, loaded once per language.
const SERVER_LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  es: async () => (await import('./messages/es.ts')).es,
  de: async () => (await import('./messages/de.ts')).de,
  fr: async () => (await import('./messages/fr.ts')).fr,
  ja: async () => (await import('./messages/ja.ts')).ja,
  zh: async () => (await import('./messages/zh.ts')).zh,
  ar: async () => (await import('./messages/ar.ts')).ar,
};

/**
 * The language a request asks for: `?lang=` when given (any BCP 47 tag, resolved as core
 * resolves it, so `de-AT` is German and `pt` English), else the best of `Accept-Language` that
 * rolefit speaks, else English.
 * @example languageAsked(c) // { language: 'de', byQuery: true } for ?lang=de-AT
 */
export function languageAsked(c: Context): { language: Language; byQuery: boolean } {
  const lang = c.req.query('lang');
  if (lang !== undefined && lang.trim() !== '')
    return { language: resolveLanguage(lang), byQuery: true };
  return {
    language: resolveLanguage(acceptedLanguages(c.req.header('accept-language'))),
    byQuery: false,
  };
}

/** English, which needs nothing loaded: core's and the server's catalogues, and `quiz` as it is. */
const englishFor = (quiz: Quiz): Speech => ({
  language: 'en',
  dir: directionOf('en'),
  messages: coreEn,
  quiz,
  server: en,
  words: ENGLISH_ISSUE_WORDS,
  ours: () => undefined,
});

/** The packs of one app, loaded on first use and kept, one promise per language. */
export type LanguagePacks = {
  english: Speech;
  get(language: Language): Promise<Speech>;
};

/** The language packs for `quiz` (the app's quiz: localized with the same ids and weights). */
export function languagePacks(quiz: Quiz): LanguagePacks {
  const english = englishFor(quiz);
  const packs = new Map<Language, Promise<Speech>>([['en', Promise.resolve(english)]]);
  return {
    english,
    get(language) {
      let pack = packs.get(language);
      if (pack) return pack;
      const loadServer = language === 'en' ? async () => en : SERVER_LOADERS[language];
      pack = Promise.all([
        loadLanguage(language, quiz),
        loadServer(),
        loadIssueWords(language),
      ]).then(([core, server, words]) => ({
        ...core,
        server,
        words,
        ours: oursIn(core.messages, server),
      }));
      // A failed load is not kept: the next request tries again.
      pack.catch(() => packs.delete(language));
      packs.set(language, pack);
      return pack;
    },
  };
}

/**
 * Choose each request's language (see `languageAsked`) and load its pack, for the routes and
 * for every error answer; a language that fails to load is answered in English (and logged).
 * Error answers say which language their message is in. App-wide, ahead of everything that can
 * refuse a request.
 */
export function chooseLanguage(packs: LanguagePacks, log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const { language, byQuery } = languageAsked(c);
    let speech: Speech;
    try {
      speech = await packs.get(language);
    } catch (error) {
      log({ level: 'error', msg: 'language pack failed to load', language, error: String(error) });
      speech = packs.english;
    }
    c.set('language', { speech, byQuery });
    await next();
    if (c.res.status >= 400) sayLanguage(c);
  };
}

/** The request's pack for the app's `quiz`; English when `chooseLanguage` has not run. */
export function speechOf(c: Context, quiz: Quiz): Speech {
  return c.get('language')?.speech ?? englishFor(quiz);
}

/** Core's catalogue (advice, findings) in the request's language; English when `chooseLanguage` has not run. */
export function coreMessagesOf(c: Context): CoreMessages {
  return c.get('language')?.speech.messages ?? coreEn;
}

/** The server's catalogue in the request's language; English when `chooseLanguage` has not run. */
export function messagesOf(c: Context): Messages {
  return c.get('language')?.speech.server ?? en;
}

/**
 * Mark the answer as being in the request's language: `Content-Language`, and
 * `Vary: Accept-Language` unless `?lang=` chose it (then the address alone decides). An answer
 * that already names its own language is left as it is.
 */
export function sayLanguage(c: Context): void {
  const chosen = c.get('language');
  if (!chosen || c.res.headers.has('Content-Language')) return;
  // On an answer already made, onto its own headers: c.header would remake the Response, and
  // on Node that copy loses the headers set before (the CSP among them).
  const set = (name: string, value: string, append = false) => {
    if (!c.finalized) c.header(name, value, { append });
    else if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  };
  set('Content-Language', chosen.speech.language);
  if (chosen.byQuery) return;
  const listed = (c.res.headers.get('Vary') ?? '').split(',').map((v) => v.trim().toLowerCase());
  if (!listed.includes('accept-language') && !listed.includes('*'))
    set('Vary', 'Accept-Language', true);
}

/**
 * The route rule of a route whose answer is in the request's language (the quiz, a result):
 * it says so in the answer's headers. Error answers say so on every route.
 */
export const inLanguage: MiddlewareHandler = async (c, next) => {
  await next();
  sayLanguage(c);
};
