import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Past the limit the rest of a body is read and dropped, up to this much, so the client is
 * still reading when the 413 arrives instead of getting a reset; beyond it the socket is cut.
 */
const DISCARD_BYTES = 8 * 1024 * 1024;

/** The answer to a body over the limit; the connection closes after it. */
const tooLarge = (maxBytes: number) =>
  new HttpError(
    413,
    'body_too_large',
    `request bodies are limited to ${maxBytes} bytes`,
    undefined,
    { Connection: 'close' },
  );

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
      reject(new HttpError(400, 'body_incomplete', 'the request body ended early; send it again')),
    );
    incoming.once('aborted', () =>
      reject(new HttpError(400, 'body_incomplete', 'the request body ended early; send it again')),
    );
  });
}

/**
 * Read a JSON request body once, at the edge: JSON content type only, size-limited (checked
 * while streaming, not after), valid UTF-8. The text is handed to Hono's body cache, so
 * validators parse it without converting the Node stream to a web stream (the costliest part of
 * ingest before this).
 */
export function requestBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return next();
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new HttpError(
        415,
        'unsupported_media_type',
        `send the body as JSON with Content-Type: application/json (got "${type || 'none'}")`,
      );
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
      throw new HttpError(400, 'invalid_utf8', 'the body is not valid UTF-8 text');
    }
    // Hono keeps body promises in this cache (its type says string; at run time it holds promises).
    (c.req.bodyCache as unknown as { text?: Promise<string> }).text = Promise.resolve(text);
    await next();
  };
}
