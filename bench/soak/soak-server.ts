// rolefit as `npm start` runs it, on a SQLite file, for the soak: reports its port, then its own
// memory whenever the bench asks, so the figures are the server's and not the load generator's.
import { startServer } from '@rolefit/server';

const [path, token] = process.argv.slice(2);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: `file:${path}`,
  log: () => {},
  adminToken: token,
  // The limiter runs, as in production, but with a budget the load never reaches.
  rateLimits: { writesPerMinute: 1e9, authFailuresPer10Minutes: 30, trustProxy: false },
});
process.on('message', () => {
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
process.send?.({ port: server.port });
