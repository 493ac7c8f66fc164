import type { MiddlewareHandler } from 'hono';

/** One structured log line. */
export type LogLine = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string };
/** Where the server writes its structured logs. */
export type Logger = (line: LogLine) => void;

/** JSON lines on stdout: what a log collector wants. */
export const jsonLogger: Logger = (line) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
};

/** A logger that drops everything (tests). */
export const silentLogger: Logger = () => {};

/**
 * Log each request as one JSON line: method, path (never the query string or headers, which may
 * carry secrets), status and duration.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    log({
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
