/**
 * What `h` accepts as a child: nodes, text, numbers, and lists of them (up to 9 deep); `false`,
 * `null` and `undefined` are skipped.
 */
export type Child = Node | string | number | false | null | undefined | Child[];

/** Attributes, and listeners under `on<event>` keys. `true` sets an empty attribute; `false`, `null` and `undefined` none. */
export type Props = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>;

/**
 * Create an HTML element, for the pages and the widget alike. Attributes are set with
 * `setAttribute` and text is added as text nodes, never parsed as HTML, so nothing a quiz or a
 * team says can inject markup; no inline `style` is ever written, so pages stay within the CSP.
 * @example h('button', { type: 'button', onclick: next }, 'Next')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value != null && value !== false)
      el.setAttribute(key, value === true ? '' : String(value));
  }
  // `append` writes a number as its text. Lists nest far less than 9 deep, and a fixed depth
  // costs the widget fewer bytes than Infinity.
  for (const child of (children as unknown[]).flat(9) as Child[])
    if (child != null && child !== false) el.append(child as Node | string);
  return el;
}

/**
 * Create an SVG element: every attribute set as given (presentation attributes are fine under
 * the CSP; `style` is not), children appended, `false` skipped. No listeners: charts only draw.
 * @example svg('line', { x1: 0, y1: 10, x2: 100, y2: 10, stroke: 'currentColor' })
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  ...children: (Node | string | false)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  el.append(...children.filter((child) => child !== false));
  return el;
}
