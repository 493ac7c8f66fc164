import { z } from '@hono/zod-openapi';
import { Answers, QuizResult } from '@rolefit/core';

/** The events a webhook can subscribe to. */
export const WebhookEvent = z
  .enum(['response.created', 'team.threshold_reached'])
  .openapi('WebhookEvent', {
    description:
      '`response.created`: a public response was stored (team responses are never sent to owner webhooks). `team.threshold_reached`: a team round released its next batch of answers (its minimum, twice it, …); counts only, never member data.',
  });
/** An event a webhook can subscribe to. */
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** `POST /api/webhooks` body. */
export const NewWebhookBody = z
  .object({
    url: z.string().min(1).max(2048).openapi({
      example: 'https://hooks.example.com/rolefit',
      description:
        'Where to POST events: https, on a host that resolves to public addresses only (unless the server runs with ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1)',
    }),
    events: z.array(WebhookEvent).min(1).max(10),
  })
  .strict()
  .openapi('NewWebhook');
/** `POST /api/webhooks` body. */
export type NewWebhookBody = z.infer<typeof NewWebhookBody>;

/** A webhook as listed: never its secret. */
export const WebhookView = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(WebhookEvent),
    createdAt: z.string(),
  })
  .openapi('Webhook');
/** A webhook as listed. */
export type WebhookView = z.infer<typeof WebhookView>;

/** What creating a webhook answers: the signing secret appears here and nowhere else. */
export const CreatedWebhook = WebhookView.extend({
  secret: z.string().openapi({
    description:
      'The HMAC-SHA256 key deliveries are signed with. Shown once; the server keeps it (it must, to sign), but never shows it again',
  }),
}).openapi('CreatedWebhook');
/** What creating a webhook answers. */
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

/** `GET /api/webhooks`. */
export const WebhookList = z.object({ webhooks: z.array(WebhookView) }).openapi('WebhookList');
/** `GET /api/webhooks`. */
export type WebhookList = z.infer<typeof WebhookList>;

/** `DELETE /api/webhooks/{id}`. */
export const DeletedWebhook = z
  .object({ id: z.string(), deleted: z.literal(true) })
  .openapi('DeletedWebhook');
/** `DELETE /api/webhooks/{id}`. */
export type DeletedWebhook = z.infer<typeof DeletedWebhook>;

/** Where a delivery stands. */
export const DeliveryStatus = z.enum(['pending', 'retrying', 'delivered', 'failed']);
/** Where a delivery stands. */
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** One event's delivery to a webhook, with its latest attempt. */
export const WebhookDelivery = z
  .object({
    id: z
      .string()
      .openapi({ description: 'The Rolefit-Delivery header, the same on every attempt' }),
    event: WebhookEvent,
    status: DeliveryStatus,
    attempts: z.number().int(),
    createdAt: z.string(),
    lastAttemptAt: z.string().nullable(),
    responseCode: z.number().int().nullable(),
    nextAttemptAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi('WebhookDelivery');
/** One event's delivery to a webhook. */
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** `GET /api/webhooks/{id}/deliveries`: the latest first. */
export const WebhookDeliveries = z
  .object({ deliveries: z.array(WebhookDelivery) })
  .openapi('WebhookDeliveries');
/** `GET /api/webhooks/{id}/deliveries`. */
export type WebhookDeliveries = z.infer<typeof WebhookDeliveries>;

/** The `data` of a `response.created` event: the response as stored. */
export const ResponseCreatedData = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    source: z.string().nullable(),
    /** The response's hidden fields (campaign values); `{}` until responses carry them. */
    fields: z.record(z.string(), z.string()),
    answers: Answers,
    result: QuizResult,
  })
  .openapi('ResponseCreatedData');
/** The `data` of a `response.created` event. */
export type ResponseCreatedData = z.infer<typeof ResponseCreatedData>;

/** The `data` of a `team.threshold_reached` event: counts only. */
export const TeamThresholdData = z
  .object({
    team: z.object({ id: z.string(), name: z.string() }),
    round: z.number().int(),
    /** How many of the round's answers the lead now sees (a whole number of batches). */
    count: z.number().int(),
    minResponses: z.number().int(),
  })
  .openapi('TeamThresholdData');
/** The `data` of a `team.threshold_reached` event. */
export type TeamThresholdData = z.infer<typeof TeamThresholdData>;

/** The JSON body of every delivery. */
export const WebhookPayload = z
  .object({
    id: z.string().openapi({ description: 'The event id, the same for every webhook it goes to' }),
    type: WebhookEvent,
    createdAt: z.string(),
    data: z.union([ResponseCreatedData, TeamThresholdData]),
  })
  .openapi('WebhookPayload');
/** The JSON body of every delivery. */
export type WebhookPayload = z.infer<typeof WebhookPayload>;
