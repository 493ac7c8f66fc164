import type { FrameworkMessages } from '@rolefit/core/framework-en';
import { frameworkEn } from '@rolefit/core/framework-en';
import type { Quiz } from '@rolefit/core/quiz-schema';
import { SCORED_QUIZ } from '@rolefit/core/scored-quiz';
import { en, type Messages } from './messages/en.ts';

/** What the widget says in one language: its own text, core's framework text, the quiz. */
export type WidgetLanguage = { text: Messages; framework: FrameworkMessages; quiz: Quiz };

/** English, inside embed.js: the widget speaks it with no network at all. */
export const ENGLISH: WidgetLanguage = { text: en, framework: frameworkEn, quiz: SCORED_QUIZ };

/**
 * The language the widget speaks for a `lang` tag (its attribute, else the page's): the tag's
 * language when the widget has it in a chunk (`de-AT` → `de`, `zh-CN` → `zh`, as a lookup by
 * truncation goes), else English.
 * @example widgetLanguageOf('pt-BR') // 'en'
 */
export function widgetLanguageOf(tag: string): string {
  const language = tag.toLowerCase().split(/[-_]/)[0] as string;
  // The languages in chunks (widget-languages.ts builds them); one string, for bytes.
  return 'es de fr ja zh ar'.split(' ').includes(language) ? language : 'en';
}
