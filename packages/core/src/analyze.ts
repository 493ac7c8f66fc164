import { findHits, type Hit } from './analyze-evidence.ts';
import {
  fairMeasure,
  LOW_EVIDENCE,
  MIN_EVIDENCE,
  measuredColumn,
  titleMismatch,
  twoJobsFlag,
  wrongColumnMetrics,
} from './analyze-flags.ts';
import { auditLevels } from './analyze-levels.ts';
import { type AnalyzerModel, DEFAULT_MODEL } from './analyze-model.ts';
import type { Analysis, AnalysisFlag, AnalysisLevel, Evidence } from './analyze-result.ts';
import { suggestionsFor } from './analyze-suggestions.ts';
import { type CompiledLexicon, compileLexicon } from './compile-lexicon.ts';
import { confidenceFrom } from './confidence.ts';
import { grading } from './grading.ts';
import { regimeAdvice } from './grid.ts';
import { COLUMN_OF_ROLE, COLUMNS, type Column, type RoleId, type Shares } from './ids.ts';
import { type LevelBlock, levelBlocks } from './level-blocks.ts';
import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { type Placement, placementColumns, placeShares } from './placement.ts';
import { postingSections } from './posting-sections.ts';
import { round } from './round.ts';
import { twoJobs } from './two-jobs.ts';

/** Text beyond this many characters is not read (and a flag says so). */
export const ANALYZE_MAX_CHARS = 100_000;

/** Evidence weight at which the absolute lead counts in full toward confidence (two strong phrases). */
const FULL_LEAD = 6;

const TITLE_COLUMN: [Column, RegExp][] = [
  ['rnd', /research (software )?engineer|\b(ml|training|research) infra/i],
  ['research', /(?<!data |applied )\b(research )?scientist|researcher|research fellow|postdoc/i],
  [
    'product',
    /\b(ai|ml|machine learning|llm|gen ?ai|applied ai|product|software|backend|full[- ]?stack|platform|mlops|forward[- ]deployed|solutions|deployment|inference)\b.{0,12}\b(engineer|developer)|\bswe\b/i,
  ],
];

/** The column a job title names, or null when it names none ("Member of Technical Staff"). */
export function titleColumn(title: string): Column | null {
  for (const [column, pattern] of TITLE_COLUMN) if (pattern.test(title)) return column;
  return null;
}

function capText(text: string): { read: string; truncated: boolean } {
  if (text.length <= ANALYZE_MAX_CHARS) return { read: text, truncated: false };
  const code = text.charCodeAt(ANALYZE_MAX_CHARS - 1);
  // Never cut a surrogate pair in half.
  const cut = code >= 0xd800 && code <= 0xdbff ? ANALYZE_MAX_CHARS - 1 : ANALYZE_MAX_CHARS;
  return { read: text.slice(0, cut), truncated: true };
}

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd / sample.length > 0.1;
}

const sum = (evidence: readonly Evidence[], measure: boolean): Shares => {
  const totals = { research: 0, rnd: 0, product: 0 };
  for (const e of evidence) if (e.measure === measure) totals[e.column] += e.weight;
  for (const c of COLUMNS) totals[c] = Math.max(0, round(totals[c], 3));
  return totals;
};
const massOf = (s: Shares) => s.research + s.rnd + s.product;
const roundShares = (s: Shares): Shares => {
  const total = massOf(s);
  const r = (x: number) => round(x / total, 4);
  return { research: r(s.research), rnd: r(s.rnd), product: r(s.product) };
};

/** The text as the model reads it: its layout and every hit, before any weight is applied. */
export type ReadText = {
  read: string;
  truncated: boolean;
  layout: ReturnType<typeof postingSections>;
  /** A rubric's or ladder's levels, when it has two or more. */
  levels: LevelBlock[];
  hits: Hit[];
};

/** Read a text with a compiled lexicon: sections and hits, no weights yet. */
export function readText(text: string, compiled: CompiledLexicon): ReadText {
  const { read, truncated } = capText(text);
  // Pasted pages use typographic apostrophes ("What you’ll do"); headings are matched with
  // straight ones. Same length, so every span still points into the original text.
  const layout = postingSections(read.replace(/[\u2018\u2019\u02bc]/g, "'"));
  return {
    read,
    truncated,
    layout,
    levels: levelBlocks(read),
    hits: findHits(read, layout, compiled),
  };
}

