import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { pickOption } from './question-step.ts';

const t = messages();

/** The Back / Next row under a quiz step; `extra` sits between them (e.g. Skip). */
export function stepNav(options: {
  onBack: () => void;
  nextLabel: string;
  backDisabled?: boolean;
  extra?: HTMLElement | undefined;
}): HTMLElement {
  return h(
    'div',
    { class: 'step-nav' },
    h(
      'button',
      {
        type: 'button',
        class: 'button quiet',
        onclick: options.onBack,
        disabled: options.backDisabled ?? false,
      },
      t['quiz.back'],
    ),
    options.extra,
    h('button', { type: 'submit', class: 'button primary' }, options.nextLabel),
  );
}

/** A quiz step as a form: submitting it (Enter, or the Next button) goes on. */
export function stepForm(
  onNext: () => void,
  ...children: (HTMLElement | false)[]
): HTMLFormElement {
  return h(
    'form',
    {
      class: 'step',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        onNext();
      },
    },
    ...children,
  );
}

const isTyping = (el: Element | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || el.matches('textarea, select, input:not([type=radio])'));

/**
 * The quiz's keys on a step inside `scope`: number keys pick in the focused (or first) question,
 * Enter goes on; with `back`, Backspace and Alt+Left go back. Returns the keydown listener.
 */
export function stepKeys(
  scope: HTMLElement,
  actions: { next: () => void; back?: (() => void) | undefined; active?: () => boolean },
): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || isTyping(e.target as Element)) return;
    if (actions.active && !actions.active()) return;
    const target = e.target as HTMLElement;
    if (e.altKey) {
      if (e.key === 'ArrowLeft' && actions.back) {
        e.preventDefault();
        actions.back();
      }
      return;
    }
    if (/^[1-9]$/.test(e.key)) {
      const groups = [...scope.querySelectorAll<HTMLFieldSetElement>('fieldset')];
      const group = groups.find((g) => g.contains(target)) ?? groups[0];
      if (group && pickOption(group, Number(e.key) - 1)) e.preventDefault();
    } else if (e.key === 'Enter' && !target.closest('a, button')) {
      e.preventDefault();
      actions.next();
    } else if (e.key === 'Backspace' && actions.back) {
      e.preventDefault();
      actions.back();
    }
  };
}
