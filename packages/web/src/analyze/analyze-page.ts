import '../app/styles/app.css';
import './analyze.css';
import { ANALYZE_MAX_CHARS, analyze } from '@rolefit/core';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { h } from '../shared/h.ts';
import { analysisAdvice, analysisTwoJobs } from './analysis-advice.ts';
import { analysisNotEnough } from './analysis-not-enough.ts';
import { analysisFlags, analysisSummary, placementLine } from './analysis-summary.ts';
import { ANALYZE_EXAMPLES } from './analyze-examples.ts';
import { highlightedText, highlightLegend } from './highlighted-text.ts';
import { placedAnalysis } from './placed-analysis.ts';

// Long enough not to redraw on every key, short enough to feel live.
const DEBOUNCE_MS = 180;

const main = mountSiteChrome('analyze');
document.title = 'Analyze a posting · rolefit';

const input = h('textarea', {
  id: 'analyze-text',
  name: 'text',
  rows: 14,
  spellcheck: 'false',
  'aria-describedby': 'analyze-hint analyze-privacy',
  placeholder: 'Paste the text of a job posting or a review rubric here…',
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
    h('h2', null, 'Nothing to analyse yet'),
    h(
      'p',
      null,
      'Paste a job posting or a review rubric above, or try an example. The analysis appears here as you type: the role the work calls for, the phrases that say so, and any flags for grading on the wrong column.',
    ),
  );
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
  } else {
    const outcome = analyze(text);
    // analyze refuses only non-strings, and a textarea's value is always a string.
    if (!outcome.ok) throw new Error(`analyze refused text: ${outcome.error.message}`);
    const a = outcome.value;
    const placed = placedAnalysis(a);
    const evidence = h(
      'section',
      { class: 'card analysis-text', 'aria-labelledby': 'analysis-text' },
      h('h2', { id: 'analysis-text' }, 'The evidence in your text'),
      highlightLegend(a),
      highlightedText(text, a),
    );
    if (placed) {
      results.replaceChildren(
        ...present(
          analysisSummary(placed),
          analysisFlags(a),
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
  exampleStatus.textContent = `Example ${index + 1} of ${ANALYZE_EXAMPLES.length}: ${example.name}.`;
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
      h('p', { class: 'eyebrow' }, 'Analyze a posting or rubric'),
      h('h1', { id: 'analyze-title' }, 'Which role does this text actually describe?'),
      h(
        'p',
        { class: 'lead' },
        'Paste a job posting or a performance review rubric. rolefit finds the phrases that speak for research, R&D or product work, places the work on the spectrum, and flags a title or a set of measures that belong to another column.',
      ),
    ),
    h(
      'form',
      { class: 'card analyze-form', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: 'analyze-text' }, 'Job posting or review rubric'),
      h(
        'p',
        { id: 'analyze-hint', class: 'field-hint' },
        `Plain text is best; headings and bullet lists help. The first ${ANALYZE_MAX_CHARS.toLocaleString('en')} characters are read.`,
      ),
      input,
      h(
        'p',
        { id: 'analyze-privacy', class: 'privacy' },
        h('strong', null, 'Private by design: '),
        'the text is analysed here, in your browser, and is never sent to a server or stored.',
      ),
      h(
        'div',
        { class: 'action-row' },
        h('button', { type: 'button', class: 'button', onclick: tryExample }, 'Try an example'),
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
          'Clear',
        ),
        exampleStatus,
      ),
    ),
    status,
    results,
  ),
);
render();
