import { MIN_EVIDENCE, quoted, roleName, strongest } from './analyze-flags.ts';
import type { AnalysisFlag, AnalysisLevel, Evidence, TextSpan } from './analyze-result.ts';
import { COLUMNS, type Column, type Shares, spectrumPosition } from './ids.ts';
import type { LevelBlock } from './level-blocks.ts';
import type { Messages } from './messages/en.ts';
import { dominantColumn, normalizeShares } from './placement.ts';
import { round } from './round.ts';

/** A level whose criteria are this much another column's grades that column, not the role's. */
const WRONG_SHARE = 0.5;
/** Levels whose average positions on the spectrum differ this much from bottom to top drift. */
const DRIFT = 0.3;

const inside = (e: Evidence, spans: readonly TextSpan[]) =>
  spans.some((s) => e.start >= s.start && e.end <= s.end);
/**
 * A level as a sentence names it: its label without the name after it.
 * @example levelLabel('Level 3 — Leads an area') // 'Level 3'
 */
export const levelLabel = (name: string) => name.split(/\s+[—–-]\s+|:\s|\s\(/)[0]?.trim() || name;

/** One level's shares and flags, against the columns the role is graded on (`intended`). */
function auditLevel(
  block: LevelBlock,
  evidence: readonly Evidence[],
  intended: readonly Column[],
  m: Messages,
): AnalysisLevel {
  const own = evidence.filter((e) => inside(e, block.spans));
  const totals: Shares = { research: 0, rnd: 0, product: 0 };
  for (const e of own) totals[e.column] += e.weight;
  for (const c of COLUMNS) totals[c] = Math.max(0, round(totals[c], 3));
  const weight = round(totals.research + totals.rnd + totals.product, 3);
  const name = levelLabel(block.name);
  const base = { name: block.name, ladder: block.ladder, label: block.label, spans: block.spans };
  if (weight < MIN_EVIDENCE) {
    const flag: AnalysisFlag = {
      code: 'low-evidence',
      message: m['analyze.level.lowEvidence'](name),
      spans: [block.label],
    };
    return { ...base, weight, shares: null, column: null, flags: intended.length ? [flag] : [] };
  }
  const shares = normalizeShares(totals);
  const column = dominantColumn(shares);
  const flags: AnalysisFlag[] = [];
  const others = COLUMNS.filter((c) => !intended.includes(c));
  const off = others.reduce((sum, c) => sum + shares[c], 0);
  const [first] = intended;
  if (first && off >= WRONG_SHARE) {
    // Both measures and work phrases: in a rubric, every line is a criterion.
    const shown = others
      .flatMap((c) => [...strongest(own, c, 5, true), ...strongest(own, c, 5, false)])
      .sort((a, b) => b.weight - a.weight || a.start - b.start)
      .slice(0, 5);
    const columns = others.filter((c) => shares[c] > 0).sort((a, b) => shares[b] - shares[a]);
    flags.push({
      code: 'wrong-column-metrics',
      message: m['analyze.level.wrongColumn'](
        name,
        m['analyze.roleList'](columns.map((c) => roleName(m, c))),
        quoted(m, shown),
        roleName(m, intended.includes(column) ? column : first),
      ),
      spans: shown.map((e) => ({ start: e.start, end: e.end })).sort((a, b) => a.start - b.start),
    });
  }
  return { ...base, weight, shares, column, flags };
}

/**
 * The levels of one ladder drift when the bottom half grades one column and the top half another
 * (junior levels on engineering, senior levels on papers): by the average spectrum position of
 * each half, and the columns of its first and last levels.
 */
function driftOf(levels: readonly AnalysisLevel[], m: Messages): AnalysisFlag | null {
  const ladders = new Map<string | null, AnalysisLevel[]>();
  for (const level of levels) {
    if (!level.shares) continue;
    const list = ladders.get(level.ladder) ?? [];
    list.push(level);
    ladders.set(level.ladder, list);
  }
  for (const list of ladders.values()) {
    if (list.length < 2) continue;
    const half = Math.floor(list.length / 2);
    const low = list.slice(0, half);
    const high = list.slice(list.length - half);
    const at = (part: AnalysisLevel[]) =>
      part.reduce((sum, l) => sum + spectrumPosition(l.shares as Shares), 0) / part.length;
    const from = low[0]?.column;
    const to = high.at(-1)?.column;
    if (!from || !to || from === to || Math.abs(at(low) - at(high)) < DRIFT) continue;
    const names = (part: AnalysisLevel[], column: Column) =>
      m['analyze.quoted'](part.filter((l) => l.column === column).map((l) => levelLabel(l.name)));
    return {
      code: 'level-drift',
      message: m['analyze.flag.levelDrift'](
        names(low, from),
        roleName(m, from),
        names(high, to),
        roleName(m, to),
      ),
      spans: [...low, ...high].map((l) => l.label),
    };
  }
  return null;
}

/**
 * Audit a rubric's or ladder's levels: each level's criteria by column, a flag on each level that
 * grades another column than `intended` (the role's), and a `level-drift` flag when the levels of
 * one ladder move from one column to another as they rise. `intended` empty (no role placed)
 * audits shares only.
 */
export function auditLevels(
  blocks: readonly LevelBlock[],
  evidence: readonly Evidence[],
  intended: readonly Column[],
  m: Messages,
): { levels: AnalysisLevel[]; drift: AnalysisFlag | null } {
  const counted = evidence.filter((e) => e.section !== 'title' && e.weight !== 0);
  const levels = blocks.map((block) => auditLevel(block, counted, intended, m));
  return { levels, drift: driftOf(levels, m) };
}
