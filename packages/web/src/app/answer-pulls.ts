import { type AnswerPull, maxPull, pullStrength } from '@rolefit/core';
import { DIMENSIONS, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h, svg } from '../shared/h.ts';

const t = messages();

// Each pull is measured against the largest one answer can have in a quiz of `questions`
// questions: one pull per scored question.
function direction(pull: number, questions: number) {
  const strength = pullStrength(pull, questions);
  if (strength === 'none') return t['pulls.middle'];
  const end = pull < 0 ? 'research' : 'product';
  return t[`pulls.${strength}.${end}`];
}

/** A diverging bar: left of centre pulls toward research, right toward product. */
function pullBar(pull: number, questions: number) {
  const share = Math.min(1, Math.abs(pull) / maxPull(questions)) * 50;
  const from = pull < 0 ? 50 - share : 50;
  return svg(
    'svg',
    { class: 'pull-bar', width: '100%', height: 14, 'aria-hidden': 'true' },
    svg('rect', { x: '0%', y: 5, width: '100%', height: 4, rx: 2, class: 'pull-track' }),
    share > 0 &&
      svg('rect', {
        x: `${from}%`,
        y: 2,
        width: `${share}%`,
        height: 10,
        rx: 3,
        class: `pull-fill ${pull < 0 ? 'pull-research' : 'pull-product'}`,
      }),
    svg('line', { x1: '50%', x2: '50%', y1: 0, y2: 14, class: 'pull-centre', 'stroke-width': 2 }),
  );
}

/** Why the result is what it is: each answer, and how far and which way it pulled the position. */
export function answerPulls(why: readonly AnswerPull[]): HTMLElement {
  return h(
    'ol',
    { class: 'pulls' },
    why.map((item) =>
      h(
        'li',
        { class: 'pull' },
        h(
          'div',
          { class: 'pull-text' },
          h(
            'p',
            { class: 'pull-dimension' },
            DIMENSIONS.find((d) => d.id === item.dimension)?.name ?? item.dimension,
          ),
          h('p', { class: 'pull-answer' }, t['pulls.answer'](item.label)),
          h('p', { class: 'pull-alone' }, t['pulls.alone'](ROLES[item.toward].name)),
        ),
        h(
          'div',
          { class: 'pull-meter' },
          h('p', { class: 'pull-direction' }, direction(item.pull, why.length)),
          pullBar(item.pull, why.length),
        ),
      ),
    ),
  );
}
