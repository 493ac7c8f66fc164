import {
  ADVICE_NOTE,
  DEFAULT_QUIZ,
  type QuizResult,
  REGIMES,
  type ResultChange,
  ROLE_PROFILES,
  ROLES,
  WORK_KINDS,
} from '@rolefit/core';
import { answerPulls } from './answer-pulls.ts';
import { gradingColumns } from './grading-columns.ts';
import { type Child, h } from './h.ts';
import { resultActions } from './result-actions.ts';
import { sharesBar } from './shares-bar.ts';
import { spectrumChart } from './spectrum-chart.ts';
import { cellFacts, fitBadge, titlingGrid } from './titling-grid.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const confidenceWord = (c: number) => (c >= 0.75 ? 'High' : c >= 0.5 ? 'Moderate' : 'Low');

/** A titled section of the result. */
const section = (id: string, title: string, ...children: Child[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);

function hero(result: QuizResult) {
  const role = ROLES[result.role];
  const heading = result.between
    ? [
        h('p', { class: 'eyebrow' }, 'This work sits between'),
        h(
          'h1',
          { id: 'result-title' },
          `${ROLES[result.between[0]].name} and ${ROLES[result.between[1]].name}`,
        ),
      ]
    : [
        h('p', { class: 'eyebrow' }, 'This work calls for a'),
        h('h1', { id: 'result-title' }, role.name),
      ];
  return h(
    'section',
    { class: 'hero', 'aria-labelledby': 'result-title' },
    ...heading,
    h(
      'p',
      { class: 'confidence' },
      h(
        'span',
        { class: `confidence-badge confidence-${confidenceWord(result.confidence).toLowerCase()}` },
        `${confidenceWord(result.confidence)} confidence · ${pct(result.confidence)}`,
      ),
      result.between ? ` Closest anchor: ${role.name}.` : '',
    ),
    h('p', { class: 'lead' }, ROLE_PROFILES[result.role].summary),
    spectrumChart({
      position: result.position,
      label: `This work · ${result.position.toFixed(2)}`,
    }),
    h('p', { class: 'mix-title' }, `${WORK_KINDS[result.dominantWork].name} work. The mix:`),
    sharesBar(result.shares, 'Shares of the work by column'),
    h('p', { class: 'advice' }, ADVICE_NOTE),
  );
}

function titling(result: QuizResult) {
  const { cell, other, recommended } = result.regime;
  return section(
    'titling',
    `Titling: ${REGIMES[recommended].name.toLowerCase()}`,
    h('p', { class: 'lead' }, fitBadge(cell.fit), ' ', cell.verdict),
    cellFacts(cell, { other, example: true }),
    titlingGrid({ work: result.dominantWork, regime: recommended }),
  );
}

function grading(result: QuizResult) {
  return section(
    'grading',
    'How to grade this role',
    gradingColumns(result),
    h(
      'p',
      { class: 'note' },
      'Judging a role by another column’s metrics is the common trap: a research scientist on uptime, a product engineer on papers.',
    ),
  );
}

function labelOf(questionId: string, optionId: string) {
  const q = DEFAULT_QUIZ.questions.find((x) => x.id === questionId);
  return {
    prompt: q?.prompt ?? questionId,
    label: q?.options.find((o) => o.id === optionId)?.label ?? optionId,
  };
}

function change(c: ResultChange) {
  const n = c.changes.length;
  return h(
    'li',
    null,
    h(
      'p',
      null,
      h('strong', null, ROLES[c.role].name),
      ` (position ${c.position.toFixed(2)}): change ${n === 1 ? 'one answer' : `${n} answers`}.`,
    ),
    h(
      'ul',
      { class: 'changes' },
      c.changes.map((x) =>
        h(
          'li',
          null,
          h('span', { class: 'change-q' }, labelOf(x.questionId, x.from).prompt),
          ' ',
          h('span', { class: 'change-from' }, labelOf(x.questionId, x.from).label),
          ' → ',
          h('span', { class: 'change-to' }, x.label),
        ),
      ),
    ),
  );
}

/** The whole result page for a scored quiz. */
export function resultView(result: QuizResult, shareUrl: string): HTMLElement {
  return h(
    'div',
    { class: 'wrap result' },
    hero(result),
    resultActions(result, shareUrl),
    result.mismatches.length > 0 &&
      section(
        'mismatches',
        'Check today’s title and metrics',
        h(
          'ul',
          { class: 'mismatches' },
          result.mismatches.map((m) => h('li', null, m.message)),
        ),
      ),
    titling(result),
    grading(result),
    section(
      'why',
      'Why: how each answer pulled',
      h(
        'p',
        { class: 'note' },
        'Left of centre pulls toward the research scientist end, right toward the AI engineer end.',
      ),
      answerPulls(result.why),
    ),
    result.whatWouldChange.length > 0 &&
      section(
        'change',
        'What would change the result',
        h('p', { class: 'note' }, 'The fewest answer changes that land the work on another role.'),
        h('ul', { class: 'change-list' }, result.whatWouldChange.map(change)),
      ),
  );
}
