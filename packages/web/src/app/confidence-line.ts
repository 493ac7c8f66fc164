import { type ConfidenceBand, confidenceBand, type QuizResult, ROLES } from '@rolefit/core';
import { h } from './h.ts';
import { roleInSentence } from './role-words.ts';

/** Each confidence band in words, as the badge says it. */
export const CONFIDENCE_WORD: Readonly<Record<ConfidenceBand, string>> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const points = (x: number) => Math.round(x * 100);

/** Which role leads a result headed by two roles, and by how much. */
function leader(result: QuizResult): string {
  const name = roleInSentence(result.role);
  if (result.split) {
    return result.margin > 0
      ? `The ${name} part is the larger one, by ${points(result.margin)} points.`
      : 'The two parts are the same size.';
  }
  if (result.between) {
    return result.margin > 0
      ? `${ROLES[result.role].name} work fills a little more of the week.`
      : 'The two fill the week equally.';
  }
  return '';
}

/** How far the answers are from another role leading, in words (core's `flipsTo`). */
function distance(result: QuizResult): string {
  const who = result.flipsTo ? roleInSentence(result.flipsTo) : 'another role';
  const n = result.changesToFlip;
  return `${n === 1 ? 'One answer' : `${n} answers`} away from ${who} leading.`;
}

/**
 * The confidence as a badge in core's bands (high, moderate, low) and a sentence that says how
 * close the result is to flipping: "One answer away from AI engineer leading."
 * @example confidenceLine(result) // <p class="confidence">…</p>
 */
export function confidenceLine(result: QuizResult): HTMLElement {
  const band = confidenceBand(result.confidence);
  const words = [leader(result), distance(result)].filter(Boolean).join(' ');
  return h(
    'p',
    { class: 'confidence' },
    h(
      'span',
      { class: `confidence-badge confidence-${band}` },
      `${CONFIDENCE_WORD[band]} confidence · ${pct(result.confidence)}`,
    ),
    ' ',
    h('span', { class: 'confidence-words' }, words),
  );
}
