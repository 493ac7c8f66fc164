import { type Child, h } from './h.ts';

/** What a confirm step says and does. */
export type ConfirmStep = {
  /** The id of the question's paragraph, which names the group for screen readers. */
  id: string;
  /** The button that opens the step: its text, and attributes such as a class or a test id. */
  trigger: Child;
  triggerAttrs?: Record<string, unknown>;
  /** The question asked once the trigger is pressed. */
  question: Child;
  /** The button that does it, and the one that backs out. */
  confirm: string;
  keep: string;
  /** `danger` for what deletes, `calm` for what loses nothing (opening a round). */
  tone: 'danger' | 'calm';
  /** Said in the status line while `act` runs. */
  working: string;
  /** The status line to speak in, when the card has one already; else the step makes its own. */
  status?: HTMLElement;
  /** Does it: an error message to show, or nothing when it worked. */
  act: () => Promise<string | undefined>;
};

/**
 * A button that asks before it acts: pressing it swaps it for the question with a confirm and a
 * back-out button, focus on the confirm; backing out brings the button back with focus on it.
 * What went wrong is said in a status line, and the step stays open to try again.
 * @example confirmStep({ id: 'delete-title', trigger: 'Delete…', question: 'Delete for good?', confirm: 'Delete', keep: 'Keep', tone: 'danger', working: 'Deleting…', act })
 */
export function confirmStep(step: ConfirmStep): {
  trigger: HTMLButtonElement;
  box: HTMLElement;
  status: HTMLElement;
} {
  const status = step.status ?? h('p', { class: 'form-status', role: 'status' });
  const box = h('div', {
    class: step.tone === 'calm' ? 'confirm calm' : 'confirm',
    hidden: true,
    role: 'group',
    'aria-labelledby': step.id,
  });
  const trigger = h(
    'button',
    {
      type: 'button',
      class: step.tone === 'danger' ? 'button danger' : 'button',
      ...step.triggerAttrs,
      onclick: () => {
        box.hidden = false;
        trigger.hidden = true;
        box.querySelector<HTMLButtonElement>('button')?.focus();
      },
    },
    step.trigger,
  );
  box.append(
    h('p', { id: step.id }, step.question),
    h(
      'div',
      { class: 'step-nav' },
      h(
        'button',
        {
          type: 'button',
          class: step.tone === 'danger' ? 'button danger' : 'button primary',
          onclick: async () => {
            status.textContent = step.working;
            const problem = await step.act();
            if (problem !== undefined) status.textContent = problem;
          },
        },
        step.confirm,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button quiet',
          onclick: () => {
            box.hidden = true;
            trigger.hidden = false;
            trigger.focus();
          },
        },
        step.keep,
      ),
    ),
  );
  return { trigger, box, status };
}
