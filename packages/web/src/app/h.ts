/** What `h` and `svg` accept as a child: nodes and text; `false`, `null` and `undefined` are skipped. */
export type Child = Node | string | number | false | null | undefined | Child[];

/** Attributes, and listeners under `on<event>` keys. `true` sets an empty attribute; `false`, `null` and `undefined` none. */
export type Props = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>;

function build<E extends Element>(el: E, props: Props | null | undefined, children: Child[]): E {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value != null && value !== false) {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  const add = (child: Child) => {
    if (Array.isArray(child)) child.forEach(add);
    else if (child != null && child !== false)
      el.append(typeof child === 'number' ? String(child) : child);
  };
  children.forEach(add);
  return el;
}

/**
 * Create an HTML element. Text is added as text nodes, never parsed as HTML, and no inline
 * `style` is ever written, so pages stay within the CSP.
 * @example h('button', { type: 'button', onclick: next }, 'Next')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return build(document.createElement(tag), props, children);
}

/**
 * Create an SVG element (presentation attributes are fine under the CSP; `style` is not).
 * @example svg('line', { x1: 0, y1: 10, x2: 100, y2: 10, stroke: 'currentColor' })
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), props, children);
}
