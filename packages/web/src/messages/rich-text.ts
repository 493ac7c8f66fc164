import type { Child } from '../shared/h.ts';

/** How each tag a message may carry becomes an element, given the text inside it. */
export type TagRenderers = Readonly<Record<string, (text: string) => Node>>;

/**
 * A catalogue message with simple, unnested tags (`<kbd>Enter</kbd>`, `<a>API</a>`) as children
 * for `h`: the text as text nodes, each tag drawn by its renderer. Nothing is parsed as HTML, so
 * a message can never inject markup; an unknown tag stays as its plain text.
 * @example h('p', null, richText(t['quiz.intro.keys'](5), { kbd: (k) => h('kbd', null, k) }))
 */
export function richText(message: string, tags: TagRenderers): Child[] {
  const parts: Child[] = [];
  const pattern = /<(\w+)>(.*?)<\/\1>/g;
  let at = 0;
  for (const match of message.matchAll(pattern)) {
    const [whole, tag = '', inner = ''] = match;
    if (match.index > at) parts.push(message.slice(at, match.index));
    const render = tags[tag];
    parts.push(render ? render(inner) : inner);
    at = match.index + whole.length;
  }
  if (at < message.length) parts.push(message.slice(at));
  return parts;
}
