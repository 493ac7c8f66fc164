import css from './quiz-dialog.css?inline';
import type { RolefitQuiz } from './rolefit-quiz.ts';
import type { DialogMode, RolefitQuizEventMap } from './rolefit-quiz-events.ts';
import type { WidgetLanguage } from './widget-language.ts';

// The popup and the slide-in: a chunk of its own beside embed.js, fetched only when `mode` asks
// for one, so an inline widget never loads it (docs/embed.md, "Size"). It imports nothing that
// embed.js has (a module both import would be a chunk of its own), so it builds its few elements
// with the DOM itself.

/** What `<rolefit-quiz>` asks of its dialog: its own `open()` and `close()`, and its lifecycle. */
export type QuizDialog = {
  /** Open it, as `element.open()` does (`show-once` may make that a no-op). */
  open(): void;
  /** Close it, if it is open; focus goes back to where it was before it opened. */
  close(): void;
  /**
   * Listen for `open-on` clicks on the page while the element is in it, and stop (closing it)
   * when not: called as it connects and disconnects.
   */
  listen(): void;
};

/** The key under which `show-once` remembers a finished quiz, beside `remember`'s answers. */
export const shownOnceKey = (quizId: string) => `rolefit-quiz:${quizId}:done`;

/** Inline after all (a `mode` it does not know): nothing to open, close or listen for. */
const INLINE: QuizDialog = { open() {}, close() {}, listen() {} };

/**
 * Put the quiz's `box` into a `<dialog>` in `host`'s shadow root, with a close button: a modal
 * popup (`showModal()`) or a slide-in panel in the page's inline-end bottom corner (`show()`, in
 * the top layer as a popover where the browser has them). `words` is the language spoken now,
 * for the close button's name. Any other `mode` puts the box inline, as without one.
 * @example quizDialog(quiz, box, () => words).open()
 */
