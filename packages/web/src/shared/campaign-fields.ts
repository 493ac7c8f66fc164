import type { Fields } from '@rolefit/core';
import { FIELD_NAME, MAX_FIELD_LENGTH, MAX_FIELDS } from '@rolefit/core/field-rules';

/** The query parameters the web app carries as hidden fields: UTM values and a referrer code. */
const CARRIED = /^(?:utm_[a-z0-9_]+|ref)$/;

/**
 * Hidden fields from name–value pairs, as the server takes them: a valid name, a value cut to the
 * longest allowed, the first `MAX_FIELDS`, the first value of a name. Empty values and invalid
 * names are left out, so a campaign link or a page's attribute never makes a response refused.
 * @example hiddenFields([['utm_source', 'newsletter'], ['Bad Name', 'x']]) // { utm_source: 'newsletter' }
 */
export function hiddenFields(pairs: Iterable<[string, string]>): Fields {
  const fields: Fields = {};
  // Counted, not Object.keys(): the widget's build shortens the property name `keys` (one of its
  // messages), Object's own included (vite.embed.config.ts, MANGLED_PROPS).
  let count = 0;
  for (const [name, value] of pairs) {
    if (count === MAX_FIELDS) break;
    if (!FIELD_NAME.test(name) || value === '' || name in fields) continue;
    fields[name] = value.slice(0, MAX_FIELD_LENGTH);
    count++;
  }
  return fields;
}

/**
 * The hidden fields in a page's query string the web app keeps: `utm_*` and `ref`.
 * @example campaignFields('?utm_source=newsletter&ref=launch&page=2') // { utm_source: 'newsletter', ref: 'launch' }
 */
export function campaignFields(search: string): Fields {
  return hiddenFields([...new URLSearchParams(search)].filter(([name]) => CARRIED.test(name)));
}

/** The prefix of a widget attribute that sets a hidden field: `data-field-plan="pro"`. */
const DATA_FIELD = 'data-field-';

/**
 * A `<rolefit-quiz>`'s hidden fields: each `data-field-<name>` attribute, then each name its
 * `fields` attribute lists (commas or spaces between) read from the host page's query string. An
 * attribute the page's author wrote wins over the address; one with an invalid name is left out
 * with a warning in the console. Undefined when there are none.
 * @example widgetFields(quiz, '?utm_source=blog') // { plan: 'pro', utm_source: 'blog' } for fields="utm_source" data-field-plan="pro"
 */
export function widgetFields(element: Element, search: string): Fields | undefined {
  const fromAttributes: [string, string][] = [];
  for (const { name, value } of element.attributes) {
    if (!name.startsWith(DATA_FIELD)) continue;
    const field = name.slice(DATA_FIELD.length);
    // The page's author can act on this one (a campaign link's odd parameter is simply not kept).
    if (!FIELD_NAME.test(field))
      console.warn(
        `<rolefit-quiz>: ${name} is not sent: a field name is 1 to 40 of a-z, 0-9 and _ (data-field-utm_source).`,
      );
    fromAttributes.push([field, value]);
  }
  const query = new URLSearchParams(search);
  const listed = (element.getAttribute('fields') ?? '').split(/[\s,]+/).filter(Boolean);
  const fromAddress = listed.map((name): [string, string] => [name, query.get(name) ?? '']);
  const fields = hiddenFields([...fromAttributes, ...fromAddress]);
  // None: undefined, so the post carries no `fields` at all. (Object.entries: see hiddenFields.)
  return Object.entries(fields).length ? fields : undefined;
}
