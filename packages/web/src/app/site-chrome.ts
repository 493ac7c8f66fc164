import { LANGUAGE_NAMES, LANGUAGES } from '@rolefit/core';
import { ADVICE_NOTE } from '../messages/core-text.ts';
import { LANGUAGE, withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h, svg } from '../shared/h.ts';
import { outboxSender } from './outbox-sender.ts';

const t = messages();

/** A page in the main navigation. */
export type NavItem = { id: string; label: string; href: string };

/** The main navigation, in order. */
export const NAV: readonly NavItem[] = [
  { id: 'quiz', label: t['site.nav.quiz'], href: withLanguage('/') },
  { id: 'framework', label: t['site.nav.framework'], href: withLanguage('/framework') },
  { id: 'teams', label: t['site.nav.teams'], href: withLanguage('/teams') },
  { id: 'analyze', label: t['site.nav.analyze'], href: withLanguage('/analyze') },
];

/** This page's URL with `?lang=` set to `language`, every other part kept. */
export function urlInLanguage(language: string, from: string = location.href): string {
  const url = new URL(from);
  url.searchParams.set('lang', language);
  return url.toString();
}

/**
 * The language switch: a labelled `<select>` of each language in its own name. Choosing one
 * reloads this page with `?lang=` (other query parameters and the hash kept), so the whole page,
 * core's text included, comes in that language. A native select keeps it keyboard friendly.
 */
export function languageSwitch(): HTMLElement {
  const select = h(
    'select',
    {
      id: 'site-language',
      name: 'lang',
      onchange: (e: Event) => {
        const value = (e.currentTarget as HTMLSelectElement).value;
        if (value !== LANGUAGE) location.assign(urlInLanguage(value));
      },
    },
    LANGUAGES.map((l) =>
      h('option', { value: l, lang: l, selected: l === LANGUAGE }, LANGUAGE_NAMES[l]),
    ),
  );
  return h(
    'div',
    { class: 'language-switch' },
    h('label', { for: 'site-language' }, t['site.language']),
    select,
  );
}

/** The logo: the spectrum as a line with its three anchors. */
export function logoMark() {
  return svg(
    'svg',
    { class: 'logo-mark', viewBox: '0 0 32 16', width: 32, height: 16, 'aria-hidden': 'true' },
    svg('line', { x1: 3, y1: 8, x2: 29, y2: 8, stroke: 'currentColor', 'stroke-width': 2 }),
    svg('circle', { cx: 4, cy: 8, r: 3, class: 'logo-research' }),
    svg('circle', { cx: 16, cy: 8, r: 3, class: 'logo-rnd' }),
    svg('circle', { cx: 28, cy: 8, r: 3, class: 'logo-product' }),
  );
}

/**
 * Fill the page's header and footer, start sending any finished quiz still waiting, and return
 * the page's `<main>`.
 */
export function mountSiteChrome(active: string | null): HTMLElement {
  const header = document.getElementById('site-header');
  const footer = document.getElementById('site-footer');
  const main = document.getElementById('main');
  if (!header || !footer || !main)
    throw new Error('page is missing #site-header, #main or #site-footer');
  header.replaceChildren(
    h(
      'div',
      { class: 'wrap header-row' },
      h(
        'a',
        { class: 'brand', href: withLanguage('/') },
        logoMark(),
        h('span', null, t['site.brand']),
      ),
      h(
        'nav',
        { 'aria-label': t['site.nav.label'] },
        h(
          'ul',
          null,
          NAV.map((item) =>
            h(
              'li',
              null,
              h(
                'a',
                { href: item.href, 'aria-current': item.id === active ? 'page' : null },
                item.label,
              ),
            ),
          ),
        ),
      ),
      languageSwitch(),
    ),
  );
  footer.replaceChildren(
    h(
      'div',
      { class: 'wrap footer-row' },
      h('p', { class: 'advice-note' }, ADVICE_NOTE),
      h(
        'p',
        { class: 'footer-links' },
        richText(t['site.footer.links'], {
          a: (text) => h('a', { href: '/api/openapi.json' }, text),
        }),
      ),
    ),
  );
  outboxSender();
  return main;
}
