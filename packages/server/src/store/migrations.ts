import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { analyticsMigration } from './analytics-migration.ts';
import type { Dialect } from './database.ts';
import { fieldStatsMigration } from './field-stats.ts';
import { statsTriggersMigration } from './stats-triggers.ts';

/** Migrations in order; each runs once per database, on SQLite and PostgreSQL alike. */
function migrations(dialect: Dialect): Record<string, Migration> {
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    '0001-responses': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('responses')
          // `seq` gives a stable insertion order for export and paging.
          .addColumn('seq', sql.raw(autoId) as never, (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('quiz_id', 'text', (c) => c.notNull())
          .addColumn('quiz_version', 'integer', (c) => c.notNull())
          .addColumn('answers', 'text', (c) => c.notNull())
          .addColumn('result', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('regime', 'text', (c) => c.notNull())
          .addColumn('dominant_work', 'text', (c) => c.notNull())
          .addColumn('position', 'double precision', (c) => c.notNull())
          .addColumn('team_id', 'text')
          .addColumn('source', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('responses_created_at')
          .on('responses')
          .column('created_at')
          .execute();
        await db.schema
          .createIndex('responses_team_id')
          .on('responses')
          .column('team_id')
          .execute();
      },
    },
    '0002-teams': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('teams')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('join_code', 'text', (c) => c.notNull().unique())
          .addColumn('admin_hash', 'text', (c) => c.notNull())
          .addColumn('min_responses', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('workstreams', 'text', (c) => c.notNull())
          .addColumn('lead_view', 'text')
          .execute();
      },
    },
    '0003-analytics': analyticsMigration(dialect),
    '0003-analytics-triggers': statsTriggersMigration(dialect),
    // A member who answers again from the same browser: the new answer names the one it replaces.
    '0004-response-replaces': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('responses').addColumn('replaces', 'text').execute();
      },
    },
    // Rounds: a lead opens a new round and members answer again; earlier rounds stay as they were.
    '0005-team-rounds': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('responses').addColumn('round', 'integer').execute();
        await db.schema
          .createTable('team_rounds')
          .addColumn('team_id', 'text', (c) => c.notNull())
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('opened_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('team_rounds_pk', ['team_id', 'number'])
          .execute();
      },
    },
    // Organisations: teams joined with their leads' consent, seen only as team centres.
    '0006-orgs': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('orgs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('admin_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('org_teams')
          .addColumn('org_id', 'text', (c) => c.notNull())
          .addColumn('team_id', 'text', (c) => c.notNull())
          .addColumn('headcount', 'integer')
          .addColumn('joined_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('org_teams_pk', ['org_id', 'team_id'])
          .execute();
        await db.schema
          .createIndex('org_teams_team_id')
          .on('org_teams')
          .column('team_id')
          .execute();
      },
    },
    // Owner webhooks, and their outbox: one row per event per webhook, sent by the worker.
    '0007-webhooks': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('webhooks')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('events', 'text', (c) => c.notNull())
          .addColumn('secret', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('webhook_deliveries')
          .addColumn('seq', sql.raw(autoId) as never, (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('webhook_id', 'text', (c) => c.notNull())
          .addColumn('event', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('team_id', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull())
          .addColumn('next_attempt_at', 'text')
          .addColumn('locked_until', 'text')
          .addColumn('claim', 'text')
          .addColumn('last_attempt_at', 'text')
          .addColumn('response_code', 'integer')
          .addColumn('error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        // What the worker looks for: rows still to send (a finished one has no next attempt), in
        // the order they fall due, so a claim reads only the rows it takes.
        await db.schema
          .createIndex('webhook_deliveries_due')
          .on('webhook_deliveries')
          .column('next_attempt_at')
          .execute();
        await db.schema
          .createIndex('webhook_deliveries_webhook')
          .on('webhook_deliveries')
          .columns(['webhook_id', 'seq'])
          .execute();
      },
    },
    // Hidden fields a page carried into a response (UTM values, a referrer code), as JSON text.
    '0008-fields': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('responses').addColumn('fields', 'text').execute();
      },
    },
    // The owner's figures by hidden field: its aggregates, backfilled, and the trigger keeping them.
    '0009-field-stats': fieldStatsMigration(dialect),
  };
}

/**
 * Bring a database up to the latest schema. Safe to call from several instances at once:
 * Kysely's migrator takes a lock on PostgreSQL.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
