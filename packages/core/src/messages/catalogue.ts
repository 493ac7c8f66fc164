/** The shape one catalogue value must have in another language: see {@link Catalogue}. */
type Text<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends (...args: infer A) => infer R
      ? // A sentence another language words its own way: any text, from the same values.
        R extends string
        ? (...args: A) => string
        : T
      : { readonly [K in keyof T]: Text<T[K]> };

/**
 * The shape another language's catalogue must have: every key of `T`, and under it a string
 * where `T` has a string, a list of strings where `T` has a list, a record with the same fields
 * where `T` has a record, and the same function signature where `T` has a function. Missing or
 * extra keys and wrong signatures are compile errors.
 * @example const es: Catalogue<typeof en> = { … } // fails to compile if a key is missing
 */
export type Catalogue<T> = { readonly [K in keyof T]: Text<T[K]> };
