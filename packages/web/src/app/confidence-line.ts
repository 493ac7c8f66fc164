import { CONFIDENCE_NAMES, confidenceBand, type QuizResult, ROLES } from '@rolefit/core';
import { h } from '../shared/h.ts';
import { percent, wholePercent } from '../shared/percent.ts';
import { roleInSentence } from './role-words.ts';

/** Which role leads a result headed by two roles, and by how much. */
function leader(result: QuizResult): string {
  const name = roleInSentence(result.role);
  if (result.split) {
    return result.margin > 0
      ? `The ${name} part is the larger one, by ${wholePercent(result.margin)} points.`
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
 * The confidence as a badge in core's bands and names: "Moderate confidence · 62%".
 * @example confidenceBadge(0.62) // <span class="confidence-badge confidence-moderate">…</span>
 */
export function confidenceBadge(confidence: number): HTMLElement {
  const band = confidenceBand(confidence);
  return h(
    'span',
    { class: `confidence-badge confidence-${band}` },
    `${CONFIDENCE_NAMES[band]} confidence · ${percent(confidence)}`,
  );
}

/**
 * The confidence as a badge in core's bands (high, moderate, low) and a sentence that says how
 * close the result is to flipping: "One answer away from AI engineer leading."
 * @example confidenceLine(result) // <p class="confidence">…</p>
 */
export function confidenceLine(result: QuizResult): HTMLElement {
  const words = [leader(result), distance(result)].filter(Boolean).join(' ');
  return h(
    'p',
    { class: 'confidence' },
    confidenceBadge(result.confidence),
    ' ',
    h('span', { class: 'confidence-words' }, words),
  );
}
