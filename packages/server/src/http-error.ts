import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error the server throws for a request it refuses; `app.onError` turns it into JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Headers the error answer carries (`Connection: close` when the body was left unread). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The JSON body of every error the API answers. */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Build an error body. */
export const errorBody = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});
