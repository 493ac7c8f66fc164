import { confidenceBand, type QuizResult } from '@rolefit/core';
import { CONFIDENCE_NAMES, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { percent, wholePercent } from '../shared/percent.ts';
import { roleInSentence } from './role-words.ts';

const t = messages();

/** Which role leads a result headed by two roles, and by how much. */
function leader(result: QuizResult): string {
  const name = roleInSentence(result.role);
  if (result.split) {
    return result.margin > 0
      ? t['result.confidence.split.leader'](name, wholePercent(result.margin))
      : t['result.confidence.split.even'];
  }
  if (result.between) {
    return result.margin > 0
      ? t['result.confidence.between.leader'](ROLES[result.role].name)
      : t['result.confidence.between.even'];
  }
  return '';
}

/** How far the answers are from another role leading, in words (core's `flipsTo`). */
function distance(result: QuizResult): string {
  const who = result.flipsTo ? roleInSentence(result.flipsTo) : t['result.confidence.another'];
  return t['result.confidence.distance'](result.changesToFlip, who);
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
    t['result.confidence.badge'](CONFIDENCE_NAMES[band], percent(confidence)),
  );
}

/**
 * The confidence as a badge in core's bands (high, moderate, low) and a sentence that says how
 * close the result is to flipping: "One answer away from AI engineer leading." Given `flip`
 * (the one answer that would do it, in words), that says it instead, in the same line.
 * @example confidenceLine(result) // <p class="confidence">…</p>
 */
export function confidenceLine(result: QuizResult, flip?: string): HTMLElement {
  const first = leader(result);
  const close = flip ?? distance(result);
  return h(
    'p',
    { class: 'confidence' },
    confidenceBadge(result.confidence),
    ' ',
    h(
      'span',
      { class: flip ? 'confidence-words flip' : 'confidence-words' },
      first ? t['result.confidence.sentences'](first, close) : close,
    ),
  );
}
