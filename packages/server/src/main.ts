import { ownerTokenNotice } from './analytics/owner-token.ts';
import { serverSettingsFromEnv } from './server-env.ts';
import { startServer } from './start-server.ts';

/**
 * Start the server from the environment (`PORT`, `DATABASE_URL`, `HOST`, `ROLEFIT_*`) and stop it cleanly on
 * SIGINT or SIGTERM. Used by `npm start` and `rolefit serve`.
 */
export async function serveFromEnv(
  overrides: { port?: number; databaseUrl?: string } = {},
): Promise<void> {
  const port = overrides.port ?? Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}"`);
  }
  const server = await startServer({
    port,
    databaseUrl: overrides.databaseUrl ?? process.env.DATABASE_URL,
    ...serverSettingsFromEnv(process.env),
    ...(process.env.HOST ? { host: process.env.HOST } : {}),
  });
  process.stderr.write(
    `rolefit is running at ${server.url} (${server.store.dialect}: ${server.store.location})\n`,
  );
  // Last of the start-up lines, and framed, so a first start's token is not lost among them.
  if (server.ownerToken) process.stderr.write(ownerTokenNotice(server.ownerToken));
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serveFromEnv().catch((error: Error) => {
    process.stderr.write(`rolefit: ${error.message}\n`);
    process.exit(1);
  });
}
