import type { Plugin } from 'vite';
// Core's source by path, not `@rolefit/core`: Vite bundles its config with plain Node resolution,
// which finds core's build (dist/, absent on a fresh clone) rather than the `@rolefit/source`
// condition the app build resolves.
import { DEFAULT_QUIZ } from '../core/src/default-quiz.ts';
import { directionOf, LANGUAGES, type Language, pageIn } from '../core/src/languages.ts';
import type { Messages } from './src/messages/en.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Tags a page's message may carry into its HTML (the no-JS notes), once the text is escaped.
const ALLOWED_TAG = /&lt;(\/?)(code|kbd|strong)&gt;/g;

/** The text of one page placeholder: `{{id}}`, or `{{title id}}` for a tab title. */
function placeholderText(t: Messages, expression: string): string {
  const [first = '', second] = expression.trim().split(/\s+/);
  const id = second === undefined ? first : second;
  const value =
    id === 'page.description'
      ? t['page.description'](DEFAULT_QUIZ.questions.length)
      : (t as Record<string, unknown>)[id];
  if (typeof value !== 'string') throw new Error(`no page text "${id}" in the web catalogue`);
  if (second === undefined) return value;
  if (first !== 'title') throw new Error(`unknown page text form "${first}"`);
  return t['page.title'](value);
}

/** A page's `<html lang>` (and `dir`, for a language written right to left) in `language`. */
const inLanguage = (html: string, language: Language) =>
  html.replace(
    /<html lang="en"/,
    `<html lang="${language}"${directionOf(language) === 'rtl' ? ' dir="rtl"' : ''}`,
  );

/** A page with its `{{id}}` placeholders filled from `t`, in `language`. */
function filled(html: string, t: Messages, language: Language): string {
  const text = html.replace(/\{\{([^}]+)\}\}/g, (_, expression: string) =>
    escapeHtml(placeholderText(t, expression)).replace(ALLOWED_TAG, '<$1$2>'),
  );
  return inLanguage(text, language);
}

/**
 * Fill each HTML page's `{{id}}` placeholders from the web catalogues, so a page carries its
 * text (tab title, description, the no-JS notes) before any script runs, and without JavaScript.
 * The dev server fills English; a build writes every page once per language (core's `pageIn`), with
 * `<html lang dir>` set, and the server answers a request with the page in its language.
 * @example plugins: [htmlMessages({ en, es, de, fr, ja, zh, ar })]
 */
export function htmlMessages(catalogues: Readonly<Record<Language, Messages>>): Plugin {
  let building = false;
  return {
    name: 'rolefit-html-messages',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      // A build keeps the placeholders until the pages are written, then fills each language.
      handler: (html) => (building ? html : filled(html, catalogues.en, 'en')),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
        );
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const template = String(page.source);
          page.source = filled(template, catalogues.en, 'en');
          for (const language of LANGUAGES) {
            if (language === 'en') continue;
            this.emitFile({
              type: 'asset',
              fileName: pageIn(page.fileName, language),
              source: filled(template, catalogues[language], language),
            });
          }
        }
      },
    },
  };
}
