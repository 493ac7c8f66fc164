import { confidenceBand } from '@rolefit/core';

/**
 * A confidence in the words every surface uses (core's bands), with its number.
 * @example confidenceWords(0.2) // 'low confidence (20%)'
 */
export function confidenceWords(confidence: number): string {
  return `${confidenceBand(confidence)} confidence (${Math.round(confidence * 100)}%)`;
}
