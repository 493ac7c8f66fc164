import { COLUMN_OF_ROLE, COLUMNS, FLAG_CODES, ROLE_IDS } from '@rolefit/core';
import { z } from 'zod';

/** One level of a labelled ladder or rubric: the column its criteria really grade. */
export const EvalLevel = z.object({
  column: z.enum(COLUMNS),
  /** Graded on another column than the role's on purpose: the analyzer must flag it. */
  wrong: z.boolean().default(false),
});
/** A labelled level. */
export type EvalLevel = z.infer<typeof EvalLevel>;

/** One labelled text of the evaluation set: a posting or rubric we wrote, with the answer. */
export const EvalCase = z
  .object({
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
    /** A ladder's or rubric's levels, one per level in the order written. */
    levels: z.array(EvalLevel).min(2).optional(),
    title: z.string().min(1),
    /** The text below the title. */
    text: z.string().min(1),
  })
  .superRefine((c, ctx) => {
    // A level is wrong exactly when it grades another column than the role's: a label that says
    // otherwise is a slip in the case, not a question for the analyzer.
    const own = COLUMN_OF_ROLE[c.role];
    c.levels?.forEach((level, i) => {
      if (level.wrong !== (level.column !== own)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i],
          message: level.wrong
            ? `marked wrong but grades ${own}, the role's column`
            : `grades ${level.column}, not the role's ${own}: mark it wrong`,
        });
      }
    });
  });
/** A labelled case. */
export type EvalCase = z.infer<typeof EvalCase>;
