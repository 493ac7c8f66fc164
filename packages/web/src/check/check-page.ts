import '../app/styles/app.css';
import '../analyze/analyze.css';
import './check.css';
import {
  ANALYZE_MAX_CHARS,
  checkDocuments,
  createAnalyzer,
  DEFAULT_MODEL,
  DOCUMENT_KINDS,
  type DocumentKind,
  ROLE_IDS,
  type RoleId,
} from '@rolefit/core';
import { clearlyNotEnglish } from '../analyze/posting-language.ts';
import { mountSiteChrome } from '../app/site-chrome.ts';
import { CORE_TEXT, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { count } from '../shared/percent.ts';
import {
  checkHeading,
  checkMismatches,
  checkSummary,
  checkTable,
  DOCUMENT_LABEL,
} from './check-report.ts';

const t = messages();
// One analyzer for every check, so the lexicon is compiled once; it speaks the page's language.
const analyzer = createAnalyzer(DEFAULT_MODEL, CORE_TEXT);

// As the analyzer page: long enough not to redraw on every key, short enough to feel live.
const DEBOUNCE_MS = 250;

const main = mountSiteChrome(null);

const boxes = Object.fromEntries(
  DOCUMENT_KINDS.map((kind) => [
    kind,
    h('textarea', {
      id: `check-${kind}`,
      name: kind,
      rows: 8,
      spellcheck: 'false',
      dir: 'auto',
      'aria-describedby': 'check-hint check-privacy',
    }),
  ]),
) as Record<DocumentKind, HTMLTextAreaElement>;
const role = h(
  'select',
  { id: 'check-role', name: 'role', 'aria-describedby': 'check-role-hint' },
  h('option', { value: '' }, t['check.role.auto']),
  ROLE_IDS.map((id) => h('option', { value: id }, ROLES[id].name)),
);
const status = h('p', { class: 'visually-hidden', role: 'status' });
const results = h('div', { id: 'check-results', 'data-state': 'empty' });
let timer: ReturnType<typeof setTimeout> | undefined;

function empty() {
  return h(
    'section',
    { class: 'card analysis-empty' },
    h('h2', null, t['check.empty.heading']),
    h('p', null, t['check.empty.lead']),
  );
}

/** Check what is in the boxes now, and draw it. */
function render() {
  clearTimeout(timer);
  const texts: Partial<Record<DocumentKind, string>> = {};
  const skipped: DocumentKind[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const text = boxes[kind].value;
    if (text.trim() === '') continue;
    // The analyzer reads English: a text in another language is left out, and the page says so.
    if (clearlyNotEnglish(text)) skipped.push(kind);
    else texts[kind] = text;
  }
  const asked = (ROLE_IDS as readonly string[]).includes(role.value)
    ? (role.value as RoleId)
    : undefined;
  let state = 'empty';
  if (Object.keys(texts).length === 0 && skipped.length === 0) {
    results.replaceChildren(empty());
    status.textContent = '';
  } else if (Object.keys(texts).length === 0) {
    state = 'other-language';
    results.replaceChildren(checkSummary(null, false, skipped));
    status.textContent = t['analyze.otherLanguage.heading'];
  } else {
    const outcome = checkDocuments({ ...texts, role: asked }, CORE_TEXT, analyzer);
    // The page only passes strings and a role it lists, which core always accepts.
    if (!outcome.ok) throw new Error(`checkDocuments refused: ${outcome.error.message}`);
    const check = outcome.value;
    state = !check.role ? 'no-role' : check.agree ? 'agree' : 'mismatch';
    const mismatches = checkMismatches(check, texts);
    results.replaceChildren(
      checkSummary(check, asked !== undefined, skipped),
      checkTable(check),
      ...(mismatches ? [mismatches] : []),
    );
    const line = [checkHeading(check), check.summary].filter(Boolean).join('. ');
    if (status.textContent !== line) status.textContent = line;
  }
  results.dataset.state = state;
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(render, DEBOUNCE_MS);
}

function field(kind: DocumentKind) {
  const box = boxes[kind];
  box.addEventListener('input', later);
  return h('div', { class: 'check-field' }, h('label', { for: box.id }, DOCUMENT_LABEL[kind]), box);
}

role.addEventListener('change', render);

main.replaceChildren(
  h(
    'div',
    { class: 'wrap analyze check' },
    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'check-title' },
      h('p', { class: 'eyebrow' }, t['check.eyebrow']),
      h('h1', { id: 'check-title' }, t['check.title']),
      h('p', { class: 'lead' }, t['check.lead']),
    ),
    h(
      'form',
      {
        class: 'card analyze-form check-form',
        'aria-label': t['check.form.label'],
        onsubmit: (e: Event) => {
          e.preventDefault();
          render();
          // Pressing Check is a question: take the reader to the answer.
          document.getElementById('check-summary')?.focus();
        },
      },
      h(
        'p',
        { id: 'check-hint', class: 'field-hint' },
        t['check.input.hint'](count(ANALYZE_MAX_CHARS)),
      ),
      h('div', { class: 'check-fields' }, DOCUMENT_KINDS.map(field)),
      h(
        'div',
        { class: 'check-role' },
        h('label', { for: 'check-role' }, t['check.role.label']),
        role,
        h('p', { id: 'check-role-hint', class: 'field-hint' }, t['check.role.hint']),
      ),
      h(
        'p',
        { id: 'check-privacy', class: 'privacy' },
        richText(t['check.privacy'], { strong: (text) => h('strong', null, text) }),
      ),
      h(
        'div',
        { class: 'action-row' },
        h('button', { type: 'submit', class: 'button primary' }, t['check.submit']),
        h(
          'button',
          {
            type: 'button',
            class: 'button quiet',
            onclick: () => {
              for (const box of Object.values(boxes)) box.value = '';
              role.value = '';
              render();
              boxes.posting.focus();
            },
          },
          t['analyze.clear'],
        ),
      ),
    ),
    status,
    results,
  ),
);
render();
