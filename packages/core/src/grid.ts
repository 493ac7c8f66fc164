import type { Column, RegimeId, Shares } from './ids.ts';

/** A kind of dominant work, as the grid's rows name it. */
export type WorkKind = { id: Column; name: string; summary: string };

/** A titling regime, as the grid's columns name it. */
export type Regime = { id: RegimeId; name: string; summary: string };

/** How well a regime suits a kind of work. */
export type Fit = 'fits' | 'works' | 'risky' | 'overhead';

/** One cell of the grid: a kind of work under a titling regime. */
export type GridCell = {
  work: Column;
  regime: RegimeId;
  fit: Fit;
  verdict: string;
  /** What you accept by choosing this regime for this work. */
  risk: string;
  /** How to keep that risk small. */
  manage: string;
  /** A real organisation that works this way, where the framework names one. */
  example: string | null;
};

/**
 * The name of each kind of dominant work, on its own so that a surface showing only the name
 * (the widget) need not carry the summaries.
 */
export const WORK_KIND_NAMES: Readonly<Record<Column, string>> = {
  research: 'Research-heavy',
  rnd: 'R&D-heavy',
  product: 'Product-heavy',
};

/** The three kinds of dominant work, research end first. */
export const WORK_KINDS: Readonly<Record<Column, WorkKind>> = {
  research: {
    id: 'research',
    name: WORK_KIND_NAMES.research,
    summary: 'Long, uncertain bets aimed at knowledge nobody has yet.',
  },
  rnd: {
    id: 'rnd',
    name: WORK_KIND_NAMES.rnd,
    summary: 'Turning research results into systems a team can build and ship.',
  },
  product: {
    id: 'product',
    name: WORK_KIND_NAMES.product,
    summary: 'Known methods applied hard to a product, at scale.',
  },
};

/** The two titling regimes. */
export const REGIMES: Readonly<Record<RegimeId, Regime>> = {
  'separate-tracks': {
    id: 'separate-tracks',
    name: 'Separate tracks',
    summary:
      'Distinct research scientist, research engineer and engineer titles, each with its own ladder and its own metrics.',
  },
  flat: {
    id: 'flat',
    name: 'One flat title',
    summary:
      'Everyone holds one title (Member of Technical Staff, or simply engineer) and is expected to work across the stack.',
  },
};

/** The grid: for each kind of dominant work, how each titling regime plays out. */
export const GRID: Readonly<Record<Column, Readonly<Record<RegimeId, GridCell>>>> = {
  research: {
    'separate-tracks': {
      work: 'research',
      regime: 'separate-tracks',
      fit: 'fits',
      verdict:
        'Fits. A research track of its own shields open-ended work from the roadmap and lets each role be measured on what it is for.',
      risk: 'Handoffs between groups, and friction over who has the higher status.',
      manage:
        'Write down the interfaces between the groups (who hands what to whom, and when) instead of hoping it sorts itself out, and credit research engineers as full co-authors.',
      example:
        'DeepMind keeps research scientists and research engineers on separate tracks; AlphaFold began in its applied team, mostly research engineers who spent the first months on data, metrics and infrastructure.',
    },
    flat: {
      work: 'research',
      regime: 'flat',
      fit: 'risky',
      verdict:
        'Risky. Without a track of its own, open-ended work keeps losing to the next deadline on the roadmap.',
      risk: 'Long bets get squeezed out, or research becomes invisible: the people are there, but the company no longer treats research as part of what it is.',
      manage:
        'Protect research time and budget explicitly, and review research on research outcomes rather than on production metrics.',
      example: null,
    },
  },
  rnd: {
    'separate-tracks': {
      work: 'rnd',
      regime: 'separate-tracks',
      fit: 'works',
      verdict:
        'Works, provided a named research-engineer role owns the bridge from result to system.',
      risk: 'If nobody owns the bridge, results stall between the groups and handoffs slow everything down.',
      manage:
        'Make the research engineer the owner of the bridge, with a ladder and metrics of its own (experiment velocity, reproducibility, what reached production), not a service desk for scientists.',
      example: null,
    },
    flat: {
      work: 'rnd',
      regime: 'flat',
      fit: 'works',
      verdict: 'Works, because in practice everyone is doing research engineering anyway.',
      risk: 'The translation work goes unrecognised when no title names it, and longer research bets lose out to shipping.',
      manage:
        'Grade the bridge work on its own terms (experiment velocity, reproducibility, what reached production) even under one title.',
      example: null,
    },
  },
  product: {
    'separate-tracks': {
      work: 'product',
      regime: 'separate-tracks',
      fit: 'overhead',
      verdict:
        'Overhead. Separate ladders add process and status friction for little gain when the methods are already known.',
      risk: 'A two-tier feeling between people with ideas and people who scale them, and slower shipping through handoffs.',
      manage:
        'If you keep the tracks, keep the research track small, tie it to concrete product questions and give both tracks the same standing.',
      example: null,
    },
    flat: {
      work: 'product',
      regime: 'flat',
      fit: 'fits',
      verdict: 'Fits. One title gives shared ownership of what ships and keeps the team fast.',
      risk: 'Open-ended research can get squeezed out by the next deadline, and a pure scientist may not want to live on production metrics.',
      manage:
        'Keep a protected slice of time for longer bets, and do not hire scientists into a role graded on production metrics.',
      example:
        'OpenAI and Anthropic give research and engineering hires one title, Member of Technical Staff; xAI went further and says it has only engineers.',
    },
  },
};

/**
 * The regime the grid recommends for a kind of work. R&D-heavy work fits either, so the
 * lean of the rest of the work decides: more research than product keeps separate tracks.
 */
export function titlingRegime(work: Column, lean: { research: number; product: number }): RegimeId {
  if (work === 'research') return 'separate-tracks';
  if (work === 'product') return 'flat';
  return lean.research > lean.product ? 'separate-tracks' : 'flat';
}

/** The recommended regime's grid cell and the other regime's, for a kind of dominant work. */
export type RegimeAdviceFor = {
  recommended: RegimeId;
  cell: GridCell;
  other: GridCell;
};

/**
 * The titling advice for a placed mix: the regime the grid recommends for its dominant work, that
 * cell, and the other regime's cell.
 * @example regimeAdvice('product', { research: 0, rnd: 0.1, product: 0.9 }).recommended // 'flat'
 */
export function regimeAdvice(work: Column, shares: Shares): RegimeAdviceFor {
  const recommended = titlingRegime(work, shares);
  const other = recommended === 'flat' ? 'separate-tracks' : 'flat';
  return { recommended, cell: GRID[work][recommended], other: GRID[work][other] };
}
