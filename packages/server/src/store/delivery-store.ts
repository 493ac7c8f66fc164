import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DeliveryStatus, WebhookDelivery, WebhookEvent } from '../webhooks/webhook-schemas.ts';
import type { Database, Db, WebhookDeliveryTable } from './database.ts';

/** An event to queue for some webhooks: its exact JSON body, and the team it is about. */
export type OutboxEvent = {
  type: WebhookEvent;
  body: string;
  teamId: string | null;
  createdAt: string;
};

/** A delivery an instance has claimed: only it may record the attempt, until the lease ends. */
export type ClaimedDelivery = {
  id: string;
  webhookId: string;
  body: string;
  attempts: number;
  createdAt: string;
  claim: string;
};

/** How an attempt went, as recorded. */
export type AttemptRecord = {
  status: Exclude<DeliveryStatus, 'pending'>;
  attemptedAt: string;
  responseCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
};

/** The webhook outbox: deliveries queued with what they announce, claimed and sent by workers. */
export type DeliveryStore = {
  /** Queue `event` for each webhook, inside the caller's transaction. */
  enqueue(trx: Kysely<Database>, event: OutboxEvent, webhookIds: string[]): Promise<void>;
  /**
   * Claim up to `limit` due deliveries until `now + leaseMs`. Several instances may claim at once:
   * each row goes to one of them (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: one writer). A
   * claim whose holder died runs out with its lease, and the row is due again.
   */
  claim(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  /** Record an attempt; false when the claim was lost meanwhile (lease over, webhook deleted). */
  record(delivery: ClaimedDelivery, attempt: AttemptRecord): Promise<boolean>;
  /** Give a claim back unsent (shutdown), so the row is due again at once. */
  release(delivery: ClaimedDelivery): Promise<void>;
  /** Drop deliveries whose webhook is gone. */
  drop(ids: string[]): Promise<void>;
  /** A webhook's latest deliveries, the newest first. */
  forWebhook(webhookId: string, limit?: number): Promise<WebhookDelivery[]>;
  /**
   * Delete finished deliveries (delivered, or failed for good) queued before `before` (ISO):
   * the outbox keeps what is still to send, and a history, not every event for ever.
   * Resolves to how many went.
   */
  prune(before: string): Promise<number>;
};

const view = (row: Selectable<WebhookDeliveryTable>): WebhookDelivery => ({
  id: row.id,
  event: row.event as WebhookEvent,
  status: row.status,
  attempts: Number(row.attempts),
  createdAt: row.created_at,
  lastAttemptAt: row.last_attempt_at,
  responseCode: row.response_code === null ? null : Number(row.response_code),
  nextAttemptAt: row.next_attempt_at,
  error: row.error,
});

/** The delivery store over a Kysely database (SQLite or PostgreSQL). */
export function createDeliveryStore({ db, dialect }: Db): DeliveryStore {
  return {
    async enqueue(trx, event, webhookIds) {
      if (webhookIds.length === 0) return;
      await trx
        .insertInto('webhook_deliveries')
        .values(
          webhookIds.map((webhookId) => ({
            id: randomUUID(),
            webhook_id: webhookId,
            event: event.type,
            body: event.body,
            team_id: event.teamId,
            status: 'pending' as const,
            attempts: 0,
            next_attempt_at: event.createdAt,
            locked_until: null,
            claim: null,
            last_attempt_at: null,
            response_code: null,
            error: null,
            created_at: event.createdAt,
          })),
        )
        .execute();
    },
    async claim(now, leaseMs, limit) {
      const at = now.toISOString();
      // Only rows still to send have a next attempt: delivered and failed ones have none.
      const due = db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('next_attempt_at', '<=', at)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
        .orderBy('next_attempt_at')
        .limit(limit);
      // A read first: an idle poll then never takes SQLite's write lock from ingest.
      if (!(await due.executeTakeFirst())) return [];
      const claim = randomUUID();
      const rows = await db
        .updateTable('webhook_deliveries')
        .set({ locked_until: new Date(now.getTime() + leaseMs).toISOString(), claim })
        .where('id', 'in', dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
        .returning(['id', 'webhook_id', 'body', 'attempts', 'created_at'])
        .execute();
      return rows.map((r) => ({
        id: r.id,
        webhookId: r.webhook_id,
        body: r.body,
        attempts: Number(r.attempts),
        createdAt: r.created_at,
        claim,
      }));
    },
    async record(delivery, attempt) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status: attempt.status,
          attempts: eb('attempts', '+', 1),
          last_attempt_at: attempt.attemptedAt,
          response_code: attempt.responseCode,
          error: attempt.error,
          next_attempt_at: attempt.nextAttemptAt,
          locked_until: null,
          claim: null,
        }))
        .where('id', '=', delivery.id)
        .where('claim', '=', delivery.claim)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async release(delivery) {
      await db
        .updateTable('webhook_deliveries')
        .set({ locked_until: null, claim: null })
        .where('id', '=', delivery.id)
        .where('claim', '=', delivery.claim)
        .execute();
    },
    async drop(ids) {
      if (ids.length > 0)
        await db.deleteFrom('webhook_deliveries').where('id', 'in', ids).execute();
    },
    async prune(before) {
      // Finished rows have no next attempt; rows still to send are kept however old.
      const result = await db
        .deleteFrom('webhook_deliveries')
        .where('next_attempt_at', 'is', null)
        .where('created_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async forWebhook(webhookId, limit = 50) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(view);
    },
  };
}
