import type { RegimeId } from '@rolefit/core/ids';

/** Every string the widget shows around the quiz content, for one locale. */
export type WidgetText = {
  progress: (step: number, total: number) => string;
  back: string;
  next: string;
  finish: string;
  pickFirst: string;
  keys: string;
  callsFor: string;
  between: string;
  twoJobs: string;
  and: string;
  confidence: (percent: number) => string;
  spectrum: (position: number) => string;
  titling: string;
  /** The titling regimes' names, by regime id. */
  regimes: Record<RegimeId, string>;
  gradeOn: string;
  /** The heading over one part of a two-jobs week: its role's name and share of the week. */
  gradePart: (role: string, percent: number) => string;
  dontGradeOn: string;
  fullResult: string;
  again: string;
};

const EN: WidgetText = {
  progress: (step, total) => `Question ${step} of ${total}`,
  back: 'Back',
  next: 'Next',
  finish: 'See the result',
  pickFirst: 'Pick an answer first.',
  keys: 'Keys: arrows or 1–5 to choose, Enter to go on.',
  callsFor: 'The work calls for',
  between: 'The work sits between',
  twoJobs: 'Two jobs in one',
  and: 'and',
  confidence: (percent) => `${percent}% confident`,
  spectrum: (position) =>
    `Position ${position.toFixed(2)} on the line from research scientist (0) to AI engineer (1)`,
  titling: 'Titling',
  regimes: { 'separate-tracks': 'Separate tracks', flat: 'One flat title' },
  gradeOn: 'Grade on',
  gradePart: (role, percent) => `Grade the ${role} part (${percent}%) on`,
  dontGradeOn: 'Don’t grade on',
  fullResult: 'See the full result',
  again: 'Start again',
};

/** The widget's strings by locale. Only English exists so far. */
export const WIDGET_TEXT: Readonly<Record<string, WidgetText>> = { en: EN };

/**
 * The strings for a `lang` attribute: its locale when the widget has it, else English.
 * @example widgetText('fr') === WIDGET_TEXT.en // until a French table exists
 */
export function widgetText(lang: string | null | undefined): WidgetText {
  return WIDGET_TEXT[(lang ?? '').toLowerCase()] ?? EN;
}
