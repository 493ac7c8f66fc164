import { directionOf, type Language, resolveLanguage } from '@rolefit/core';

/**
 * The language this page speaks: `?lang=` when the URL has it (any BCP 47 tag, resolved to one
 * rolefit speaks), else the browser's preferred languages, else English. Nothing is stored: a
 * link carries its language in `?lang=`, so a shared link keeps it.
 * @example pageLanguage() // 'de' on /result?a=…&lang=de-AT
 */
export function pageLanguage(): Language {
  if (typeof location === 'undefined') return 'en';
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked !== null && asked.trim() !== '') return resolveLanguage(asked);
  return resolveLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** The language chosen once, when the page loads. */
export const LANGUAGE: Language = pageLanguage();

/** Which way the page's language is written. */
export const DIRECTION = directionOf(LANGUAGE);

/** Whether the URL asked for a language, so the links the app builds should carry it on. */
const askedInUrl = (): boolean =>
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('lang');

/**
 * An internal link that keeps the page's language: `?lang=xx` added to `href` (a path, with or
 * without its own query and hash) when the page's URL carries one. Links stay as they are
 * otherwise, so the browser's language keeps choosing.
 * @example withLanguage('/result?a=abc') // '/result?a=abc&lang=de' on a ?lang=de page
 */
export function withLanguage(href: string, language: Language | null = null): string {
  const lang = language ?? (askedInUrl() ? LANGUAGE : null);
  if (lang === null) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = rest.indexOf('?');
  const path = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  params.set('lang', lang);
  return `${path}?${params.toString()}${hash}`;
}
