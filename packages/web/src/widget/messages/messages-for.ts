import { en, type Messages } from './en.ts';

/**
 * The one place the widget takes its text from: the messages for a `lang` attribute. Only
 * English exists so far, so every `lang` gets English; other languages will load here.
 * @example messagesFor('fr') === en // until a French catalogue exists
 */
export function messagesFor(_lang: string | null): Messages {
  return en;
}
