import {
  type CheckedDocument,
  type DocumentCheck,
  type DocumentKind,
  type RoleId,
  uniqueSuggestions,
} from '@rolefit/core';
import { rewriteCopy, suggestionList } from '../analyze/analysis-suggestions.ts';
import { roleInSentence } from '../app/role-words.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { ADVICE_NOTE, CORE_TEXT, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();

/** Each document by the name its text box has. */
export const DOCUMENT_LABEL: Readonly<Record<DocumentKind, string>> = {
  posting: t['check.posting.label'],
  rubric: t['check.rubric.label'],
  ladder: t['check.ladder.label'],
};

const COPY_LABEL: Readonly<Record<DocumentKind, string>> = {
  posting: t['check.copy.posting'],
  rubric: t['check.copy.rubric'],
  ladder: t['check.copy.ladder'],
};

/** The role the documents were checked against, mid-sentence: both parts for two jobs in one. */
const setRole = (check: DocumentCheck & { role: RoleId }) =>
  check.split
    ? CORE_TEXT['analyze.roleList'](check.split.map((r) => roleInSentence(r)))
    : roleInSentence(check.role);

/** What the check was read against: the role asked for, or the document whose role decided. */
function againstLine(check: DocumentCheck, asked: boolean): string | null {
  if (!check.role) return null;
  const role = setRole({ ...check, role: check.role });
  if (asked) return t['check.against.asked'](role);
  const first = check.documents.find((d) => d.role !== null)?.document ?? 'posting';
  return t[`check.against.${first}`](role);
}

/** The heading of the check's summary: agreement, the number of mismatches, or no role at all. */
export function checkHeading(check: DocumentCheck): string {
  if (!check.role) return t['check.noRole.heading'];
  return check.agree
    ? t['check.agree.heading']
    : t['check.mismatches.count'](check.mismatches.length);
}

/** Where a document sits on its own: one role, "between X and Y", or two jobs in one. */
function readsAs(d: CheckedDocument): string {
  const { split, between } = d.analysis;
  const name = (role: RoleId) => ROLES[role].name;
  if (split)
    return t['result.title.twoJobs'](
      t['result.hero.between.title'](name(split[0]), name(split[1])),
    );
  if (between) return t['analyze.status.between'](name(between[0]), name(between[1]));
  return d.role ? name(d.role) : t['check.table.few'];
}

/**
 * The summary: whether the documents agree (or how many mismatches there are, or that no role
 * could be named), what they were checked against, and which texts were left out.
 */
export function checkSummary(
  check: DocumentCheck | null,
  asked: boolean,
  skipped: readonly DocumentKind[],
): HTMLElement {
  const heading = check ? checkHeading(check) : t['analyze.otherLanguage.heading'];
  const state = !check
    ? 'other-language'
    : !check.role
      ? 'no-role'
      : check.agree
        ? 'agree'
        : 'mismatch';
  return h(
    'section',
    { class: `card check-summary check-${state}`, 'aria-labelledby': 'check-summary' },
    h(
      'h2',
      { id: 'check-summary', tabindex: -1 },
      check?.agree && h('span', { class: 'check-sign', 'aria-hidden': 'true' }, '✓'),
      check && !check.agree && h('span', { class: 'check-sign', 'aria-hidden': 'true' }, '⚠'),
      heading,
    ),
    check?.summary && h('p', { class: 'check-line' }, check.summary),
    check && h('p', { class: 'check-against' }, againstLine(check, asked)),
    skipped.map((d) => h('p', { class: 'note' }, t['check.otherLanguage'](DOCUMENT_LABEL[d]))),
    h('p', { class: 'advice' }, ADVICE_NOTE),
  );
}

