import { confidenceBand } from '@rolefit/core';
import type { Messages } from './messages/en.ts';

/**
 * A confidence in the words every surface uses (core's bands), with its number.
 * @example confidenceWords(0.2, en) // 'low confidence (20%)'
 */
export function confidenceWords(confidence: number, t: Messages): string {
  return t[`confidence.${confidenceBand(confidence)}`](`${Math.round(confidence * 100)}%`);
}
