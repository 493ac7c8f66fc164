/** The languages rolefit speaks, by BCP 47 primary tag. English is the default and the fallback. */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'ja', 'zh', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, as a language switch lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
  zh: '简体中文',
  ar: 'العربية',
};

/** The languages written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar']);

/** Which way a language is written, as HTML's `dir` says it. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** Whether `tag` is one of rolefit's language codes exactly. */
export function isLanguage(tag: unknown): tag is Language {
  return typeof tag === 'string' && (LANGUAGES as readonly string[]).includes(tag);
}

/** The language one tag asks for (`de-AT` → `de`, `zh-Hans-CN` → `zh`), or null if none fits. */
function languageOf(tag: string): Language | null {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0]?.toLowerCase() ?? '';
  } catch {
    return null;
  }
  const primary = canonical.split('-')[0];
  return isLanguage(primary) ? primary : null;
}

/**
 * The tags of an `Accept-Language` header, most wanted first (ties keep their order; `q=0` and
 * `*` are dropped).
 * @example acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8') // ['fr-CH', 'fr', 'en']
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag !== '' && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}

/**
 * The language to speak for what was asked: the first tag (in order) whose language rolefit
 * has, else English. Regional and script tags fall back to their language, as a lookup by
 * truncation does (`de-AT` → `de`, `zh-CN` → `zh`; `zh-TW` too gets the Simplified Chinese we
 * have); a language we don't have (`pt`) falls through to the next tag.
 * @example resolveLanguage(['pt-BR', 'es-MX']) // 'es'
 */
export function resolveLanguage(asked: string | readonly string[] | null | undefined): Language {
  return matchLanguage(asked) ?? 'en';
}

/**
 * Like `resolveLanguage`, but null when no tag asks for a language rolefit has, so a caller can
 * tell "asked for English" from "asked for one we don't have" (an explicit `--lang pt` is a
 * mistake to point out; an environment locale of `pt` just gets English).
 * @example matchLanguage('pt-BR') // null
 */
export function matchLanguage(
  asked: string | readonly string[] | null | undefined,
): Language | null {
  const tags = typeof asked === 'string' ? [asked] : (asked ?? []);
  for (const tag of tags) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return null;
}

/**
 * The file of a built HTML page in `language`, beside the English one: `framework.html` →
 * `framework.de.html`, `teams/join.html` → `teams/join.de.html`. The web build writes these and
 * the server picks one for a request, so both take the name from here.
 * @example pageIn('teams/join.html', 'de') // 'teams/join.de.html'
 */
export function pageIn(fileName: string, language: Language): string {
  return language === 'en' ? fileName : fileName.replace(/\.html$/, `.${language}.html`);
}
