import { z } from 'zod';
import { COLUMNS, ROLE_IDS } from './ids.ts';

// The schemas of ids.ts's ids and mixes, apart from it: ids.ts stays free of zod, so the widget
// can take its constants without bundling a schema library.

/** A number from 0 to 1. */
export const Unit = z.number().min(0).max(1);
/** A role id. */
export const RoleIdSchema = z.enum(ROLE_IDS);
/** A column (kind of work) id. */
export const ColumnSchema = z.enum(COLUMNS);
/** Two roles: `between` (two neighbours) or `split` (the two ends). */
export const RolePair = z.tuple([RoleIdSchema, RoleIdSchema]);

/**
 * Shares or weights over the three columns, each from 0 to 1: a result's mix of work, an answer's
 * pull. Whether they must sum to 1 is the user's rule (a quiz's options must; portfolio
 * normalises).
 */
export const Shares = z.object({ research: Unit, rnd: Unit, product: Unit });
/** Shares or weights over the three columns. */
export type Shares = z.infer<typeof Shares>;
