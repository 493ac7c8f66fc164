import type { z } from 'zod';
import english from 'zod/v4/locales/en.js';
import type { Language } from './languages.ts';

/** How Zod words the issues it raises itself, in one language: one of Zod's locales. */
export type IssueWords = z.core.$ZodErrorMap;

/** A validation issue as Zod reports it, without the input (Zod leaves that out). */
export type ReportedIssue = z.core.$ZodIssue;

const inEnglish = english().localeError;

/** How Zod words its own issues in English: what it says by default. */
export const ENGLISH_ISSUE_WORDS: IssueWords = inEnglish;

// Zod's own locale per language, each a dynamic import, loaded only for a language in use.
const LOADERS: Readonly<
  Record<Exclude<Language, 'en'>, () => Promise<{ default: () => { localeError: IssueWords } }>>
> = {
  es: () => import('zod/v4/locales/es.js'),
  de: () => import('zod/v4/locales/de.js'),
  fr: () => import('zod/v4/locales/fr.js'),
  ja: () => import('zod/v4/locales/ja.js'),
  zh: () => import('zod/v4/locales/zh-CN.js'),
  ar: () => import('zod/v4/locales/ar.js'),
};

/**
 * How Zod words its own issues in `language` (Zod's locale for it).
 * @example const words = await loadIssueWords('de')
 */
export async function loadIssueWords(language: Language): Promise<IssueWords> {
  if (language === 'en') return inEnglish;
  return (await LOADERS[language]()).default().localeError;
}

/** The value at `path` inside `input`, or undefined where the path leads nowhere. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const textOf = (worded: ReturnType<IssueWords>): string | undefined =>
  typeof worded === 'string' ? worded : (worded?.message ?? undefined);

/**
 * An issue's message in another language. Zod's own English message (what it says when a schema
 * gives none) is worded again by `words`, from the issue and the part of `input` it is about;
 * a message of ours (`ours` knows its English text) comes from our catalogue; anything else is
 * kept as it is.
 * @example issueMessage(issue, body, await loadIssueWords('fr'), (text) => sameIn(text))
 */
export function issueMessage(
  issue: ReportedIssue,
  input: unknown,
  words: IssueWords,
  ours: (english: string) => string | undefined = () => undefined,
): string {
  const mine = ours(issue.message);
  if (mine !== undefined) return mine;
  if (words === inEnglish) return issue.message;
  // Zod leaves the input out of the issues it reports; its locales need it (for "received …").
  const raw = {
    ...issue,
    input: valueAt(input, issue.path),
  } as unknown as Parameters<IssueWords>[0];
  if (textOf(inEnglish(raw)) !== issue.message) return issue.message;
  return textOf(words(raw)) ?? issue.message;
}

/**
 * Look our own messages up by their English text: `english` and `other` are two catalogues of
 * the same ids (or the same part of them), so a message a schema took from English is found in
 * the other language.
 * @example const ours = ourMessages(en, de); ours(en['portfolio.oneOf']) // de['portfolio.oneOf']
 */
export function ourMessages(
  english: Readonly<Record<string, unknown>>,
  other: Readonly<Record<string, unknown>>,
): (english: string) => string | undefined {
  const byText = new Map<string, string>();
  for (const [id, text] of Object.entries(english)) {
    const there = other[id];
    if (typeof text === 'string' && typeof there === 'string') byText.set(text, there);
  }
  return (text) => byText.get(text);
}
