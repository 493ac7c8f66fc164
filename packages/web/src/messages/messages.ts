import { en, type Messages } from './en.ts';

/**
 * The web app's text for this page. Every component takes its text from here, never from a
 * language's catalogue directly, so choosing the language (by `<html lang>`, next issue) is one
 * change in this function. Only English exists so far.
 * @example const t = messages(); h('button', null, t['quiz.next'])
 */
export function messages(): Messages {
  return en;
}
