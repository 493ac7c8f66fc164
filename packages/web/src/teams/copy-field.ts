import { copyText } from '../app/copy-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';

const t = messages();

/**
 * A labelled read-only link with a Copy button and a live status line.
 * @example copyField('join-link', t['team.joinLink'], joinUrl)
 */
export function copyField(id: string, label: string, value: string, hint?: string): HTMLElement {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const input = h('input', {
    id,
    type: 'text',
    class: 'copy-input',
    readonly: true,
    value,
    spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint` : null,
    onfocus: (e) => (e.target as HTMLInputElement).select(),
  });
  return h(
    'div',
    { class: 'copy-field' },
    h('label', { for: id }, label),
    hint && h('p', { class: 'field-hint', id: `${id}-hint` }, hint),
    h(
      'div',
      { class: 'copy-row' },
      input,
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: async () => {
            const copied = await copyText(value);
            status.textContent = copied ? t['team.copy.done'] : t['team.copy.failed'];
          },
        },
        t['team.copy'],
      ),
    ),
    status,
  );
}
