import {
  LOW_EVIDENCE,
  measuredColumn,
  titleMismatch,
  wrongColumnMetrics,
} from './analyze-flags.ts';
import { type CompiledLexicon, compileLexicon, LEXICON } from './analyze-lexicon.ts';
import { isNegated } from './analyze-negation.ts';
import type { Analysis, AnalysisFlag, Evidence } from './analyze-result.ts';
import { GRID, titlingRegime } from './grid.ts';
import { COLUMNS, type Column, type Shares } from './ids.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { type Placement, placeShares } from './placement.ts';
import { postingSections, SECTION_WEIGHT } from './posting-sections.ts';
import { ROLES } from './roles.ts';

/** Text beyond this many characters is not read (and a flag says so). */
export const ANALYZE_MAX_CHARS = 100_000;

// A negated phrase counts against its column at this fraction of its weight.
const NEGATED = -0.5;
// The k-th repeat of the same phrase counts DECAY^k, so one word cannot carry a posting.
const DECAY = 0.7;
const FLOOR = 0.2;

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

let cache: CompiledLexicon | null = null;
const lexicon = () => {
  cache ??= compileLexicon(LEXICON);
  return cache;
};

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

const KEY_CHARS = 64;

function longestAt(compiled: CompiledLexicon, text: string, start: number) {
  let entry = -1;
  let end = start;
  for (const i of compiled.startingWith(text.charAt(start).toLowerCase())) {
    const s = compiled.sticky[i] as RegExp;
    s.lastIndex = start;
    if (s.test(text) && s.lastIndex > end) {
      end = s.lastIndex;
      entry = i;
    }
  }
  return { entry, length: end - start };
}

/** Every lexicon phrase in the text, longest phrase at each place, weighed by its section. */
function findEvidence(text: string, layout: ReturnType<typeof postingSections>): Evidence[] {
  const compiled = lexicon();
  const { regex, entries } = compiled;
  const seen = new Map<string, number>();
  const memo = new Map<string, { entry: number; length: number }>();
  const out: Evidence[] = [];
  let line = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const start = m.index;
    // The alternation takes the first pattern that matches here; take the longest instead. The
    // answer depends only on the next few characters, so repeated text is looked up, not rematched.
    const key = text.slice(start, start + KEY_CHARS);
    let found = memo.get(key);
    if (!found) {
      found = longestAt(compiled, text, start);
      if (found.length < KEY_CHARS - 1) memo.set(key, found);
    }
    const best = found.entry;
    const end = start + found.length;
    if (best < 0 || end === start) {
      regex.lastIndex = start + Math.max(1, m[0].length);
      continue;
    }
    regex.lastIndex = end;
    while (line < layout.lines.length - 1 && (layout.lines[line]?.end ?? 0) < start) line++;
    const where = layout.lines[line];
    const kind = where?.kind ?? 'summary';
    const entry = entries[best] as (typeof entries)[number];
    const negated = isNegated(text, start, end);
    const phrase = text.slice(start, end);
    const said = phrase.toLowerCase();
    const repeats = seen.get(said) ?? 0;
    if (!negated) seen.set(said, repeats + 1);
    const base = entry.weight * SECTION_WEIGHT[kind];
    const weight = negated ? NEGATED * base : base * Math.max(FLOOR, DECAY ** repeats);
    out.push({
      column: entry.column,
      phrase,
      start,
      end,
      weight: Math.round(weight * 1000) / 1000,
      section: kind,
      negated,
      measure: where?.measure ?? false,
    });
  }
  return out;
}

const sum = (evidence: readonly Evidence[], measure: boolean): Shares => {
  const totals = { research: 0, rnd: 0, product: 0 };
  for (const e of evidence) if (e.measure === measure) totals[e.column] += e.weight;
  for (const c of COLUMNS) totals[c] = Math.max(0, Math.round(totals[c] * 1000) / 1000);
  return totals;
};
const massOf = (s: Shares) => s.research + s.rnd + s.product;
const normalize = (s: Shares): Shares => {
  const total = massOf(s);
  return total > 0
    ? { research: s.research / total, rnd: s.rnd / total, product: s.product / total }
    : { research: 0, rnd: 1, product: 0 };
};

