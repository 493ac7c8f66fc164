import '../app/styles/app.css';
import './analyze.css';
import { ANALYZE_MAX_CHARS, createAnalyzer, DEFAULT_MODEL } from '@rolefit/core';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { CORE_TEXT } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { count } from '../shared/percent.ts';
import { analysisAdvice, analysisTwoJobs } from './analysis-advice.ts';
import { analysisLevels } from './analysis-levels.ts';
import { analysisNotEnough } from './analysis-not-enough.ts';
import { analysisSuggestions } from './analysis-suggestions.ts';
import { analysisFlags, analysisSummary, placementLine } from './analysis-summary.ts';
import { ANALYZE_EXAMPLES } from './analyze-examples.ts';
import { highlightedText, highlightLegend, showLevel } from './highlighted-text.ts';
import { placedAnalysis } from './placed-analysis.ts';
import { clearlyNotEnglish } from './posting-language.ts';

const t = messages();
// The analyzer reads English postings; its flags and advice speak the page's language.
const analyze = createAnalyzer(DEFAULT_MODEL, CORE_TEXT);

// Long enough not to redraw on every key, short enough to feel live.
const DEBOUNCE_MS = 180;

const main = mountSiteChrome('analyze');
document.title = t['page.title'](t['page.analyze.title']);

const input = h('textarea', {
  id: 'analyze-text',
  name: 'text',
  rows: 14,
  spellcheck: 'false',
  dir: 'auto',
  'aria-describedby': 'analyze-hint analyze-privacy',
  placeholder: t['analyze.input.placeholder'],
});
const status = h('p', { class: 'visually-hidden', role: 'status' });
const exampleStatus = h('span', { class: 'example-status', 'aria-live': 'polite' });
const results = h('div', { id: 'analysis', 'data-chars': '' });
let nextExample = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function empty() {
  return h(
    'section',
    { class: 'card analysis-empty' },
    h('h2', null, t['analyze.empty.heading']),
    h('p', null, t['analyze.empty.lead']),
  );
}

function otherLanguage() {
  return h(
    'section',
    { class: 'card analysis-empty analysis-other-language', 'data-testid': 'other-language' },
    h('h2', null, t['analyze.otherLanguage.heading']),
    h('p', null, t['analyze.otherLanguage.lead']),
  );
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Mark a level's text in the highlighted view, scroll to it and move focus there. */
function revealLevel(view: HTMLElement, index: number): boolean {
  const first = showLevel(view, index);
  if (!first) return false;
  first.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  return true;
}

/** The sections to show, without the ones that don't apply. */
const present = (...sections: (HTMLElement | false | null)[]) =>
  sections.filter((s): s is HTMLElement => s instanceof HTMLElement);

function render() {
  clearTimeout(timer);
  const text = input.value;
  if (text.trim() === '') {
    results.replaceChildren(empty());
    status.textContent = '';
  } else if (clearlyNotEnglish(text)) {
    // Postings in other languages aren't analysed yet: say so, in the reader's language.
    results.replaceChildren(otherLanguage());
    if (status.textContent !== t['analyze.otherLanguage.heading'])
      status.textContent = t['analyze.otherLanguage.heading'];
  } else {
    const outcome = analyze(text);
    // analyze refuses only non-strings, and a textarea's value is always a string.
    if (!outcome.ok) throw new Error(`analyze refused text: ${outcome.error.message}`);
    const a = outcome.value;
    const placed = placedAnalysis(a);
    const view = highlightedText(text, a);
    const evidence = h(
      'section',
      { class: 'card analysis-text', 'aria-labelledby': 'analysis-text' },
      h('h2', { id: 'analysis-text' }, t['analyze.evidence.heading']),
      highlightLegend(a),
      view,
    );
    if (placed) {
      results.replaceChildren(
        ...present(
          analysisSummary(placed),
          a.levels.length > 0 && analysisLevels(a, (index) => revealLevel(view, index)),
          analysisFlags(a),
          analysisSuggestions(text, a),
          placed.twoJobs && analysisTwoJobs(placed.twoJobs, placed.dontGradeOn),
          evidence,
          analysisAdvice(placed),
        ),
      );
    } else {
      // Too little to place: say so, with what to paste, and never a role, a bar or a marker.
      const others = a.flags.filter((f) => f.code !== 'no-evidence');
      results.replaceChildren(
        ...present(
          analysisNotEnough(a),
          others.length > 0 && analysisFlags(a, others),
          a.evidence.length > 0 && evidence,
        ),
      );
    }
    const line = placementLine(a);
    if (status.textContent !== line) status.textContent = line;
  }
  results.dataset.chars = String(text.length);
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(render, DEBOUNCE_MS);
}

function tryExample() {
  const index = nextExample % ANALYZE_EXAMPLES.length;
  const example = ANALYZE_EXAMPLES[index];
  if (!example) return;
  nextExample = index + 1;
  input.value = example.text;
  exampleStatus.textContent = t['analyze.example.shown'](
    index + 1,
    ANALYZE_EXAMPLES.length,
    example.name,
  );
  render();
}

input.addEventListener('input', later);

main.replaceChildren(
  h(
    'div',
    { class: 'wrap analyze' },
    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'analyze-title' },
      h('p', { class: 'eyebrow' }, t['analyze.eyebrow']),
      h('h1', { id: 'analyze-title' }, t['analyze.title']),
      h('p', { class: 'lead' }, t['analyze.lead']),
      h(
        'p',
        { class: 'check-link' },
        richText(t['analyze.checkLink'], {
          a: (text) => h('a', { href: withLanguage('/check') }, text),
        }),
      ),
    ),
    h(
      'form',
      { class: 'card analyze-form', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: 'analyze-text' }, t['analyze.input.label']),
      h(
        'p',
        { id: 'analyze-hint', class: 'field-hint' },
        t['analyze.input.hint'](count(ANALYZE_MAX_CHARS)),
      ),
      input,
      h(
        'p',
        { id: 'analyze-privacy', class: 'privacy' },
        richText(t['analyze.privacy'], { strong: (text) => h('strong', null, text) }),
      ),
      h(
        'div',
        { class: 'action-row' },
        h(
          'button',
          { type: 'button', class: 'button', onclick: tryExample },
          t['analyze.example.try'],
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button quiet',
            onclick: () => {
              input.value = '';
              exampleStatus.textContent = '';
              render();
              input.focus();
            },
          },
          t['analyze.clear'],
        ),
        exampleStatus,
      ),
    ),
    status,
    results,
  ),
);
render();