/**
 * Confidence of a text's placement: how far its evidence is from another role leading, as the
 * absolute lead in evidence weight (the text's "changes to flip": how much more would have to be
 * said) and the margin of the dominant share, combined as for the quiz (see confidenceFrom), then
 * scaled down while there is little evidence at all (full from 2 × LOW_EVIDENCE).
 */
export function textConfidence(weights: Shares, placement: Placement): number {
  const mass = massOf(weights);
  const lead = placement.margin * mass;
  const stable = confidenceFrom(1 + Math.min(1, lead / FULL_LEAD), 2, placement.margin);
  return round(stable * Math.min(1, mass / (2 * LOW_EVIDENCE)), 2);
}

/**
 * An analyzer over a model (the phrase lexicon and its weights). `analyze` is the one over the
 * committed model; evaluation builds others from weights fitted on part of a data set.
 */
export function createAnalyzer(model: AnalyzerModel, messages: Messages = en): Analyzer {
  let compiled: CompiledLexicon | null = null;
  return (text, options) => {
    if (typeof text !== 'string') {
      return fail({
        code: 'invalid_text',
        message: messages['analyze.invalidText'],
        path: ['text'],
      });
    }
    compiled ??= compileLexicon(model.lexicon);
    const role = options?.role ? COLUMN_OF_ROLE[options.role] : null;
    return ok(analyzeRead(readText(text, compiled), compiled, model.titleWeight, messages, role));
  };
}

/**
 * What else an analysis can be told: `role`, the role the text is meant to grade (a rubric for
 * a research engineer), audits its levels and suggests rewrites against that role rather than
 * the one its title names or its work reads as. It never changes the placement.
 */
export type AnalyzeOptions = { role?: RoleId | undefined };

/** Read a text and say which role its work calls for (see `analyze`). */
export type Analyzer = (text: unknown, options?: AnalyzeOptions) => Outcome<Analysis>;

function analyzeRead(
  input: ReadText,
  compiled: CompiledLexicon,
  titleWeight: number,
  m: Messages,
  role: Column | null,
): Analysis {
  const { read, truncated, layout, hits, levels: blocks } = input;
  const title = layout.title ? { ...layout.title, column: titleColumn(layout.title.text) } : null;
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    const weight = (compiled.entries[hit.entry]?.weight ?? 0) * hit.factor;
    evidence.push({
      column: hit.column,
      phrase: hit.phrase,
      start: hit.start,
      end: hit.end,
      weight: round(weight, 3),
      section: hit.section,
      negated: hit.negated,
      measure: hit.measure,
    });
  }
  const work = sum(evidence, false);
  const measure = sum(evidence, true);
  const workMass = massOf(work);
  const measureMass = massOf(measure);
  // With too little said about the work itself (a bare rubric), the measures are the work.
  const fromMeasures = workMass < LOW_EVIDENCE && measureMass > workMass;
  const body = fromMeasures
    ? {
        research: work.research + measure.research,
        rnd: work.rnd + measure.rnd,
        product: work.product + measure.product,
      }
    : work;
  // A title that names a column counts like a phrase or two: it tips a close call, no more.
  const titleCounts = title?.column && massOf(body) >= MIN_EVIDENCE && titleWeight > 0;
  if (titleCounts && title?.column) {
    evidence.unshift({
      column: title.column,
      phrase: read.slice(title.start, title.end),
      start: title.start,
      end: title.end,
      weight: titleWeight,
      section: 'title',
      negated: false,
      measure: false,
    });
  }
  const weights =
    titleCounts && title?.column
      ? { ...body, [title.column]: round(body[title.column] + titleWeight, 3) }
      : body;
  const mass = massOf(weights);
  const enough = massOf(body) >= MIN_EVIDENCE;
  const placement = enough ? placeShares(weights) : null;

  const flags: AnalysisFlag[] = [];
  const measured = measuredColumn(measure);
  const workOnly: Placement | null = workMass >= LOW_EVIDENCE ? placeShares(work) : null;
  const workSide = workOnly
    ? { columns: placementColumns(workOnly), placement: workOnly, fromTitle: false }
    : title?.column
      ? { columns: [title.column], placement: null, fromTitle: true }
      : null;
  const wrong = wrongColumnMetrics(measure, workSide, evidence, m);
  if (wrong) flags.push(wrong);
  const mismatch =
    placement && !(fromMeasures && wrong)
      ? titleMismatch(title, placement, evidence, mass, m)
      : null;
  if (mismatch) flags.push(mismatch);
  const both = twoJobsFlag(placement, measure, evidence, layout.rubric || fromMeasures, m);
  if (both) flags.push(both);
  if (!enough) {
    flags.push({
      code: 'no-evidence',
      message: m[mass === 0 ? 'analyze.flag.noEvidence.none' : 'analyze.flag.noEvidence.few'],
      spans: evidence.filter((e) => e.weight > 0).map((e) => ({ start: e.start, end: e.end })),
    });
  } else if (mass < LOW_EVIDENCE) {
    flags.push({
      code: 'low-evidence',
      message: m['analyze.flag.lowEvidence'],
      spans: evidence.filter((e) => e.weight > 0).map((e) => ({ start: e.start, end: e.end })),
    });
  }
  // Each level of a ladder is audited against the role the title names, or else the text's own.
  const intended = role
    ? [role]
    : title?.column
      ? [title.column]
      : placement
        ? placementColumns(placement)
        : [];
  const { levels, drift } = auditLevels(blocks, evidence, intended, m);
  if (drift) flags.push(drift);
  suggest(read, evidence, {
    intended,
    wrong,
    levels,
    placement,
    work: workOnly,
    asked: role !== null,
  });
  if (truncated) {
    flags.push({
      code: 'truncated',
      message: m['analyze.flag.truncated'](ANALYZE_MAX_CHARS),
      spans: [],
    });
  }
  if (looksBinary(read)) {
    flags.push({
      code: 'binary-looking',
      message: m['analyze.flag.binaryLooking'],
      spans: [],
    });
  }
  const common = {
    kind:
      layout.rubric || levels.length > 0 || (fromMeasures && measureMass > 0)
        ? 'rubric'
        : 'posting',
    title,
    weights,
    measuredOn: measured ? { column: measured, shares: roundShares(measure) } : null,
    evidence,
    flags,
    sections: layout.sections,
    levels,
    analyzed: { chars: read.length, truncated },
  } as const;
  if (!placement) {
    return {
      ...common,
      enough: false,
      position: null,
      shares: null,
      role: null,
      between: null,
      split: null,
      margin: null,
      confidence: 0,
      dominantWork: null,
      regime: null,
      twoJobs: null,
      gradeOn: [],
      dontGradeOn: [],
    };
  }
  return {
    ...common,
    enough: true,
    ...placement,
    confidence: textConfidence(weights, placement),
    regime: regimeAdvice(placement.dominantWork, placement.shares, m),
    twoJobs: placement.split ? twoJobs(placement.shares, 'role', undefined, m) : null,
    ...grading(placement, m),
  };
}

