import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import type { OwnerSession } from './owner-session.ts';

const t = messages();

const today = () => new Date().toISOString().slice(0, 10);

/** The token form: checks the token against the server before keeping it for this tab. */
export function loginForm(session: OwnerSession, onLoggedIn: () => void): HTMLElement {
  const input = h('input', {
    id: 'owner-token',
    name: 'token',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    spellcheck: 'false',
  });
  const status = h('p', { class: 'admin-error', role: 'alert', hidden: true });
  const submit = h('button', { class: 'button primary', type: 'submit' }, t['admin.login.submit']);
  const form = h(
    'form',
    {
      class: 'card admin-login',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        submit.disabled = true;
        session.logIn(input.value);
        const check = await session.stats({ from: today(), to: today() });
        submit.disabled = false;
        if (check.ok) return onLoggedIn();
        session.logOut();
        status.textContent =
          check.error.code === 'unauthorized' ? t['admin.login.wrongToken'] : check.error.message;
        status.hidden = false;
        input.focus();
      },
    },
    h('h1', null, t['admin.title']),
    h('p', { class: 'muted' }, t['admin.login.lead']),
    h('label', { for: 'owner-token' }, t['admin.login.token']),
    input,
    h('p', { class: 'muted small' }, t['admin.login.kept']),
    status,
    submit,
  );
  return h('div', { class: 'wrap' }, form);
}
