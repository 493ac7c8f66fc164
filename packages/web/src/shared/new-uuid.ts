/**
 * A fresh random (v4) UUID for a response or a quiz run, also where `crypto.randomUUID` is
 * missing: it needs a secure context, and a page served over plain HTTP on a LAN address isn't.
 * There a blob URL stands in, which the File API ends with a fresh UUID (the empty blob it names
 * is left to the page: a few bytes, and only on such pages).
 */
export const newUuid = (): string =>
  crypto.randomUUID?.() ?? URL.createObjectURL(new Blob()).slice(-36);
