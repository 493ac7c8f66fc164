import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { en, type Messages } from './messages/en.ts';

/**
 * What an error says: a function choosing its words from the server's catalogue (so the answer
 * is in the request's language), or text already in it (core's answer errors).
 */
export type Wording = string | ((messages: Messages) => string);

/** The one error the server throws for a request it refuses; `app.onError` turns it into JSON. */
export class HttpError extends Error {
  readonly #wording: Wording;
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    /** @example (m) => m.unknown_team */
    wording: Wording,
    readonly details?: unknown,
    /** Headers the error answer carries (`Connection: close` when the body was left unread). */
    readonly headers?: Record<string, string>,
  ) {
    // `message` is the English text, for logs and anything that reads the error itself.
    super(typeof wording === 'string' ? wording : wording(en));
    this.name = 'HttpError';
    this.#wording = wording;
  }

  /** The message in the words of `messages` (text already worded stays as it is). */
  messageIn(messages: Messages): string {
    return typeof this.#wording === 'string' ? this.#wording : this.#wording(messages);
  }
}

/** The JSON body of every error the API answers. */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Build an error body. */
export const errorBody = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});
