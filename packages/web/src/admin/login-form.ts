import { h } from '../shared/h.ts';
import type { OwnerSession } from './owner-session.ts';

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
  const submit = h('button', { class: 'button primary', type: 'submit' }, 'Open the dashboard');
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
          check.error.code === 'unauthorized'
            ? 'That token is not the owner token. Use ROLEFIT_ADMIN_TOKEN, or the token the server printed when it first started.'
            : check.error.message;
        status.hidden = false;
        input.focus();
      },
    },
    h('h1', null, 'Owner dashboard'),
    h(
      'p',
      { class: 'muted' },
      'How readers answer the quiz on your pages: completions, roles, answers and where runs stop. Only aggregates; no reader is identified.',
    ),
    h('label', { for: 'owner-token' }, 'Owner token'),
    input,
    h(
      'p',
      { class: 'muted small' },
      'Kept in this tab only (session storage) and sent to this server alone.',
    ),
    status,
    submit,
  );
  return h('div', { class: 'wrap narrow' }, form);
}
