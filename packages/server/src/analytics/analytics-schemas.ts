import { z } from '@hono/zod-openapi';
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

/** Query of `GET /api/stats` and its export: an inclusive UTC day range and one source page. */
export const StatsQuery = z.object({
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
});

/** Query of `GET /api/stats/export`. */
export const ExportQuery = StatsQuery.extend({
  format: z.enum(['csv', 'json']).openapi({ param: { name: 'format', in: 'query' } }),
});

const Tally = z.object({ id: z.string(), count: z.number().int() });

/** The owner's figures for a day range, read from the daily aggregates. */
export const StatsReport = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    source: z.string().nullable(),
    totals: z.object({
      completions: z.number().int().openapi({ description: 'Stored responses' }),
      shown: z.number().int(),
      started: z.number().int(),
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
        description: 'Runs that reached each step: shown, started, each question, completed',
      }),
    sources: z.array(
      z.object({
        source: z.string().nullable(),
        completions: z.number().int(),
        shown: z.number().int(),
        started: z.number().int(),
      }),
    ),
  })
  .openapi('StatsReport');
/** The owner's figures for a day range. */
export type StatsReport = z.infer<typeof StatsReport>;
