import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { Quiz } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { DATABASE_ARG, databaseUrlOf } from '../server-options.ts';

const FORMATS = ['csv', 'json'] as const;

/** `--since`: a date or a date and time, as the ISO instant the store compares against. */
function sinceOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
    ? new Date(text)
    : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new CliError(
      `--since must be a date like 2025-01-31 or a time like 2025-01-31T09:00:00Z, not "${text}"`,
      EXIT.usage,
    );
  }
  return date.toISOString();
}

/** Write text, waiting when the reader is slower than the database. */
async function write(io: CliIo, text: string) {
  if (!io.stdout.write(text)) await once(io.stdout, 'drain');
}

/**
 * `rolefit export`: stored responses as CSV or JSON, oldest first: the owner's HTTP export
 * (`responseExportText`, the same columns and cells), read straight from the database.
 */
export const exportCommand = (io: CliIo, quiz: Quiz) =>
  defineCommand({
    meta: {
      name: 'export',
      description: 'Print the stored quiz responses as CSV or JSON, oldest first',
    },
    args: {
      format: {
        type: 'string',
        description: 'csv (one row per response, one column per question) or json (an array)',
        default: 'csv',
        valueHint: 'csv|json',
      },
      since: {
        type: 'string',
        description: 'Only responses stored at or after this date (2025-01-31) or time (ISO 8601)',
        valueHint: 'DATE',
      },
      teams: {
        type: 'boolean',
        description:
          'Also export responses submitted for teams (left out by default: they belong to each team lead, as in the owner export)',
      },
      ...DATABASE_ARG,
    },
    async run({ args }) {
      const format = FORMATS.find((f) => f === String(args.format));
      if (format === undefined) {
        throw new CliError(
          `--format must be csv or json, not "${String(args.format)}"`,
          EXIT.usage,
        );
      }
      const since = sinceOf(args.since);
      const databaseUrl = databaseUrlOf(args['database-url'], io.env);
      const { createStore, parseDatabaseUrl, responseExportText } = await import('@rolefit/server');
      const target = parseDatabaseUrl(databaseUrl);
      // Exporting must not create an empty database where none was meant to be.
      if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
        throw new CliError(
          `no database at ${target.path}; run "rolefit serve" first, or point --database-url (or DATABASE_URL) at yours`,
        );
      }
      const store = await createStore(databaseUrl).catch((error: Error) => {
        throw new CliError(`cannot open the database: ${error.message}`);
      });
      try {
        const request = { format, since, teams: args.teams === true };
        for await (const text of responseExportText(store.db, quiz, request)) {
          await write(io, text);
        }
      } finally {
        await store.close();
      }
    },
  });
