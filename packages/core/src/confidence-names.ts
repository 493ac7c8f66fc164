import type { ConfidenceBand } from './confidence.ts';
import { en, type Messages } from './messages/en.ts';

/** Each confidence band's name in a catalogue, as a badge says it: "High confidence". */
export function confidenceNamesIn(messages: Messages): Readonly<Record<ConfidenceBand, string>> {
  return {
    high: messages['confidence.high.name'],
    moderate: messages['confidence.moderate.name'],
    low: messages['confidence.low.name'],
  };
}

/** Each confidence band's name, in English. */
export const CONFIDENCE_NAMES: Readonly<Record<ConfidenceBand, string>> =
  /* @__PURE__ */ confidenceNamesIn(en);
