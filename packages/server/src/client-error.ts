import type { Duplex } from 'node:stream';
import { errorBody } from './http-error.ts';
import { en } from './messages/en.ts';

/**
 * The security headers on answers Node writes itself, before the app sees a request (bad HTTP,
 * oversized headers, a request that took too long): nothing in them may be framed, sniffed or run.
 */
const RAW_SECURITY_HEADERS = [
  "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options: nosniff',
  'X-Frame-Options: DENY',
  'Referrer-Policy: no-referrer',
  'Cross-Origin-Resource-Policy: same-origin',
  'Cache-Control: no-store',
];

// In English always: these answers go out before the request's headers (and so the language it
// asks for) have been read.
const ANSWERS: Record<string, [status: number, reason: string, code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'headers_too_large',
    en.headers_too_large,
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', en.request_timeout],
};

const BAD_REQUEST: [number, string, string, string] = [
  400,
  'Bad Request',
  'bad_request',
  en['bad_request.http'],
];

/**
 * Node's `clientError` handler: the same answers Node gives (400, 408, 431), but with the
 * server's JSON error body and security headers, then the connection closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset peer can't read an answer; a socket with an answer under way must not get a second.
  const busy = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === 'ECONNRESET' || !socket.writable || busy) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = ANSWERS[error.code ?? ''] ?? BAD_REQUEST;
  const body = JSON.stringify(errorBody(code, message));
  socket.end(
    [
      `HTTP/1.1 ${status} ${reason}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      ...RAW_SECURITY_HEADERS,
      '',
      body,
    ].join('\r\n'),
  );
}
