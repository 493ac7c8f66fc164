import { z } from 'zod';
import { type DimensionId, REGIME_IDS } from './ids.ts';
import { RoleIdSchema, RolePair } from './ids-schema.ts';

/**
 * The dimensions a rubric grades, in order: four of the comparison's (what the work answers, what
 * it produces, what it optimises, its horizon) and, instead of the hiring-only background, how the
 * work crosses the bridge between research and product.
 */
export const RUBRIC_DIMENSION_IDS = [
  'core-question',
  'output',
  'optimizes-for',
  'time-horizon',
  'bridge',
] as const satisfies readonly (DimensionId | 'bridge')[];
/** A dimension of a rubric. */
export type RubricDimensionId = (typeof RUBRIC_DIMENSION_IDS)[number];

/** The fewest and most levels a rubric has, and how many it has when none are asked for. */
export const RUBRIC_LEVELS = { min: 3, max: 7, default: 5 } as const;

/**
 * The steps of scope a level can stand for, from guided work to setting direction for the
 * organisation. A rubric of n levels takes n of them, spread from the first to the last.
 */
export const RUBRIC_STAGES = 7;

/** One cell of a ladder: what a reviewer looks for on one dimension, for one role's work. */
export const RubricCriterion = z.object({
  dimension: z.enum(RUBRIC_DIMENSION_IDS),
  role: RoleIdSchema,
  text: z.string(),
});

/** One level of a ladder: its scope, a criterion per dimension (and role), and what not to grade on. */
export const RubricLevel = z.object({
  /** 1 for the first level. */
  level: z.number().int().min(1).max(RUBRIC_LEVELS.max),
  /** Which step of scope the level stands for (1 to RUBRIC_STAGES): levels skip steps when fewer. */
  stage: z.number().int().min(1).max(RUBRIC_STAGES),
  name: z.string(),
  /** The level's scope in one sentence: how much it owns and how much guidance it needs. */
  scope: z.string(),
  criteria: z.array(RubricCriterion),
  /** Under one flat title: how each kind of work on the ladder is recognised at this level. */
  recognition: z.array(z.object({ role: RoleIdSchema, text: z.string() })),
  /** The other columns' outputs and metrics: grading this level on them is the trap. */
  dontGradeOn: z.array(z.string()),
});

/** One ladder: a track's (separate tracks) or the shared title's (flat), with its levels. */
export const RubricLadder = z.object({
  /** The role whose track this is, or null for the one ladder under a shared title. */
  track: RoleIdSchema.nullable(),
  name: z.string(),
  /** The roles whose work the ladder grades: one, or both parts of a two-jobs split. */
  roles: z.array(RoleIdSchema).min(1).max(2),
  /** What each of those roles is for, in a paragraph each. */
  summary: z.array(z.string()),
  /** What to grade the ladder's work on, at every level. */
  gradeOn: z.array(z.string()),
  levels: z.array(RubricLevel),
});

/** What one track hands to another, and when: the explicit interface between separate tracks. */
export const RubricInterface = z.object({
  from: RoleIdSchema,
  to: RoleIdSchema,
  hands: z.string(),
});

/** A review rubric: levels × dimensions for a role (or a two-jobs split) under a titling regime. */
export const Rubric = z.object({
  /** The role the rubric grades, or the two roles of a split (research end first). */
  roles: z.array(RoleIdSchema).min(1).max(2),
  /** The two ends when the rubric is for two jobs in one, otherwise null. */
  split: RolePair.nullable(),
  regime: z.enum(REGIME_IDS),
  /** How many levels each ladder has. */
  levels: z.number().int().min(RUBRIC_LEVELS.min).max(RUBRIC_LEVELS.max),
  title: z.string(),
  /** How to read the rubric, in a sentence or two. */
  intro: z.string(),
  /** The titling regime's verdict for this work, and how to manage its risk. */
  titling: z.object({ name: z.string(), verdict: z.string(), manage: z.string() }),
  ladders: z.array(RubricLadder).min(1),
  /** Between separate tracks: who hands what to whom. Empty under one flat title. */
  interfaces: z.array(RubricInterface),
  /** The rubric is about work, not a verdict about a person. */
  note: z.string(),
});

/** A review rubric. */
export type Rubric = z.infer<typeof Rubric>;
/** One ladder of a rubric. */
export type RubricLadder = z.infer<typeof RubricLadder>;
/** One level of a ladder. */
export type RubricLevel = z.infer<typeof RubricLevel>;
/** One cell of a level. */
export type RubricCriterion = z.infer<typeof RubricCriterion>;
/** One interface between tracks. */
export type RubricInterface = z.infer<typeof RubricInterface>;