export function quizDialog(
  host: RolefitQuiz,
  box: HTMLElement,
  words: () => WidgetLanguage,
): QuizDialog {
  const mode = host.getAttribute('mode') as DialogMode;
  const root = host.shadowRoot as ShadowRoot;
  if (mode !== 'popup' && mode !== 'slide-in') {
    root.append(box);
    return INLINE;
  }
  const modal = mode === 'popup';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  const dialog = document.createElement('dialog');
  dialog.className = mode;
  dialog.setAttribute('part', 'dialog');
  dialog.setAttribute('aria-labelledby', 'rolefit-title');
  // A popover too, where the browser has them: the top layer puts the panel above anything the
  // page stacks, whatever its z-index, transforms or overflow (a modal dialog is there anyway).
  const layered = !modal && 'showPopover' in dialog;
  if (layered) dialog.popover = 'manual';
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'close';
  closeButton.setAttribute('part', 'button close-button');
  closeButton.textContent = '×';
  closeButton.onclick = () => close();
  // The quiz's title names the dialog; ids are scoped to the shadow root.
  (box.querySelector('.title') as HTMLElement).id = 'rolefit-title';
  dialog.append(closeButton, box);
  root.append(dialog);

  // The element sets its box's lang and dir whenever it speaks another language.
  const speak = () => {
    dialog.lang = box.lang;
    dialog.dir = box.dir;
    closeButton.setAttribute('aria-label', words().text.closeDialog);
  };
  speak();
  new MutationObserver(speak).observe(box, { attributeFilter: ['lang'] });

  const emit = (type: 'rolefit:open' | 'rolefit:close') => {
    const detail: RolefitQuizEventMap[typeof type]['detail'] = { mode };
    host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  };

  // show-once: a quiz finished in this page, and with `remember` in an earlier visit too.
  let finished = false;
  const key = () => shownOnceKey(words().quiz.id);
  const remembered = () => {
    try {
      return host.hasAttribute('remember') && localStorage.getItem(key()) !== null;
    } catch {
      return false;
    }
  };
  host.addEventListener('rolefit:result', () => {
    finished = true;
    try {
      if (host.hasAttribute('show-once') && host.hasAttribute('remember'))
        localStorage.setItem(key(), '1');
    } catch {
      // Blocked storage: show-once holds for this page only.
    }
  });
  // As `remember` does for the answers: removed, it deletes what it saved.
  new MutationObserver(() => {
    try {
      if (!host.hasAttribute('remember')) localStorage.removeItem(key());
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }).observe(host, { attributeFilter: ['remember'] });

  /** Where focus goes back to on close: the trigger, or what had focus before open(). */
  let opener: HTMLElement | null = null;
  /** Whether it goes back: only when focus is still in the dialog (or nowhere) at the close. */
  let giveBack = true;

  const show = (trigger: HTMLElement | null) => {
    if (dialog.open) return;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    opener = trigger ?? (active as HTMLElement | null);
    if (modal) dialog.showModal();
    else {
      dialog.show();
      if (layered) dialog.showPopover();
    }
    // The first focusable, also where a browser would pick the dialog itself or the page.
    closeButton.focus();
    emit('rolefit:open');
  };

  const close = () => {
    if (!dialog.open) return;
    const focused = document.activeElement;
    giveBack = !!root.activeElement || !focused || focused === document.body;
    dialog.close();
  };

  // Every way it closes ends here: the button, Esc, the backdrop, close(), the browser's cancel.
  dialog.addEventListener('close', () => {
    // Closing the dialog may have hidden the popover already (hiding it twice throws).
    if (layered && dialog.matches(':popover-open')) dialog.hidePopover();
    if (giveBack && opener?.isConnected) opener.focus();
    giveBack = true;
    emit('rolefit:close');
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // A non-modal dialog has no cancel of its own; for the popup this is the same close.
      event.preventDefault();
      close();
    } else if (event.key === 'Tab' && modal) {
      // Tab cycles inside: from the last control to the close button, and back with Shift.
      const stops = [...dialog.querySelectorAll<HTMLElement>('button,a[href]:not([hidden])')];
      const last = stops[stops.length - 1];
      const [from, to] = event.shiftKey ? [closeButton, last] : [last, closeButton];
      if (root.activeElement === from) {
        event.preventDefault();
        to?.focus();
      }
    }
  });

  // A click on the popup's backdrop closes it; one that only ends there (a drag) does not.
  let downOnBackdrop = false;
  dialog.addEventListener('pointerdown', (event) => {
    downOnBackdrop = modal && event.target === dialog;
  });
  dialog.addEventListener('click', (event) => {
    if (downOnBackdrop && event.target === dialog) close();
  });

  // open-on: delegated on the page, so triggers added later work; the selector is read each time.
  const onTrigger = (event: Event) => {
    const selector = host.getAttribute('open-on');
    if (!selector || (event instanceof KeyboardEvent && !/^(Enter| )$/.test(event.key))) return;
    const path = event.composedPath();
    // The quiz's own buttons are never triggers, whatever the selector matches.
    if (path.includes(host)) return;
    let trigger: HTMLElement | undefined;
    try {
      trigger = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.matches(selector));
    } catch {
      // Not a selector: nothing on the page matches it.
      return;
    }
    if (!trigger) return;
    // No link followed, no page scrolled by Space, no second click from the key.
    event.preventDefault();
    show(trigger);
  };

  const listen = () => {
    const connected = host.isConnected;
    for (const type of ['click', 'keydown'])
      document[connected ? 'addEventListener' : 'removeEventListener'](type, onTrigger);
    if (!connected) close();
  };
  listen();
  return {
    // show-once makes open() a no-op once the quiz is finished; a reader's click always opens.
    open: () => {
      if (!(host.hasAttribute('show-once') && (finished || remembered()))) show(null);
    },
    close,
    listen,
  };
}

// Its one export for embed.js, which loads it by name (embed-chunk.ts).
export default quizDialog;
