import type { Column, RegimeId, Shares } from './ids.ts';
import { en, type FrameworkMessages, type Messages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';

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

/** The three kinds of dominant work from a catalogue, research end first. */
export function workKindsIn(messages: Messages): Readonly<Record<Column, WorkKind>> {
  const kind = (id: Column): WorkKind => ({
    id,
    name: messages[`work.${id}.name`],
    summary: messages[`work.${id}.summary`],
  });
  return { research: kind('research'), rnd: kind('rnd'), product: kind('product') };
}

/** The three kinds of dominant work, in English. */
export const WORK_KINDS: Readonly<Record<Column, WorkKind>> = /* @__PURE__ */ workKindsIn(en);

/** The two titling regimes from a catalogue. */
export function regimesIn(messages: Messages): Readonly<Record<RegimeId, Regime>> {
  const regime = (id: RegimeId): Regime => ({
    id,
    name: messages[`regime.${id}.name`],
    summary: messages[`regime.${id}.summary`],
  });
  return { 'separate-tracks': regime('separate-tracks'), flat: regime('flat') };
}

/** The two titling regimes, in English. */
export const REGIMES: Readonly<Record<RegimeId, Regime>> = /* @__PURE__ */ regimesIn(en);

/** How well each regime suits each kind of work: the grid's verdicts, without their words. */
const FITS: Readonly<Record<Column, Readonly<Record<RegimeId, Fit>>>> = {
  research: { 'separate-tracks': 'fits', flat: 'risky' },
  rnd: { 'separate-tracks': 'works', flat: 'works' },
  product: { 'separate-tracks': 'overhead', flat: 'fits' },
};

/** The grid in the words of a catalogue: for each kind of dominant work, each regime's cell. */
export function gridIn(
  messages: FrameworkMessages,
): Readonly<Record<Column, Readonly<Record<RegimeId, GridCell>>>> {
  const cell = (work: Column, regime: RegimeId): GridCell => {
    const text = messages[`grid.${work}.${regime}`];
    return {
      work,
      regime,
      fit: FITS[work][regime],
      verdict: text.verdict,
      risk: text.risk,
      manage: text.manage,
      // Only the cells the framework names an organisation for have an example.
      example: 'example' in text ? text.example : null,
    };
  };
  const row = (work: Column) => ({
    'separate-tracks': cell(work, 'separate-tracks'),
    flat: cell(work, 'flat'),
  });
  return { research: row('research'), rnd: row('rnd'), product: row('product') };
}

/** The grid, in English: for each kind of dominant work, how each titling regime plays out. */
export const GRID: Readonly<Record<Column, Readonly<Record<RegimeId, GridCell>>>> =
  /* @__PURE__ */ gridIn(frameworkEn);

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
export function regimeAdvice(
  work: Column,
  shares: Shares,
  messages: FrameworkMessages = frameworkEn,
): RegimeAdviceFor {
  const recommended = titlingRegime(work, shares);
  const other = recommended === 'flat' ? 'separate-tracks' : 'flat';
  const grid = gridIn(messages);
  return { recommended, cell: grid[work][recommended], other: grid[work][other] };
}
