import { z } from '@hono/zod-openapi';
import { en as coreEn, FIELD_NAME, MAX_FIELD_LENGTH } from '@rolefit/core';
import { en } from '../messages/en.ts';
import { EVENT_TYPES } from '../store/event-store.ts';

/** The most events one request may carry. */
export const MAX_EVENTS_PER_REQUEST = 50;

/** One funnel event as a client sends it. */
export const FunnelEventBody = z
  .object({
    run: z.uuid().openapi({ description: 'A random UUID made once per quiz run, in the browser' }),
    type: z.enum(EVENT_TYPES),
    questionId: z.string().min(1).max(64).optional().openapi({
      description: 'The question answered; required for `answered`, refused otherwise',
    }),
    source: z
      .string()
      .max(2048)
      .optional()
      .openapi({ description: 'The page URL; only its origin and path are kept' }),
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: 'When it happened; used for the day if within the last 7 days' }),
  })
  .superRefine((event, ctx) => {
    if ((event.type === 'answered') !== (event.questionId !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questionId'],
        message:
          event.type === 'answered'
            ? en['request.event.needsQuestion']
            : en['request.event.noQuestion'],
      });
    }
  })
  .openapi('FunnelEvent');
/** One funnel event as a client sends it. */
export type FunnelEventBody = z.infer<typeof FunnelEventBody>;

/** `POST /api/events` body: one event, or a batch of them. */
export const EventsBody = z.union([
  FunnelEventBody,
  z.object({ events: z.array(FunnelEventBody).min(1).max(MAX_EVENTS_PER_REQUEST) }),
]);
/** `POST /api/events` body. */
export type EventsBody = z.infer<typeof EventsBody>;

/** What `POST /api/events` answers. */
export const EventsAccepted = z
  .object({
    stored: z.number().int().openapi({ description: 'Events that were new' }),
    duplicates: z.number().int().openapi({ description: 'Events already stored (retries)' }),
  })
  .openapi('EventsAccepted');
/** What `POST /api/events` answers. */
export type EventsAccepted = z.infer<typeof EventsAccepted>;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, en['request.day.format'])
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), en['request.day.calendar']);

const StatsQueryFields = z.object({
  from: Day.optional().openapi({ param: { name: 'from', in: 'query' }, example: '2026-01-01' }),
  to: Day.optional().openapi({ param: { name: 'to', in: 'query' }, example: '2026-01-31' }),
  source: z
    .string()
    .max(2048)
    .optional()
    .openapi({
      param: { name: 'source', in: 'query' },
      description: 'Only this page (origin and path); empty for responses without a page',
    }),
  field: z
    .string()
    .regex(FIELD_NAME, coreEn['request.fields.name'])
    .optional()
    .openapi({
      param: { name: 'field', in: 'query' },
      description: 'Only responses whose hidden field of this name has `value`',
      example: 'utm_source',
    }),
  value: z
    .string()
    .max(MAX_FIELD_LENGTH, coreEn['request.fields.value'])
    .optional()
    .openapi({ param: { name: 'value', in: 'query' }, example: 'newsletter' }),
});

/** `field` and `value` come together or not at all. */
const fieldWithValue = (
  query: { field?: string | undefined; value?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if ((query.field === undefined) !== (query.value === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [query.field === undefined ? 'field' : 'value'],
      message: en['request.stats.fieldValue'],
    });
};

/**
 * Query of `GET /api/stats` and its export: an inclusive UTC day range, one source page, and one
 * hidden field's value (`field` and `value` together).
 */
export const StatsQuery = StatsQueryFields.superRefine(fieldWithValue);

/** Query of `GET /api/stats/export`. */
export const ExportQuery = StatsQueryFields.extend({
  format: z.enum(['csv', 'json']).openapi({ param: { name: 'format', in: 'query' } }),
}).superRefine(fieldWithValue);

const Tally = z.object({ id: z.string(), count: z.number().int() });

/** The owner's figures for a day range, read from the daily aggregates. */
export const StatsReport = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    source: z.string().nullable(),
    field: z
      .object({ name: z.string(), value: z.string() })
      .nullable()
      .openapi({ description: 'The hidden field the report is limited to, if any' }),
    totals: z.object({
      completions: z.number().int().openapi({ description: 'Stored responses' }),
      shown: z.number().int().nullable().openapi({
        description: 'Null when limited to a field: funnel events carry no fields',
      }),
      started: z.number().int().nullable(),
    }),
    completions: z
      .array(z.object({ day: z.string(), count: z.number().int() }))
      .openapi({ description: 'Stored responses per UTC day, every day of the range' }),
    roles: z.array(Tally),
    regimes: z.array(Tally),
    dominantWork: z.array(Tally),
    answers: z.array(
      z.object({
        questionId: z.string(),
        prompt: z.string(),
        options: z.array(
          z.object({ optionId: z.string(), label: z.string(), count: z.number().int() }),
        ),
      }),
    ),
    funnel: z
      .array(
        z.object({
          step: z.enum(EVENT_TYPES),
          questionId: z.string().nullable(),
          count: z.number().int(),
        }),
      )
      .openapi({
        description:
          'Runs that reached each step: shown, started, each question, completed. Empty when limited to a field (funnel events carry no fields).',
      }),
    sources: z.array(
      z.object({
        source: z.string().nullable(),
        completions: z.number().int(),
        shown: z.number().int().nullable(),
        started: z.number().int().nullable(),
      }),
    ),
    fields: z
      .array(
        z.object({
          name: z.string(),
          completions: z.number().int().openapi({ description: 'Responses carrying this field' }),
          values: z.array(z.object({ value: z.string(), completions: z.number().int() })),
          moreValues: z
            .number()
            .int()
            .openapi({ description: 'Values past the busiest ones listed, not shown' }),
        }),
      )
      .openapi({
        description:
          'Completions by hidden field and value over the range and page (not limited by `field`), busiest first',
      }),
  })
  .openapi('StatsReport');
/** The owner's figures for a day range. */
export type StatsReport = z.infer<typeof StatsReport>;
