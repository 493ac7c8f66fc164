import type { Analysis, AnalysisLevel } from '@rolefit/core';
import { columnWords } from '../app/column-label.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { flagItem } from './analysis-summary.ts';

const t = messages();

/** A level that grades another column than the role's: the trap, level by level. */
const isWrong = (level: AnalysisLevel) =>
  level.flags.some((f) => f.code === 'wrong-column-metrics');

/** The levels in order, in runs that share a ladder heading (a track), each with its place. */
function byLadder(levels: readonly AnalysisLevel[]) {
  const groups: { ladder: string | null; levels: { level: AnalysisLevel; index: number }[] }[] = [];
  levels.forEach((level, index) => {
    const last = groups.at(-1);
    if (last && last.ladder === level.ladder) last.levels.push({ level, index });
    else groups.push({ ladder: level.ladder, levels: [{ level, index }] });
  });
  return groups;
}

function levelItem(
  level: AnalysisLevel,
  index: number,
  heading: 'h3' | 'h4',
  show: (index: number) => void,
) {
  const wrong = isWrong(level);
  return h(
    'li',
    {
      class: `level${wrong ? ' level-wrong' : ''}`,
      'data-level': index,
      'data-flags': level.flags.map((f) => f.code).join(' '),
    },
    h(
      heading,
      { class: 'level-name' },
      // The warning sign says what the border's colour says, for readers who can't tell colours.
      wrong && h('span', { class: 'level-sign', 'aria-hidden': 'true' }, '⚠'),
      h(
        'button',
        {
          type: 'button',
          class: 'level-show',
          // The level's name is the text's own (English): its direction, not the page's.
          dir: 'auto',
          'aria-describedby': 'analysis-levels-hint',
          onclick: () => show(index),
        },
        level.name,
      ),
    ),
    h(
      'p',
      { class: 'level-column' },
      level.column
        ? t['analyze.levels.grades'](columnWords(level.column))
        : t['analyze.levels.few'],
    ),
    level.shares && sharesBar(level.shares, t['analyze.levels.shares'](level.name)),
    level.flags.length > 0 && h('ul', { class: 'flags level-flags' }, level.flags.map(flagItem)),
  );
}

/**
 * A rubric's or ladder's levels, one card each in the order written (under their ladder's
 * heading when there are several): the level's name, its criteria's shares, the column it
 * grades and its flags; a level graded on another column stands out. Choosing a level's name
 * calls `show`, which marks its text in the highlighted view (false when it has none there),
 * and a live region says so.
 */
export function analysisLevels(a: Analysis, show: (index: number) => boolean): HTMLElement {
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const reveal = (index: number) => {
    const level = a.levels[index];
    if (level && show(index)) status.textContent = t['analyze.levels.shown'](level.name);
  };
  const groups = byLadder(a.levels);
  const grouped = new Set(a.levels.map((l) => l.ladder)).size > 1;
  const wrong = a.levels.filter(isWrong).length;
  return h(
    'section',
    {
      class: `card analysis-levels${wrong > 0 ? ' has-wrong' : ''}`,
      'aria-labelledby': 'analysis-levels',
      'data-testid': 'analysis-levels',
    },
    h('h2', { id: 'analysis-levels' }, t['analyze.levels.heading']),
    h(
      'p',
      { id: 'analysis-levels-hint', class: 'note' },
      t['analyze.levels.lead'](a.levels.length, wrong),
    ),
    grouped
      ? groups.map((group) =>
          h(
            'div',
            { class: 'level-ladder' },
            h('h3', null, group.ladder ?? t['analyze.levels.noLadder']),
            h(
              'ol',
              { class: 'levels' },
              group.levels.map(({ level, index }) => levelItem(level, index, 'h4', reveal)),
            ),
          ),
        )
      : h(
          'ol',
          { class: 'levels' },
          a.levels.map((level, index) => levelItem(level, index, 'h3', reveal)),
        ),
    status,
  );
}
