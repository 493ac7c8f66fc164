import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.ts';

/** A JSON escape for NUL or for half of a surrogate pair: the only ways such text gets in. */
const SUSPECT_ESCAPE = /\\u(0000|d[89a-f][0-9a-f]{2})/i;

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Whether any string or key in a parsed JSON value is unstorable; iterative, so depth can't overflow. */
function holdsUnstorable(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (unstorable(item)) return true;
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (unstorable(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

const refuse = (where: 'address' | 'body') =>
  new HttpError(400, 'unstorable_text', (m) => m[`unstorable_text.${where}`]);

/**
 * Refuse a request address (path and query) no database keeps as sent, for every API route:
 * PostgreSQL rejects NUL in text (which became a 500), and a source or id in the query reaches
 * the database. Bodies are checked by `refuseUnstorableBody` as `requestBody` reads them.
 */
export function refuseUnstorableAddress(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/.test(c.req.url)) throw refuse('address');
    await next();
  };
}

/**
 * Throw the 400 for a JSON body holding text no database keeps as sent: PostgreSQL rejects NUL,
 * and both databases replace a lone surrogate, so it would not read back as written. Text that is
 * not JSON at all passes: the route's validator says so.
 */
export function refuseUnstorableBody(text: string): void {
  if (!SUSPECT_ESCAPE.test(text)) return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  if (holdsUnstorable(value)) throw refuse('body');
}
