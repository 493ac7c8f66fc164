import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { WebhookPayload } from '../webhooks/webhook-schemas.ts';
import type { Database, ResponseTable } from './database.ts';
import type { DeliveryStore } from './delivery-store.ts';
import type { WebhookStore } from './webhook-store.ts';

/** Which webhooks a new response's events go to, decided before its transaction. */
export type OutboxPlan = { created: string[]; threshold: string[] };

/**
 * What the response store queues beside a new response, in the same transaction: the outbox of
 * the webhooks. Nothing at all (no transaction, no query) while no webhook subscribes.
 */
export type ResponseOutbox = {
  /** What a response for this team (null: a public one) queues; undefined when nothing. */
  planFor(teamId: string | null): Promise<OutboxPlan | undefined>;
  /** Queue the plan's events, inside the transaction that just created `row`. */
  write(trx: Kysely<Database>, plan: OutboxPlan, row: Insertable<ResponseTable>): Promise<void>;
  /** Call once the transaction committed: deliveries are waiting (wakes this instance's worker). */
  queued(): void;
  /** Be told when deliveries were queued here; answers how to stop being told. */
  onQueued(listener: () => void): () => void;
};

/**
 * The `response.created` body, put together from the stored JSON text of the answers and the
 * result so the result is not serialised twice.
 */
function responseCreatedBody(row: Insertable<ResponseTable>): string {
  const head = { id: randomUUID(), type: 'response.created', createdAt: row.created_at };
  const data = `{"id":${JSON.stringify(row.id)},"createdAt":${JSON.stringify(row.created_at)},"source":${JSON.stringify(row.source ?? null)},"fields":${row.fields ?? '{}'},"answers":${row.answers},"result":${row.result}}`;
  return `${JSON.stringify(head).slice(0, -1)},"data":${data}}`;
}

/**
 * A team's answer that makes its round's count a whole number of batches again (the minimum,
 * twice it, …) releases the next batch to the lead: that is `team.threshold_reached`. Counted
 * inside the answer's transaction, which on PostgreSQL holds the team's row, so two answers can't
 * both see the same count.
 */
async function thresholdBody(
  trx: Kysely<Database>,
  row: Insertable<ResponseTable>,
): Promise<string | undefined> {
  const team = await trx
    .selectFrom('responses')
    .innerJoin('teams', 'teams.id', 'responses.team_id')
    .select(['teams.id', 'teams.name', 'teams.min_responses', 'responses.round'])
    .where('responses.id', '=', row.id)
    .executeTakeFirst();
  if (!team) return undefined;
  const round = Number(team.round ?? 1);
  const counted = await trx
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('team_id', '=', team.id)
    .where((eb) => eb(eb.fn.coalesce('round', eb.lit(1)), '=', round))
    .executeTakeFirst();
  const count = Number(counted?.count ?? 0);
  const min = Number(team.min_responses);
  if (count < min || count % min !== 0) return undefined;
  const payload: WebhookPayload = {
    id: randomUUID(),
    type: 'team.threshold_reached',
    createdAt: row.created_at,
    data: { team: { id: team.id, name: team.name }, round, count, minResponses: min },
  };
  return JSON.stringify(payload);
}

/** The outbox of the webhooks, as the response store uses it. */
export function createResponseOutbox(
  webhooks: WebhookStore,
  deliveries: DeliveryStore,
): ResponseOutbox {
  const listeners = new Set<() => void>();
  return {
    async planFor(teamId) {
      const subscribers = await webhooks.subscribers();
      // A team's responses belong to its lead: never sent to the owner's webhooks.
      const created = teamId === null ? subscribers['response.created'].map((h) => h.id) : [];
      const threshold =
        teamId === null ? [] : subscribers['team.threshold_reached'].map((h) => h.id);
      return created.length + threshold.length > 0 ? { created, threshold } : undefined;
    },
    async write(trx, plan, row) {
      const createdAt = row.created_at;
      if (plan.created.length > 0) {
        const body = responseCreatedBody(row);
        await deliveries.enqueue(
          trx,
          { type: 'response.created', body, teamId: null, createdAt },
          plan.created,
        );
      }
      if (plan.threshold.length > 0 && typeof row.team_id === 'string') {
        const body = await thresholdBody(trx, row);
        if (body) {
          const event = { type: 'team.threshold_reached' as const, body, createdAt };
          await deliveries.enqueue(trx, { ...event, teamId: row.team_id }, plan.threshold);
        }
      }
    },
    queued() {
      for (const listener of listeners) listener();
    },
    onQueued(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
