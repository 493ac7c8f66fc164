import { h } from './h.ts';

/**
 * Hand `data` to the browser as a file download named `name`: the owner's export, the team's
 * export and the job brief all leave the page this way.
 * @example downloadFile('brief.md', new Blob([text], { type: 'text/markdown;charset=utf-8' }))
 */
export function downloadFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: a browser may start reading the URL only after `click()` returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