/**
 * Give each phrase that grades another column than the role's a suggestion of what to measure
 * instead: in a rubric or ladder with levels, the other columns' criteria of each level flagged
 * for grading the wrong column; in any other text, the measures the wrong-column flag counted.
 */
function suggest(
  read: string,
  evidence: Evidence[],
  context: {
    intended: readonly Column[];
    wrong: AnalysisFlag | null;
    levels: readonly AnalysisLevel[];
    placement: Placement | null;
    work: Placement | null;
    /** True when the caller named the role: its measures are judged against it, flag or not. */
    asked: boolean;
  },
): void {
  const { intended, wrong, levels, placement, work, asked } = context;
  const [first] = intended;
  if (!first) return;
  const target =
    placement && intended.includes(placement.dominantWork) ? placement.dominantWork : first;
  const wrongLevels = levels.filter((l) => l.flags.some((f) => f.code === 'wrong-column-metrics'));
  const candidates = evidence.filter(
    (e) =>
      e.weight > 0 &&
      !e.negated &&
      e.section !== 'title' &&
      !intended.includes(e.column) &&
      // A ladder is judged level by level: its bridge lines name the other columns on purpose.
      (levels.length > 0
        ? wrongLevels.some((l) => l.spans.some((s) => e.start >= s.start && e.end <= s.end))
        : (wrong !== null || asked) && e.measure && !fairMeasure(e.column, intended, work)),
  );
  for (const [e, suggestion] of suggestionsFor(read, candidates, target)) e.suggestion = suggestion;
}

/**
 * Read a job posting or review rubric and say which role its work calls for: the column shares,
 * the spectrum position, every piece of evidence with its span, and flags (English) for the wrong-column
 * trap and for two jobs in one. With too little evidence it says so and names no role. Pure,
 * deterministic, never throws; a non-string is an error value.
 * @example
 * const r = analyze('Ship LLM features to customers; own latency and uptime.');
 * if (r.ok) r.value.role // 'ai-engineer'
 */
export const analyze: Analyzer = createAnalyzer(DEFAULT_MODEL);
