import {
  type Analysis,
  type Evidence,
  rewriteText,
  type Suggestion,
  uniqueSuggestions,
} from '@rolefit/core';
import { copyText } from '../app/copy-text.ts';
import { LANGUAGE } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';

const t = messages();

// Both sides are English: the text as written and the words core suggests to put back into it.
// On a page in another language they say so, and keep their own direction inside its sentence.
const english = (className: string, text: string) =>
  LANGUAGE === 'en'
    ? h('span', { class: className }, text)
    : h('span', { class: className, lang: 'en', dir: 'ltr' }, text);

/** "Instead of “…” write “…”", one line per rewrite of `text`. */
export function suggestionList(text: string, suggestions: readonly Suggestion[]): HTMLElement {
  return h(
    'ul',
    { class: 'suggestions' },
    suggestions.map((s) =>
      h(
        'li',
        { class: 'suggestion', 'data-start': s.start, 'data-end': s.end },
        richText(t['analyze.suggestions.item'], {
          from: () => english('suggestion-from', text.slice(s.start, s.end)),
          to: () => english('suggestion-to', s.text),
        }),
      ),
    ),
  );
}

/**
 * A button that copies `text` with every suggestion of `evidence` applied (core's
 * `rewriteText`), and a live region that says whether the copy worked.
 */
export function rewriteCopy(label: string, text: string, evidence: readonly Evidence[]) {
  const status = h('p', { class: 'action-status', role: 'status' });
  return h(
    'div',
    { class: 'rewrite-copy' },
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        onclick: async () => {
          const copied = await copyText(rewriteText(text, evidence));
          status.classList.toggle('failed', !copied);
          status.textContent = copied
            ? t['analyze.suggestions.copied']
            : t['analyze.suggestions.copyFailed'];
        },
      },
      label,
    ),
    status,
  );
}

/**
 * The rewrites for the phrases that grade another column than the role's, and a button that
 * copies the whole text with them applied; null when there are none.
 */
export function analysisSuggestions(text: string, a: Analysis): HTMLElement | null {
  const suggestions = uniqueSuggestions(a.evidence);
  if (suggestions.length === 0) return null;
  return h(
    'section',
    {
      class: 'card analysis-suggestions',
      'aria-labelledby': 'analysis-suggestions',
      'data-testid': 'analysis-suggestions',
    },
    h('h2', { id: 'analysis-suggestions' }, t['analyze.suggestions.heading']),
    h('p', { class: 'note' }, t['analyze.suggestions.lead'](suggestions.length)),
    suggestionList(text, suggestions),
    rewriteCopy(t['analyze.suggestions.copy'], text, a.evidence),
  );
}
