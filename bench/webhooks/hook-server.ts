// rolefit as `npm start` runs it, on a SQLite file, with webhooks allowed to reach 127.0.0.1 (the
// bench's receiver); logging to nowhere.
import { startServer } from '@rolefit/server';

const [path] = process.argv.slice(2);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: `file:${path}`,
  log: () => {},
  adminToken: 'bench-owner-token',
  rateLimits: { writesPerMinute: 1e9, authFailuresPer10Minutes: 30, trustProxy: false },
  webhooks: { allowPrivate: true },
});
process.send?.({ port: server.port });
