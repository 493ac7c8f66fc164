import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { DEFAULT_QUIZ } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { csvHeader, csvRow, type ExportedResponse } from '../response-csv.ts';
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

/** Write a line, waiting when the reader is slower than the database. */
async function write(io: CliIo, line: string) {
  if (!io.stdout.write(`${line}\n`)) await once(io.stdout, 'drain');
}

/** `rolefit export`: stored responses as CSV or JSON, oldest first. */
export const exportCommand = (io: CliIo) =>
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
      const format = String(args.format);
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new CliError(`--format must be csv or json, not "${format}"`, EXIT.usage);
      }
      const since = sinceOf(args.since);
      const databaseUrl = databaseUrlOf(args['database-url'], io.env);
      const { createStore, parseDatabaseUrl } = await import('@rolefit/server');
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
        if (format === 'csv') await write(io, csvHeader(DEFAULT_QUIZ).join(','));
        else await write(io, '[');
        let after: number | undefined;
        let first = true;
        do {
          const page = await store.responses.list({
            limit: 1000,
            ...(since === undefined ? {} : { since }),
            ...(after === undefined ? {} : { after }),
          });
          for (const r of page.responses) {
            if (r.teamId !== null && !args.teams) continue;
            const row: ExportedResponse = {
              id: r.id,
              createdAt: r.createdAt,
              teamId: r.teamId,
              source: r.source,
              answers: r.answers,
              result: r.result,
            };
            await write(
              io,
              format === 'csv'
                ? csvRow(DEFAULT_QUIZ, row)
                : `${first ? '' : ','}${JSON.stringify(row)}`,
            );
            first = false;
          }
          after = page.next ?? undefined;
        } while (after !== undefined);
        if (format === 'json') await write(io, ']');
      } finally {
        await store.close();
      }
    },
  });