/**
 * Read a job posting or review rubric and say which role its work calls for: the column shares,
 * the spectrum position, every piece of evidence with its span, and flags for the wrong-column
 * trap. Pure, deterministic, never throws; a non-string is an error value.
 * @example
 * const r = analyze('Ship LLM features to customers; own latency and uptime.');
 * if (r.ok) r.value.role // 'ai-engineer'
 */
export function analyze(text: unknown): Outcome<Analysis> {
  if (typeof text !== 'string') {
    return fail({ code: 'invalid_text', message: 'text must be a string', path: ['text'] });
  }
  const { read, truncated } = capText(text);
  // Pasted pages use typographic apostrophes ("What you’ll do"); headings are matched with
  // straight ones. Same length, so every span still points into the original text.
  const layout = postingSections(read.replace(/[\u2018\u2019\u02bc]/g, "'"));
  const title = layout.title ? { ...layout.title, column: titleColumn(layout.title.text) } : null;
  const evidence = findEvidence(read, layout);
  const work = sum(evidence, false);
  const measure = sum(evidence, true);
  const workMass = massOf(work);
  const measureMass = massOf(measure);
  // With too little said about the work itself (a bare rubric), the measures are the work.
  const fromMeasures = workMass < LOW_EVIDENCE && measureMass > workMass;
  const weights = fromMeasures
    ? {
        research: work.research + measure.research,
        rnd: work.rnd + measure.rnd,
        product: work.product + measure.product,
      }
    : work;
  const mass = massOf(weights);
  const placement = placeShares(weights);
  const confidence = Math.round(placement.confidence * Math.min(1, mass / 8) * 100) / 100;

  const flags: AnalysisFlag[] = [];
  const measured = measuredColumn(measure);
  const workOnly: Placement | null = workMass >= LOW_EVIDENCE ? placeShares(work) : null;
  const workSide = workOnly
    ? { column: workOnly.dominantWork, placement: workOnly, fromTitle: false }
    : title?.column
      ? { column: title.column, placement: null, fromTitle: true }
      : null;
  const wrong = wrongColumnMetrics(measured, workSide, evidence);
  if (wrong) flags.push(wrong);
  const mismatch = fromMeasures && wrong ? null : titleMismatch(title, placement, evidence, mass);
  if (mismatch) flags.push(mismatch);
  if (mass === 0) {
    flags.push({
      code: 'no-evidence',
      message:
        'Nothing here speaks for research, R&D or product work, so no role can be read from it; the placement shown is only the middle of the line.',
      spans: [],
    });
  } else if (mass < LOW_EVIDENCE) {
    flags.push({
      code: 'low-evidence',
      message:
        'Only a few phrases say what the work is, so treat this placement as a guess; a fuller description of the duties would settle it.',
      spans: evidence.filter((e) => e.weight > 0).map((e) => ({ start: e.start, end: e.end })),
    });
  }
  if (truncated) {
    flags.push({
      code: 'truncated',
      message: `Only the first ${ANALYZE_MAX_CHARS} characters were read; the rest of the text was left out.`,
      spans: [],
    });
  }
  if (looksBinary(read)) {
    flags.push({
      code: 'binary-looking',
      message:
        'This looks like binary data rather than written text, so any placement from it means little.',
      spans: [],
    });
  }
  const recommended = titlingRegime(placement.dominantWork, placement.shares);
  const other = recommended === 'flat' ? 'separate-tracks' : 'flat';
  const role = ROLES[placement.role];
  return ok({
    ...placement,
    confidence: mass === 0 ? 0 : confidence,
    kind: layout.rubric || (fromMeasures && measureMass > 0) ? 'rubric' : 'posting',
    title,
    weights,
    measuredOn: measured ? { column: measured, shares: roundShares(normalize(measure)) } : null,
    evidence,
    flags,
    sections: layout.sections,
    regime: {
      recommended,
      cell: GRID[placement.dominantWork][recommended],
      other: GRID[placement.dominantWork][other],
    },
    gradeOn: role.gradeOn,
    dontGradeOn: role.dontGradeOn,
    analyzed: { chars: read.length, truncated },
  });
}

function roundShares(s: Shares): Shares {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { research: r(s.research), rnd: r(s.rnd), product: r(s.product) };
}