/** Each document on its own: what it reads as, its shares, and how it fares against the role. */
export function checkTable(check: DocumentCheck): HTMLElement {
  const headers = [
    t['check.table.document'],
    t['check.table.role'],
    t['check.table.shares'],
    check.role && t['check.table.verdict'],
  ].filter((x): x is string => typeof x === 'string');
  const cell = (label: string | undefined, ...children: (Node | string | null)[]) =>
    h('td', { 'data-label': label }, children);
  return h(
    'section',
    { class: 'card check-documents', 'aria-labelledby': 'check-documents' },
    h('h2', { id: 'check-documents' }, t['check.table.caption']),
    h(
      'table',
      { class: 'check-table', 'aria-labelledby': 'check-documents' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          headers.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h(
        'tbody',
        null,
        check.documents.map((d) => {
          const count = check.mismatches.filter((m) => m.document === d.document).length;
          return h(
            'tr',
            { 'data-document': d.document, 'data-role': d.role ?? '' },
            h('th', { scope: 'row' }, DOCUMENT_LABEL[d.document]),
            cell(headers[1], readsAs(d)),
            cell(
              headers[2],
              d.shares
                ? sharesBar(d.shares, t['check.table.sharesOf'](DOCUMENT_LABEL[d.document]))
                : '—',
            ),
            check.role
              ? cell(
                  headers[3],
                  h(
                    'span',
                    { class: `check-verdict ${count ? 'check-verdict-off' : 'check-verdict-ok'}` },
                    h('span', { 'aria-hidden': 'true' }, count ? '⚠ ' : '✓ '),
                    count ? t['check.mismatches.count'](count) : t['check.table.agrees'],
                  ),
                )
              : null,
          );
        }),
      ),
    ),
  );
}

/** One document's mismatches with their fixes, then its rewrites and a button to copy them. */
function documentGroup(check: DocumentCheck, d: CheckedDocument, text: string) {
  const mismatches = check.mismatches.filter((m) => m.document === d.document);
  const suggestions = uniqueSuggestions(d.analysis.evidence);
  if (mismatches.length === 0 && suggestions.length === 0) return null;
  const role = check.role ? roleInSentence(check.role) : '';
  return h(
    'div',
    { class: 'check-document', 'data-document': d.document },
    h('h3', null, DOCUMENT_LABEL[d.document]),
    mismatches.length > 0 &&
      h(
        'ul',
        { class: 'mismatches' },
        mismatches.map((m) =>
          h(
            'li',
            { class: 'mismatch', 'data-code': m.code },
            h('p', { class: 'mismatch-message' }, m.message),
            h('p', { class: 'mismatch-fix' }, m.fix),
            m.gradeOn.length > 0 &&
              m.action !== 'grade-on' &&
              h('p', { class: 'mismatch-grade' }, t['check.gradeOn'](role)),
            m.gradeOn.length > 0 &&
              h(
                'ul',
                { class: 'checks' },
                m.gradeOn.map((g) => h('li', null, g)),
              ),
          ),
        ),
      ),
    suggestions.length > 0 && [
      h('h4', null, t['analyze.suggestions.heading']),
      suggestionList(text, suggestions),
      rewriteCopy(COPY_LABEL[d.document], text, d.analysis.evidence),
    ],
  );
}

/**
 * What does not match, by document, with each fix and the role's own measures, and each
 * document's suggested rewrites; null when there is nothing to fix.
 */
export function checkMismatches(
  check: DocumentCheck,
  texts: Readonly<Partial<Record<DocumentKind, string>>>,
): HTMLElement | null {
  const groups = check.documents
    .map((d) => documentGroup(check, d, texts[d.document] ?? ''))
    .filter((g): g is HTMLDivElement => g !== null);
  if (groups.length === 0) return null;
  return h(
    'section',
    { class: 'card check-mismatches', 'aria-labelledby': 'check-mismatches' },
    h(
      'h2',
      { id: 'check-mismatches' },
      check.mismatches.length > 0
        ? t['check.mismatches.heading']
        : t['analyze.suggestions.heading'],
    ),
    groups,
  );
}
