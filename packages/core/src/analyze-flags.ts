import type { AnalysisFlag, AnalysisTitle, Evidence, TextSpan } from './analyze-result.ts';
import { COLUMNS, type Column, ROLE_OF_COLUMN, type RoleId, type Shares } from './ids.ts';
import type { Messages } from './messages/en.ts';
import type { Placement } from './placement.ts';

/** Below this much evidence, there is not enough to say: no role is named. */
export const MIN_EVIDENCE = 1.5;
/** Below this much work evidence, the analysis says it is unsure. */
export const LOW_EVIDENCE = 4;
/** Below this much measurement evidence, no wrong-column flag is raised. */
const MIN_MEASURE = 1.5;
/** Measures of other columns at this share of all measures or more grade the role on the wrong column. */
export const WRONG_WORK_SHARE = 0.3;

// Lower-case as the flags have always said it ("r&d-heavy"); another language says it its way.
// Names as a sentence has them: "R&D-heavy" keeps its capitals, "research scientist" does not.
const workName = (m: Messages, column: Column) => m[`work.${column}.inSentence`];
/** The role of a column's work as a sentence names it mid-way ("research scientist"). */
export const roleName = (m: Messages, column: Column) =>
  m['role.inSentence'](m[`role.${ROLE_OF_COLUMN[column]}`].name);
const near = (column: Column, placement: Placement) =>
  column === placement.dominantWork ||
  ((placement.between ?? placement.split)?.includes(ROLE_OF_COLUMN[column] as RoleId) ?? false);

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

/** Up to three of the phrases, each once, quoted as the catalogue quotes. */
export const quoted = (m: Messages, items: readonly Evidence[]) =>
  m['analyze.quoted']([...new Set(items.map((e) => e.phrase.toLowerCase()))].slice(0, 3));

/** The title names one column while the work describes another. */
export function titleMismatch(
  title: AnalysisTitle | null,
  placement: Placement,
  evidence: readonly Evidence[],
  mass: number,
  m: Messages,
): AnalysisFlag | null {
  if (!title?.column || mass < LOW_EVIDENCE) return null;
  const work = placement.dominantWork;
  if (near(title.column, placement)) return null;
  if (placement.shares[work] - placement.shares[title.column] < 0.15) return null;
  const shown = strongest(evidence, work, 3, false);
  return {
    code: 'title-mismatch',
    message: m['analyze.flag.titleMismatch'](
      roleName(m, title.column),
      workName(m, work),
      quoted(m, shown),
      roleName(m, work),
    ),
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

/**
 * Whether measuring the work on `column`'s terms is fair: it is one of the work's own `columns`,
 * or the work itself spends a good part of its week on it (`WRONG_WORK_SHARE` or more).
 */
export function fairMeasure(
  column: Column,
  columns: readonly Column[],
  work: Placement | null,
): boolean {
  return columns.includes(column) || (work !== null && work.shares[column] >= WRONG_WORK_SHARE);
}

/** The role is measured on another column's terms: the article's trap. */
export function wrongColumnMetrics(
  measure: Shares,
  work: { columns: Column[]; placement: Placement | null; fromTitle: boolean } | null,
  evidence: readonly Evidence[],
  m: Messages,
): AnalysisFlag | null {
  const total = measure.research + measure.rnd + measure.product;
  if (!work || total < MIN_MEASURE) return null;
  const wrong = COLUMNS.filter(
    (c) => !fairMeasure(c, work.columns, work.placement) && measure[c] > 0,
  );
  const wrongMass = wrong.reduce((a, c) => a + measure[c], 0);
  if (wrongMass < MIN_MEASURE || wrongMass / total < WRONG_WORK_SHARE) return null;
  const shown = wrong
    .flatMap((c) => strongest(evidence, c, 5, true))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 5);
  const columns = [...wrong].sort((a, b) => measure[b] - measure[a]);
  const roles = m['analyze.roleList'](columns.map((c) => roleName(m, c)));
  return {
    code: 'wrong-column-metrics',
    message: work.fromTitle
      ? m['analyze.flag.wrongColumn.byTitle'](
          roles,
          quoted(m, shown),
          roleName(m, work.columns[0] as Column),
        )
      : m['analyze.flag.wrongColumn.byWork'](
          roles,
          quoted(m, shown),
          workName(m, work.placement?.dominantWork ?? (work.columns[0] as Column)),
        ),
    spans: spans(shown),
  };
}

/** Research and product each hold a large share, with little R&D: of the work, or of its measures. */
function bothEnds(s: Shares): boolean {
  const total = s.research + s.rnd + s.product;
  if (total <= 0) return false;
  const r = s.research / total;
  const p = s.product / total;
  return r >= 0.3 && p >= 0.3 && s.rnd / total < Math.min(r, p);
}

/** The text asks for both ends at once: open research and production ownership, two jobs in one. */
export function twoJobsFlag(
  placement: Placement | null,
  measure: Shares,
  evidence: readonly Evidence[],
  rubric: boolean,
  m: Messages,
): AnalysisFlag | null {
  const inWork = placement?.split != null;
  const inMeasures =
    measure.research + measure.rnd + measure.product >= 2 * MIN_MEASURE && bothEnds(measure);
  if (!inWork && !inMeasures) return null;
  const measured = !inWork;
  // The phrases of the body (work or measures alike), not the title line.
  const body = evidence.filter((e) => e.section !== 'title');
  const top = (column: Column) =>
    [...strongest(body, column, 3, measured), ...strongest(body, column, 3, !measured)].slice(0, 3);
  const research = top('research');
  const product = top('product');
  return {
    code: 'two-jobs',
    message: m[rubric || measured ? 'analyze.flag.twoJobs.grades' : 'analyze.flag.twoJobs.asks'](
      quoted(m, research),
      quoted(m, product),
    ),
    spans: spans([...research, ...product]),
  };
}
