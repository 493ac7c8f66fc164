import { FIELD_NAME, type Fields, MAX_FIELD_LENGTH, MAX_FIELDS } from '@rolefit/core';

/** The query parameters a response carries as hidden fields: UTM values and a referrer code. */
const CARRIED = /^(?:utm_[a-z0-9_]+|ref)$/;

/**
 * The hidden fields in a page's query string: `utm_*` and `ref`, as the server takes them (a
 * valid name, a value cut to the longest allowed, the first `MAX_FIELDS`), so a campaign link
 * never makes a response refused. Empty values are left out.
 * @example campaignFields('?utm_source=newsletter&ref=launch&page=2') // { utm_source: 'newsletter', ref: 'launch' }
 */
export function campaignFields(search: string): Fields {
  const fields: Fields = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (Object.keys(fields).length >= MAX_FIELDS) break;
    if (!CARRIED.test(name) || !FIELD_NAME.test(name) || value === '' || name in fields) continue;
    fields[name] = value.slice(0, MAX_FIELD_LENGTH);
  }
  return fields;
}
