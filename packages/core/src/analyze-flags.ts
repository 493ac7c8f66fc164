import type { AnalysisFlag, AnalysisTitle, Evidence, TextSpan } from './analyze-result.ts';
import { WORK_KINDS } from './grid.ts';
import { COLUMNS, type Column, ROLE_OF_COLUMN, type RoleId, type Shares } from './ids.ts';
import type { Placement } from './placement.ts';
import { ROLES } from './roles.ts';

/** Below this much work evidence, the analysis says it is unsure. */
export const LOW_EVIDENCE = 4;
/** Below this much measurement evidence, no wrong-column flag is raised. */
const MIN_MEASURE = 1.5;

const workName = (column: Column) => WORK_KINDS[column].name.toLowerCase();
const roleName = (column: Column) => ROLES[ROLE_OF_COLUMN[column]].name;
const near = (column: Column, placement: Placement) =>
  column === placement.dominantWork ||
  (placement.between?.includes(ROLE_OF_COLUMN[column] as RoleId) ?? false);

/** The strongest spans of one column, strongest first, at most `count`. */
export function strongest(
  evidence: readonly Evidence[],
  column: Column,
  count: number,
  measure: boolean,
) {
  return evidence
    .filter((e) => e.column === column && e.measure === measure && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, count);
}

const spans = (items: readonly Evidence[]): TextSpan[] =>
  items.map((e) => ({ start: e.start, end: e.end })).sort((a, b) => a.start - b.start);

const quoted = (items: readonly Evidence[]) =>
  [...new Set(items.map((e) => `"${e.phrase.toLowerCase()}"`))].slice(0, 3).join(', ');

/** The title names one column while the work describes another. */
export function titleMismatch(
  title: AnalysisTitle | null,
  placement: Placement,
  evidence: readonly Evidence[],
  mass: number,
): AnalysisFlag | null {
  if (!title?.column || mass < LOW_EVIDENCE) return null;
  const work = placement.dominantWork;
  if (near(title.column, placement)) return null;
  if (placement.shares[work] - placement.shares[title.column] < 0.15) return null;
  const shown = strongest(evidence, work, 3, false);
  return {
    code: 'title-mismatch',
    message: `The title says ${roleName(title.column)}, but the work it describes is ${workName(work)} (${quoted(shown)}), which is ${roleName(work)} work: title and ladder should follow the work.`,
    spans: [{ start: title.start, end: title.end }, ...spans(shown)],
  };
}

/** Which column the measurement evidence belongs to, or null when there is too little. */
export function measuredColumn(measure: Shares): Column | null {
  const total = measure.research + measure.rnd + measure.product;
  if (total < MIN_MEASURE) return null;
  let best: Column = 'rnd';
  for (const c of COLUMNS) if (measure[c] > measure[best]) best = c;
  return measure[best] / total >= 0.5 ? best : null;
}

/** The role is measured on another column's terms: the article's trap. */
export function wrongColumnMetrics(
  measured: Column | null,
  work: { column: Column; placement: Placement | null; fromTitle: boolean } | null,
  evidence: readonly Evidence[],
): AnalysisFlag | null {
  if (!measured || !work || measured === work.column) return null;
  if (work.placement) {
    if (near(measured, work.placement)) return null;
    if (work.placement.shares[measured] >= 0.3) return null;
  }
  const shown = strongest(evidence, measured, 5, true);
  const whose = work.fromTitle
    ? `the title names ${roleName(work.column)}`
    : `the work is ${workName(work.column)}`;
  return {
    code: 'wrong-column-metrics',
    message: `Measured on ${roleName(measured)} terms (${quoted(shown)}) while ${whose}: that grades the role on another column's metrics.`,
    spans: spans(shown),
  };
}
