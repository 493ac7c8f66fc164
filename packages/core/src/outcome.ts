/** A problem a caller can act on: what went wrong, in plain data. */
export type Problem = {
  code: string;
  message: string;
  path?: (string | number)[];
  allowed?: string[];
};

/** An expected failure is a value, not an exception. */
export type Outcome<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E };

/** Wrap a success. */
export const ok = <T>(value: T): Outcome<T, never> => ({ ok: true, value });

/** Wrap an expected failure. */
export const fail = <E>(error: E): Outcome<never, E> => ({ ok: false, error });
