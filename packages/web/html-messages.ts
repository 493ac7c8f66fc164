import type { Plugin } from 'vite';
// Core's source by path, not `@rolefit/core`: Vite bundles its config with plain Node resolution,
// which finds core's build (dist/, absent on a fresh clone) rather than the `@rolefit/source`
// condition the app build resolves.
import { DEFAULT_QUIZ } from '../core/src/default-quiz.ts';
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

/**
 * Fill each HTML page's `{{id}}` placeholders from the web catalogue at build time (and in the dev
 * server), so the pages carry the right text before any script runs, and without JavaScript.
 * @example plugins: [htmlMessages(messages())]
 */
export function htmlMessages(t: Messages): Plugin {
  return {
    name: 'rolefit-html-messages',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/\{\{([^}]+)\}\}/g, (_, expression: string) =>
          escapeHtml(placeholderText(t, expression)).replace(ALLOWED_TAG, '<$1$2>'),
        ),
    },
  };
}
