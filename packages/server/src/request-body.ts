import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.ts';
import { refuseUnstorableBody } from './unstorable-text.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Past the limit the rest of a body is read and dropped, up to this much, so the client is
 * still reading when the 413 arrives instead of getting a reset; beyond it the socket is cut.
 */
const DISCARD_BYTES = 8 * 1024 * 1024;

/** The answer to a body over the limit; the connection closes after it. */
const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'body_too_large', (m) => m.body_too_large(maxBytes), undefined, {
    Connection: 'close',
  });

function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      reject(tooLarge(maxBytes));
      chunks.length = 0;
      incoming.off('data', keep);
      let dropped = 0;
      incoming.on('data', (more: Buffer) => {
        dropped += more.length;
        if (dropped > DISCARD_BYTES) incoming.destroy();
      });
    };
    incoming.on('data', keep);
    incoming.once('end', () => resolve(Buffer.concat(chunks, size)));
    incoming.once('error', () =>
      reject(new HttpError(400, 'body_incomplete', (m) => m.body_incomplete)),
    );
    incoming.once('aborted', () =>
      reject(new HttpError(400, 'body_incomplete', (m) => m.body_incomplete)),
    );
  });
}

/**
 * The request as `requestBody` leaves it: the same method, URL and headers, the body it read as
 * the body, and that text at hand, so reading it again (as Hono's validators do) costs nothing.
 */
class ReadRequest extends Request {
  readonly #text: string;
  constructor(request: Request, text: string) {
    super(request.url, { method: request.method, headers: request.headers, body: text });
    this.#text = text;
  }
  override text(): Promise<string> {
    return Promise.resolve(this.#text);
  }
}

/**
 * Read a route's JSON request body once, at the edge: JSON content type only, size-limited
 * (checked while streaming, not after), valid UTF-8 and text a database keeps as sent. Then a
 * `ReadRequest` holding the text stands in for the request (`c.req.raw` replaced, as Hono's own
 * `bodyLimit` does), so validators parse it without converting the Node stream to a web stream
 * (the costliest part of ingest before this).
 */
export function requestBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new HttpError(415, 'unsupported_media_type', (m) => m.unsupported_media_type(type));
    }
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const bytes = incoming
      ? await readIncoming(incoming, maxBytes)
      : new Uint8Array(await c.req.raw.arrayBuffer());
    if (bytes.byteLength > maxBytes) {
      throw tooLarge(maxBytes);
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new HttpError(400, 'invalid_utf8', (m) => m.invalid_utf8);
    }
    refuseUnstorableBody(text);
    c.req.raw = new ReadRequest(c.req.raw, text);
    await next();
  };
}
