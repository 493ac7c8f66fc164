import type { Page } from 'playwright-core';

const ERRORS = new WeakMap<Page, string[]>();

/** Keep every uncaught error and console error of `page` from now on, for `pageErrors`. */
export function watchErrors(page: Page): Page {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  ERRORS.set(page, errors);
  return page;
}

/** The errors a watched page has had so far. */
export const pageErrors = (page: Page): string[] => ERRORS.get(page) ?? [];

/** An event the host page heard from the widget. */
export type HeardEvent = { type: string; detail: unknown; bubbles: boolean; composed: boolean };

/** Record every rolefit:* event on the host document, as a host page script would. */
export async function listenToWidget(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: HeardEvent[] = [];
    Object.assign(window, { heard });
    for (const type of ['answer', 'result', 'sent', 'open', 'close'].map((t) => `rolefit:${t}`)) {
      document.addEventListener(type, (event) => {
        const { detail } = event as CustomEvent;
        heard.push({ type, detail, bubbles: event.bubbles, composed: event.composed });
      });
    }
  });
}

/** The events heard so far, optionally of one type. */
export async function heardEvents(page: Page, type?: string): Promise<HeardEvent[]> {
  const all = await page.evaluate(() => (window as unknown as { heard: HeardEvent[] }).heard);
  return type ? all.filter((event) => event.type === type) : all;
}

/** Answer the next questions by clicking the option at each index; waits for each step to change. */
export async function answerByClicking(page: Page, picks: number[]): Promise<void> {
  const progress = page.locator('rolefit-quiz .progress');
  for (const pick of picks) {
    const [, step = 0, total = 0] = (
      /(\d+) of (\d+)/.exec((await progress.textContent()) ?? '') ?? []
    ).map(Number);
    await page.locator('rolefit-quiz .option').nth(pick).click();
    if (step < total) await progress.filter({ hasText: `Question ${step + 1} of` }).waitFor();
    else await page.locator('rolefit-quiz .role').waitFor();
  }
}

/** The focused element, looking through open shadow roots. */
export async function deepFocus(page: Page): Promise<{ tag: string; text: string; value: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      tag: active?.localName ?? '',
      text: active?.textContent?.trim() ?? '',
      value: (active as HTMLInputElement | null)?.value ?? '',
    };
  });
}
