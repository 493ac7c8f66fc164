import { COLUMNS, FLAG_CODES, ROLE_IDS } from '@rolefit/core';
import { z } from 'zod';

/** One labelled text of the evaluation set: a posting or rubric we wrote, with the answer. */
export const EvalCase = z.object({
  id: z.string().min(1),
  kind: z.enum(['posting', 'rubric']),
  /** The kind of work the text really describes. */
  label: z.enum(COLUMNS),
  /** The role the text calls for. */
  role: z.enum(ROLE_IDS),
  /** Other roles that count as right for a deliberately mixed case. */
  accept: z.array(z.enum(ROLE_IDS)).default([]),
  /** Flags the analyzer must raise with the title in place. */
  flags: z.array(z.enum(FLAG_CODES)).default([]),
  /** Flags expected once the title is stripped; by default the title-only ones drop out. */
  flagsNoTitle: z.array(z.enum(FLAG_CODES)).optional(),
  title: z.string().min(1),
  /** The text below the title. */
  text: z.string().min(1),
});
/** A labelled case. */
export type EvalCase = z.infer<typeof EvalCase>;
