import '../app/styles/app.css';
import './rubric.css';
import { type Rubric, rubric } from '@rolefit/core';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { CORE_TEXT, REGIMES } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { rubricActions } from './rubric-actions.ts';
import {
  type RubricChoice,
  recommendedFor,
  rubricChoiceFrom,
  rubricSearch,
} from './rubric-choice.ts';
import { roleChoiceName, rubricForm } from './rubric-form.ts';
import { rubricView } from './rubric-view.ts';

const t = messages();
const main = mountSiteChrome(null);

/** The rubric for a choice; a choice the page built always passes core's checks. */
function rubricFor(choice: RubricChoice): Rubric {
  const made = rubric(choice, CORE_TEXT);
  if (!made.ok) throw new Error(`rubric refused the page's own choice: ${made.error.message}`);
  return made.value;
}

const ASKED = ['role', 'regime', 'levels'];
let choice = rubricChoiceFrom(location.search);
let current = rubricFor(choice);
// The regime the link recommends for the role the page opened with (a result's own advice).
const opened = choice.role;
const linked = recommendedFor(location.search, opened);
const recommendedOf = (c: RubricChoice) => (c.role === opened ? linked : undefined);

const eyebrow = h('p', { class: 'eyebrow' });
const title = h('h1', { id: 'rubric-title' });
const body = h('div', { class: 'rubric-document' });
const status = h('p', { class: 'visually-hidden', role: 'status' });

/** Show the current rubric, and say in the tab which one it is. */
function show(announce: boolean) {
  eyebrow.textContent = t['rubric.eyebrow'](current.levels, REGIMES[current.regime].name);
  title.textContent = current.title;
  body.replaceChildren(rubricView(current));
  document.title = t['page.title'](t['rubric.tabTitle'](roleChoiceName(choice.role)));
  if (announce) status.textContent = t['rubric.updated'](current.title, current.levels);
}

function choose(next: RubricChoice) {
  choice = next;
  current = rubricFor(choice);
  // Replaced, not pushed: the link always says what is on show, without a history entry per click.
  history.replaceState(
    null,
    '',
    `${location.pathname}${rubricSearch(location.search, choice, recommendedOf(choice))}`,
  );
  show(true);
}

// A link that asked for something the rubric doesn't know shows what is on show instead.
const params = new URLSearchParams(location.search);
if (ASKED.some((name) => params.has(name)))
  history.replaceState(
    null,
    '',
    `${location.pathname}${rubricSearch(location.search, choice, recommendedOf(choice))}`,
  );

show(false);
main.replaceChildren(
  h(
    'div',
    { class: 'wrap rubric-page' },
    h(
      'section',
      { class: 'hero rubric-hero', 'aria-labelledby': 'rubric-title' },
      eyebrow,
      title,
      h('p', { class: 'lead no-print' }, t['rubric.lead']),
      h(
        'p',
        { class: 'check-link no-print' },
        richText(t['rubric.checkLink'], {
          a: (text) => h('a', { href: withLanguage('/check') }, text),
        }),
      ),
    ),
    rubricForm(choice, choose, linked),
    rubricActions(() => current),
    status,
    body,
  ),
);
