import type { Catalogue } from '@rolefit/core';
/**
 * The widget's English text, by id: strings, or functions where a value goes in. Quiz content
 * (title, intro, questions) comes with the quiz, and role, work and regime names with core's
 * framework catalogue; this is the text around them. The ids are plain identifiers, so the widget
 * reads them as `text.back`, and the embed build shortens every one of them (vite.embed.config.ts):
 * an id must therefore not be the name of a result field, an attribute or a DOM property the
 * widget uses (messages.test.ts checks the result fields). Another language is an object typed
 * {@link Messages} in a file beside this one.
 *
 * Where the widget says what the app's answer card says (the confidence, how close another role
 * is, the answer that would flip it, why "between"), the words are the app's
 * (`packages/web/src/messages/`); messages.test.ts checks that in every language.
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
  sitsBetween: 'The work sits between',
  twoJobsInOne: 'Two jobs in one',
  /** Two roles the work sits between, the second as in a sentence. */
  and: (a: string, b: string) => `${a} and ${b}`,
  /** Why one role: the kind of work that fills the week, by its name in core's catalogue ("R&D-heavy"). */
  fills: (kind: string) => `${kind} work fills most of the week.`,
  /** Why "between": the role whose work leads by a little (its name as a heading has it)… */
  leads: (role: string) => `${role} work fills a little more of the week.`,
  /** …or neither. */
  even: 'The two fill the week equally.',
  /** Core's confidence bands (`confidenceBand`), by the name the badge gives them. */
  bands: { high: 'High', moderate: 'Moderate', low: 'Low' },
  /** The confidence: a band's name from `bands` and the whole percent. */
  badge: (band: string, percent: number) => `${band} confidence · ${percent}%`,
  /** How close another role is: the fewest answers to change, and that role as in a sentence. */
  away: (changes: number, role: string) =>
    `${changes === 1 ? 'One answer' : `${changes} answers`} away from ${role} leading.`,
  /** The one answer that would give another role alone: the role, the question, the answer. */
  flip: (role: string, prompt: string, label: string) =>
    `One answer would make it ${role}: “${prompt}” → “${label}”.`,
  /** The spectrum's label for screen readers: where the work sits, in whole percent of the line. */
  spectrum: (percent: number) =>
    `This work sits ${percent}% of the way from research scientist to AI engineer`,
  titling: 'Titling',
  gradeOnTitle: 'Grade on',
  /** The heading over one part of a two-jobs week: its role's name and share of the week. */
  gradePart: (role: string, percent: number) => `Grade the ${role} part (${percent}%) on`,
  dontGradeOnTitle: 'Don’t grade on',
  fullResult: 'See the full result',
  again: 'Start again',
  /** The name of the popup's and slide-in's close button (its face is a ×). */
  closeDialog: 'Close',
};

/** Every widget message, as each language must give it: a missing key fails to compile. */
export type Messages = Catalogue<typeof en>;
