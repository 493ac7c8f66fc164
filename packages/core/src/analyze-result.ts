import { z } from 'zod';
import { ColumnSchema, RoleIdSchema, RolePair, Shares, Unit } from './ids-schema.ts';
import { RegimeAdvice, TwoJobs } from './quiz-result.ts';

const Offset = z.number().int().min(0);

/** The kinds of section a posting or rubric is cut into; each weighs its evidence differently. */
export const SECTION_KINDS = [
  'title',
  'summary',
  'responsibilities',
  'requirements',
  'nice-to-have',
  'metrics',
  'company',
  'benefits',
  'legal',
] as const;
/** A kind of section. */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The flags an analysis can raise. */
export const FLAG_CODES = [
  'title-mismatch',
  'wrong-column-metrics',
  'two-jobs',
  'no-evidence',
  'low-evidence',
  'truncated',
  'binary-looking',
  'level-drift',
] as const;
/** A flag code. */
export type FlagCode = (typeof FLAG_CODES)[number];

/** A character range of the analysed text, end exclusive (UTF-16 units, as `String.slice`). */
export const TextSpan = z.object({ start: Offset, end: Offset });

/** One phrase that speaks for a column, where it was found and how much it counted. */
export const Evidence = z.object({
  column: ColumnSchema,
  /** The text as written, so `text.slice(start, end) === phrase`. */
  phrase: z.string(),
  start: Offset,
  end: Offset,
  /** What it added to its column: section weight times phrase weight; negative when negated. */
  weight: z.number(),
  section: z.enum(SECTION_KINDS),
  /** True when the phrase is denied ("no PhD required"): it counts against its column. */
  negated: z.boolean(),
  /** True when the phrase says how the role is measured rather than what it does. */
  measure: z.boolean(),
  /**
   * For a phrase that grades another column than the role's: what to write instead, as a
   * replacement of `start`–`end` (the phrase's clause, shared by the phrases of one sentence).
   */
  suggestion: TextSpan.extend({ text: z.string() }).optional(),
});

/** A warning about the text, in one line, with the spans that raised it. */
export const AnalysisFlag = z.object({
  code: z.enum(FLAG_CODES),
  message: z.string(),
  spans: z.array(TextSpan),
});

/**
 * One level of a rubric or career ladder: what its criteria grade, by column, and what is wrong
 * with that (criteria of another column than the role's, too little said).
 */
export const AnalysisLevel = z.object({
  /** The level as the text names it ("L3", "Level 2 — Owns a line of work", "Senior"). */
  name: z.string(),
  /** The heading the level sits under (a track's ladder), or null. */
  ladder: z.string().nullable(),
  /** Where the level's name is written. */
  label: TextSpan,
  /** The text that belongs to the level: one range, or a table column's cells. */
  spans: z.array(TextSpan),
  /** Summed evidence weight of the level's criteria. */
  weight: z.number().min(0),
  /** The level's criteria by column; null when they say too little. */
  shares: Shares.nullable(),
  /** The column the level grades most; null when it says too little. */
  column: ColumnSchema.nullable(),
  /** `wrong-column-metrics` when the level grades another column than the role's, `low-evidence`. */
  flags: z.array(AnalysisFlag),
});

/** A section found in the text, so a UI can shade what counted and what did not. */
export const AnalysisSection = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string().nullable(),
  start: Offset,
  end: Offset,
  /** How much evidence in this section counts (0 for company boilerplate and benefits). */
  weight: z.number().min(0),
});

/** The title line, and the column it names (null when it names none, such as "MTS"). */
export const AnalysisTitle = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  column: ColumnSchema.nullable(),
});

/** Everything `analyze` says about a job posting or review rubric. */
export const Analysis = z.object({
  /** False when the text says too little about the work: then no role, position or shares. */
  enough: z.boolean(),
  /** 0 = research-scientist end, 1 = AI-engineer end. */
  position: Unit.nullable(),
  shares: Shares.nullable(),
  /** The role of the work the text describes most. */
  role: RoleIdSchema.nullable(),
  between: RolePair.nullable(),
  /** Both ends when the text asks for research and product work with little R&D between. */
  split: RolePair.nullable(),
  confidence: Unit,
  margin: Unit.nullable(),
  dominantWork: ColumnSchema.nullable(),
  /** Whether the text reads as a job posting or as a review rubric. */
  kind: z.enum(['posting', 'rubric']),
  title: AnalysisTitle.nullable(),
  /** Summed evidence weight per column for the work (what the role does). */
  weights: z.object({
    research: z.number().min(0),
    rnd: z.number().min(0),
    product: z.number().min(0),
  }),
  /** How the role is measured, when the text says so: the column those measures belong to. */
  measuredOn: z.object({ column: ColumnSchema, shares: Shares }).nullable(),
  evidence: z.array(Evidence),
  flags: z.array(AnalysisFlag),
  sections: z.array(AnalysisSection),
  regime: RegimeAdvice.nullable(),
  twoJobs: TwoJobs.nullable(),
  gradeOn: z.array(z.string()),
  dontGradeOn: z.array(z.string()),
  /** A rubric's or ladder's levels, in the order written; empty for a text without levels. */
  levels: z.array(AnalysisLevel),
  /** How many characters were read, and whether the text was cut to the limit. */
  analyzed: z.object({ chars: Offset, truncated: z.boolean() }),
});

/** The analysis of one text. */
export type Analysis = z.infer<typeof Analysis>;
/** One piece of evidence. */
export type Evidence = z.infer<typeof Evidence>;
/** One flag. */
export type AnalysisFlag = z.infer<typeof AnalysisFlag>;
/** One level of a rubric or ladder. */
export type AnalysisLevel = z.infer<typeof AnalysisLevel>;
/** One section. */
export type AnalysisSection = z.infer<typeof AnalysisSection>;
/** The detected title. */
export type AnalysisTitle = z.infer<typeof AnalysisTitle>;
/** A span of text. */
export type TextSpan = z.infer<typeof TextSpan>;
