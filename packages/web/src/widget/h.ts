/** What `h` accepts as a child: nodes and text; `false`, `null` and `undefined` are skipped. */
export type Child = Node | string | false | null | undefined;

/** Attributes, and listeners under `on<event>` keys. `true` sets an empty attribute, `false` none. */
export type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Create an element: attributes set with `setAttribute`, text added as text nodes (never parsed as
 * HTML), so nothing a quiz says can inject markup.
 * @example h('button', { type: 'button', onclick: go }, 'Next')
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
  for (const child of children) if (child != null && child !== false) el.append(child);
  return el;
}
