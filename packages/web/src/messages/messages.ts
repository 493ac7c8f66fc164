import { en, type Messages } from './en.ts';
import { DIRECTION, LANGUAGE } from './language.ts';

// One dynamic import per language, so a page fetches only the catalogue it speaks.
const LOADERS: Record<string, () => Promise<Messages>> = {
  es: async () => (await import('./es.ts')).es,
  de: async () => (await import('./de.ts')).de,
  fr: async () => (await import('./fr.ts')).fr,
  ja: async () => (await import('./ja.ts')).ja,
  zh: async () => (await import('./zh.ts')).zh,
  ar: async () => (await import('./ar.ts')).ar,
};

// Loaded before any module that imports this one runs (top-level await), so `messages()` is
// ready when components read it.
const active: Messages = LANGUAGE === 'en' ? en : await (LOADERS[LANGUAGE] ?? (async () => en))();

/** The page's text id for its tab title and description, as the HTML names them. */
function applyToDocument(t: Messages) {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = LANGUAGE;
  root.dir = DIRECTION;
  const text = t as unknown as Record<string, unknown>;
  const titleId = root.dataset.title;
  const title = titleId ? text[titleId] : undefined;
  if (typeof title === 'string')
    document.title = root.dataset.titleForm === 'plain' ? title : t['page.title'](title);
  const descriptionId = root.dataset.description;
  const description = descriptionId ? text[descriptionId] : undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (meta && typeof description === 'string') meta.content = description;
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t['page.skip'];
}
applyToDocument(active);

/**
 * The web app's text for this page, in the page's language (`language.ts`). Every component
 * takes its text from here, never from a language's catalogue directly.
 * @example const t = messages(); h('button', null, t['quiz.next'])
 */
export function messages(): Messages {
  return active;
}
