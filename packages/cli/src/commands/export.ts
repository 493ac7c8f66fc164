import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { Quiz } from '@rolefit/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { databaseArg, databaseUrlOf } from '../server-options.ts';

const FORMATS = ['csv', 'json'] as const;

/** `--since`: a date or a date and time, as the ISO instant the store compares against. */
function sinceOf(value: unknown, t: Messages): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
    ? new Date(text)
    : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new CliError(t['export.since.invalid'](text), EXIT.usage);
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
export const exportCommand = (io: CliIo, quiz: Quiz, t: Messages) =>
  defineCommand({
    meta: {
      name: 'export',
      description: t['export.help'],
    },
    args: {
      format: {
        type: 'string',
        description: t['export.help.format'],
        default: 'csv',
        valueHint: 'csv|json',
      },
      since: {
        type: 'string',
        description: t['export.help.since'],
        valueHint: 'DATE',
      },
      teams: {
        type: 'boolean',
        description: t['export.help.teams'],
      },
      ...databaseArg(t),
    },
    async run({ args }) {
      const format = FORMATS.find((f) => f === String(args.format));
      if (format === undefined) {
        throw new CliError(t['export.format.invalid'](String(args.format)), EXIT.usage);
      }
      const since = sinceOf(args.since, t);
      const databaseUrl = databaseUrlOf(args['database-url'], io.env, t);
      const { createStore, parseDatabaseUrl, responseExportText } = await import('@rolefit/server');
      const target = parseDatabaseUrl(databaseUrl);
      // Exporting must not create an empty database where none was meant to be.
      if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
        throw new CliError(t['export.noDatabase'](target.path));
      }
      const store = await createStore(databaseUrl).catch((error: Error) => {
        throw new CliError(t['export.cannotOpen'](error.message));
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
