import { defineCommand } from 'citty';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../cli-io.ts';
import { DATABASE_ARG, databaseUrlOf, portOf } from '../server-options.ts';

/** `rolefit serve`: the web app and API, until SIGINT or SIGTERM. */
export const serveCommand = (io: CliIo) =>
  defineCommand({
    meta: {
      name: 'serve',
      description:
        'Run the web app and HTTP API (JSON request logs on stdout); Ctrl-C or SIGTERM stops it cleanly',
    },
    args: {
      port: {
        type: 'string',
        description: 'Port to listen on (default: $PORT, else 3000; 0 picks a free port)',
        valueHint: 'N',
      },
      host: {
        type: 'string',
        description: 'Address to listen on (default: $HOST, else 0.0.0.0)',
        valueHint: 'ADDRESS',
      },
      ...DATABASE_ARG,
    },
    async run({ args }) {
      const port = portOf(args.port, io.env);
      const databaseUrl = databaseUrlOf(args['database-url'], io.env);
      const host = args.host ?? io.env.HOST;
      // Loaded here so the other commands do not pay for the server and database drivers.
      const { serverSettingsFromEnv, startServer } = await import('@rolefit/server');
      // The same settings from the environment as npm start (docs/deploy.md).
      const settings = () => serverSettingsFromEnv(io.env);
      const server = await Promise.resolve()
        .then(() => startServer({ port, databaseUrl, ...(host ? { host } : {}), ...settings() }))
        .catch((error: Error) => {
          throw new CliError(`cannot start the server: ${error.message}`);
        });
      io.err(
        `rolefit is running at ${server.url} (${server.store.dialect}: ${server.store.location}). Ctrl-C stops it.`,
      );
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      io.err(`rolefit: ${signal}: finishing in-flight requests, then stopping`);
      await server.close();
    },
  });
