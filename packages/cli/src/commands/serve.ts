import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { databaseArg, databaseUrlOf, portOf } from '../server-options.ts';
import { terminalWidth } from '../terminal-style.ts';

/** `rolefit serve`: the web app and API, until SIGINT or SIGTERM. */
export const serveCommand = (io: CliIo, t: Messages) =>
  defineCommand({
    meta: {
      name: 'serve',
      description: t['serve.help'],
    },
    args: {
      port: {
        type: 'string',
        description: t['serve.help.port'],
        valueHint: 'N',
      },
      host: {
        type: 'string',
        description: t['serve.help.host'],
        valueHint: 'ADDRESS',
      },
      ...databaseArg(t),
    },
    async run({ args }) {
      const port = portOf(args.port, io.env, t);
      const databaseUrl = databaseUrlOf(args['database-url'], io.env, t);
      const host = args.host ?? io.env.HOST;
      // Loaded here so the other commands do not pay for the server and database drivers.
      const { serverSettingsFromEnv, startServer } = await import('@rolefit/server');
      // The same settings from the environment as npm start (docs/deploy.md).
      const settings = () => serverSettingsFromEnv(io.env);
      const server = await Promise.resolve()
        .then(() => startServer({ port, databaseUrl, ...(host ? { host } : {}), ...settings() }))
        .catch((error: Error) => {
          throw new CliError(t['serve.cannotStart'](error.message));
        });
      io.err(t['serve.running'](server.url, server.store.dialect, server.store.location));
      // Last of the start-up lines, and framed, so a first start's token is not lost among them.
      if (server.ownerToken) {
        const rule = '━'.repeat(Math.min(64, terminalWidth(io.stdout, io.env) || 64));
        io.err(['', rule, t['serve.ownerToken'](server.ownerToken), rule, ''].join('\n'));
      }
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      io.err(`rolefit: ${t['serve.stopping'](signal)}`);
      await server.close();
    },
  });
