// rolefit itself, as `npm start` runs it, on a SQLite file, logging to nowhere.
import { startServer } from '@rolefit/server';

const [path] = process.argv.slice(2);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: `file:${path}`,
  log: () => {},
  adminToken: 'bench-owner-token',
  // The limiter runs, as in production, but with a budget the load never reaches.
  rateLimits: { writesPerMinute: 1e9, authFailuresPer10Minutes: 30, trustProxy: false },
});
process.send?.({ port: server.port });
