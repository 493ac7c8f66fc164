// The hidden fields' rules, with no zod: the widget's network chunk applies them in the browser
// (submission.ts validates with them on the server).

/** A hidden field's name: what a campaign link or an embed names it (`utm_source`, `ref`). */
export const FIELD_NAME = /^[a-z0-9_]{1,40}$/;
/** At most this many hidden fields on one response, each value at most `MAX_FIELD_LENGTH`. */
export const MAX_FIELDS = 10;
export const MAX_FIELD_LENGTH = 200;
