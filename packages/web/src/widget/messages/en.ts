import type { Catalogue } from '@rolefit/core';
/**
 * The widget's English text, by id: strings, or functions where a value goes in. Quiz content
 * (title, intro, questions) comes with the quiz, and role, work and regime names with core's
 * framework catalogue; this is the text around them. The ids are plain identifiers, so the widget
 * reads them as `text.back` (fewer bytes than quoted dotted ids, inside a 10 KB budget). Another
 * language is an object typed {@link Messages} in a file beside this one.
 */
export const en = {
  progress: (step: number, total: number) => `Question ${step} of ${total}`,
  back: 'Back',
  next: 'Next',
  finish: 'See the result',
  pickFirst: 'Pick an answer first.',
  /** The keyboard hint; `options` is the current question's number of options. */
  keys: (options: number) => `Keys: arrows or 1–${options} to choose, Enter to go on.`,
  callsFor: 'The work calls for',
  between: 'The work sits between',
  twoJobs: 'Two jobs in one',
  /** Two roles the work sits between, the second as in a sentence. */
  and: (a: string, b: string) => `${a} and ${b}`,
  confidence: (percent: number) => `${percent}% confident`,
  /** The kind of work after the confidence, from its name in core's catalogue ("R&D-heavy"). */
  work: (kind: string) => `${kind} work`,
  spectrum: (position: number) =>
    `Position ${position.toFixed(2)} on the line from research scientist (0) to AI engineer (1)`,
  titling: 'Titling',
  gradeOn: 'Grade on',
  /** The heading over one part of a two-jobs week: its role's name and share of the week. */
  gradePart: (role: string, percent: number) => `Grade the ${role} part (${percent}%) on`,
  dontGradeOn: 'Don’t grade on',
  fullResult: 'See the full result',
  again: 'Start again',
};

/** Every widget message, as each language must give it: a missing key fails to compile. */
export type Messages = Catalogue<typeof en>;
