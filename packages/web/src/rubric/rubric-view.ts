import {
  type RoleId,
  type Rubric,
  type RubricLadder,
  type RubricLevel,
  rubricDimensionsIn,
} from '@rolefit/core';
import { CORE_TEXT, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();
const m = CORE_TEXT;
const DIMENSION_NAMES = new Map(rubricDimensionsIn(m).map((d) => [d.id, d.name]));

/** An id for a ladder's heading: its track's role, or `shared` for the one flat title. */
const ladderId = (ladder: RubricLadder) => `ladder-${ladder.track ?? 'shared'}`;

/** One statement of a level, with whose part it grades when a ladder grades two roles' work. */
function statement(role: RoleId, text: string, both: boolean) {
  return h(
    'dd',
    { 'data-role': role },
    both && h('span', { class: 'criterion-role' }, ROLES[role].name),
    text,
  );
}

/**
 * One level: its name and scope, a statement per dimension (one per role when the ladder grades
 * two roles' work), how the work is recognised under one title, and what not to grade on.
 */
function levelSection(level: RubricLevel, ladder: RubricLadder): HTMLElement {
  const both = ladder.roles.length > 1;
  const id = `${ladderId(ladder)}-level-${level.level}`;
  const row = (name: string, items: readonly { role: RoleId; text: string }[], extra = '') =>
    h(
      'div',
      { class: `criterion ${extra}`.trim() },
      h('dt', null, name),
      items.map((item) => statement(item.role, item.text, both)),
    );
  return h(
    'section',
    // Not a named region: every ladder has a "Level 1", and landmarks must have names of their own.
    { class: 'card rubric-level', 'data-level': level.level },
    h('h3', { id }, m['rubric.level'](level.level, level.name)),
    h('p', { class: 'rubric-scope' }, level.scope),
    h(
      'dl',
      { class: 'rubric-criteria' },
      [...DIMENSION_NAMES].map(([dimension, name]) =>
        row(
          name,
          level.criteria.filter((c) => c.dimension === dimension),
        ),
      ),
      level.recognition.length > 0 &&
        row(m['rubric.recognition'], level.recognition, 'recognition'),
    ),
    h('h4', null, t['grading.off']),
    h(
      'ul',
      { class: 'crosses' },
      level.dontGradeOn.map((item) => h('li', null, item)),
    ),
  );
}

/** A ladder: a track's or the shared title's, what its work is for, what to grade on, its levels. */
function ladderSection(ladder: RubricLadder): HTMLElement {
  const id = ladderId(ladder);
  const column = ladder.track ? ROLES[ladder.track].column : 'shared';
  const summary =
    ladder.roles.length > 1
      ? h(
          'dl',
          { class: 'rubric-summary' },
          ladder.roles.map((role, i) => [
            h('dt', null, ROLES[role].name),
            h('dd', null, ladder.summary[i] ?? ''),
          ]),
        )
      : ladder.summary.map((text) => h('p', { class: 'rubric-summary' }, text));
  return h(
    'section',
    { class: `rubric-ladder ladder-${column}`, 'aria-labelledby': id },
    h(
      'div',
      { class: 'rubric-ladder-head' },
      h('h2', { id }, ladder.name),
      summary,
      h('h3', null, t['grading.on']),
      h(
        'ul',
        { class: 'checks' },
        ladder.gradeOn.map((item) => h('li', null, item)),
      ),
    ),
    ladder.levels.map((level) => levelSection(level, ladder)),
  );
}

/** Who hands what to whom between separate tracks. */
function interfacesSection(rubric: Rubric): HTMLElement {
  return h(
    'section',
    { class: 'card rubric-interfaces', 'aria-labelledby': 'rubric-interfaces' },
    h('h2', { id: 'rubric-interfaces' }, m['rubric.heading.interfaces']),
    h('p', { class: 'note' }, m['rubric.interfaces.intro']),
    h(
      'dl',
      { class: 'facts' },
      rubric.interfaces.map((i) => [
        h('dt', null, m['rubric.interface'](ROLES[i.from].name, ROLES[i.to].name)),
        h('dd', null, i.hands),
      ]),
    ),
  );
}

/**
 * A rubric as the page shows it (and prints it): how to read it, the note that it is advice
 * about work, the titling verdict, each ladder with its levels, and the interfaces between
 * tracks. Headings come from core's rubric text, so the page says what the downloads say.
 * @example main.append(rubricView(rubric({ role: 'ai-engineer' }, CORE_TEXT).value))
 */
export function rubricView(rubric: Rubric): HTMLElement {
  const { titling } = rubric;
  return h(
    'div',
    { class: 'rubric-body', 'data-levels': rubric.levels, 'data-regime': rubric.regime },
    h('p', { class: 'lead rubric-intro' }, rubric.intro),
    // Up front rather than last: it is the first thing a reader should take from the rubric.
    h('p', { class: 'rubric-note' }, rubric.note),
    h(
      'section',
      { class: 'card rubric-titling', 'aria-labelledby': 'rubric-titling' },
      h('h2', { id: 'rubric-titling' }, t['result.titling.heading'](titling.name)),
      h('p', null, titling.verdict),
      h('dl', { class: 'facts' }, h('dt', null, t['grid.manage']), h('dd', null, titling.manage)),
    ),
    rubric.ladders.map(ladderSection),
    rubric.interfaces.length > 0 && interfacesSection(rubric),
  );
}
