// Types for <rolefit-quiz>, for host pages written in TypeScript. Served beside embed.js as
// /embed.d.ts; save it into your project and `import type` from it (docs/embed.md, "TypeScript").
// Self-contained on purpose: a host has no @rolefit/* packages. It is also the one home of the
// element's public shape: the widget's class `implements` RolefitQuiz from here, and its tag in
// HTMLElementTagNameMap is declared only here. packages/web/test/embed-types.test.ts checks every
// other type here against the widget's source, so they cannot drift apart.

/** A role id, from the research end (0) of the line to the product end (1). */
export type RoleId = 'research-scientist' | 'research-engineer' | 'ai-engineer';
/** A kind of work (a column of the framework). */
export type Column = 'research' | 'rnd' | 'product';
/** A titling regime. */
export type RegimeId = 'separate-tracks' | 'flat';
/** One of the five dimensions the quiz asks about. */
export type DimensionId =
  | 'core-question'
  | 'output'
  | 'optimizes-for'
  | 'time-horizon'
  | 'background';

/** The mix of work over the three columns, summing to 1. */
export type Shares = { research: number; rnd: number; product: number };

/** One cell of the work × regime grid. */
export type GridCell = {
  work: Column;
  regime: RegimeId;
  fit: 'fits' | 'works' | 'risky' | 'overhead';
  verdict: string;
  risk: string;
  manage: string;
  example: string | null;
};

/** One part of a two-jobs week. */
export type TwoJobsPart = { role: RoleId; column: Column; share: number; gradeOn: string[] };

/** The full result of the quiz: `event.detail` of `rolefit:result`, and the element's `result`. */
export type QuizResult = {
  quiz: { id: string; version: number };
  answers: Record<string, string>;
  /** 0 = research-scientist end, 1 = ai-engineer end. */
  position: number;
  shares: Shares;
  role: RoleId;
  between: [RoleId, RoleId] | null;
  split: [RoleId, RoleId] | null;
  margin: number;
  dominantWork: Column;
  confidence: number;
  changesToFlip: number;
  flipsTo: RoleId | null;
  regime: { recommended: RegimeId; cell: GridCell; other: GridCell };
  twoJobs: {
    scope: 'role' | 'team-groups' | 'team-everyone';
    parts: [TwoJobsPart, TwoJobsPart];
    summary: string;
    risk: string;
    options: string[];
  } | null;
  gradeOn: string[];
  dontGradeOn: string[];
  why: {
    questionId: string;
    dimension: DimensionId;
    optionId: string;
    label: string;
    optionPosition: number;
    pull: number;
    toward: RoleId;
  }[];
  whatWouldChange: {
    role: RoleId;
    position: number;
    changes: { questionId: string; from: string; to: string; label: string }[];
  }[];
  mismatches: {
    kind: 'title' | 'review';
    questionId: string;
    optionId: string;
    column: Column;
    workColumn: Column;
    message: string;
  }[];
};

/** `event.detail` of `rolefit:answer`. */
export type AnswerDetail = { questionId: string; optionId: string; index: number; total: number };

/** `event.detail` of `rolefit:sent`; `status` is null when the network failed both times. */
export type SendOutcome = { id: string; ok: boolean; status: number | null; attempts: number };

/** How the quiz shows when not inline (`mode`): a modal popup, or a panel in the page's corner. */
export type DialogMode = 'popup' | 'slide-in';

/** `event.detail` of `rolefit:open` and `rolefit:close`. */
export type DialogDetail = { mode: DialogMode };

/** The `rolefit:*` events, by name. They bubble and are composed: `document` hears them too. */
export interface RolefitQuizEventMap {
  'rolefit:answer': CustomEvent<AnswerDetail>;
  'rolefit:result': CustomEvent<QuizResult>;
  'rolefit:sent': CustomEvent<SendOutcome>;
  'rolefit:open': CustomEvent<DialogDetail>;
  'rolefit:close': CustomEvent<DialogDetail>;
}

/** The attributes the element reads and reacts to. */
export type RolefitQuizAttribute =
  | 'endpoint'
  | 'team'
  | 'fields'
  | `data-field-${string}`
  | 'result-url'
  | 'lang'
  | 'theme'
  | 'remember'
  | 'mode'
  | 'open-on'
  | 'show-once';

/** The `<rolefit-quiz>` element. */
export interface RolefitQuiz extends HTMLElement {
  /** The last result, or null before the end. */
  readonly result: QuizResult | null;
  /**
   * Open the popup or slide-in (`mode`), as a click on an `open-on` element does; with
   * `show-once`, nothing once the reader has finished the quiz. Inline, nothing happens.
   */
  open(): void;
  /** Close the popup or slide-in; focus goes back to where it was before it opened. */
  close(): void;
  addEventListener<K extends keyof RolefitQuizEventMap>(
    type: K,
    listener: (this: RolefitQuiz, event: RolefitQuizEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RolefitQuiz, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof RolefitQuizEventMap>(
    type: K,
    listener: (this: RolefitQuiz, event: RolefitQuizEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RolefitQuiz, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'rolefit-quiz': RolefitQuiz;
  }
  // The events bubble out of the element, so listeners on document and window are typed too.
  interface GlobalEventHandlersEventMap extends RolefitQuizEventMap {}
}
