import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../src/widget/messages/ar.ts';
import { en } from '../src/widget/messages/en.ts';
import { seriousViolations } from './app-fixtures/app-harness.ts';
import { buildEmbed } from './widget-fixtures/build-embed.ts';
import { type FixtureServer, startFixtureServer } from './widget-fixtures/fixture-server.ts';
import { HAS_CHROMIUM, launchChromium } from './widget-fixtures/launch-chromium.ts';
import {
  deepFocus,
  heardEvents,
  listenToWidget,
  pageErrors,
  watchErrors,
} from './widget-fixtures/quiz-page.ts';

const suite = HAS_CHROMIUM ? describe : describe.skip;
const name = HAS_CHROMIUM
  ? '<rolefit-quiz mode="popup|slide-in"> in Chromium'
  : '<rolefit-quiz mode="popup|slide-in"> in Chromium (skipped: /usr/bin/chromium is missing)';

/** The dialog of the (first, or `selector`) widget: whether it is open, modal, and its box. */
const dialogState = (page: Page, selector = 'rolefit-quiz') =>
  page.evaluate((selector) => {
    const dialog = document
      .querySelector(selector)
      ?.shadowRoot?.querySelector('dialog') as HTMLDialogElement | null;
    if (!dialog) return null;
    const box = dialog.getBoundingClientRect();
    return {
      open: dialog.open,
      modal: dialog.matches(':modal'),
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      width: box.width,
      display: getComputedStyle(dialog).display,
    };
  }, selector);

/** What is drawn at the middle of the widget's dialog: the widget (its host, retargeted) or not. */
const onTop = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement;
    const dialog = host.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    const { left, top, width, height } = dialog.getBoundingClientRect();
    return document.elementFromPoint(left + width / 2, top + height / 2) === host;
  }, selector);

suite(name, { timeout: 30_000 }, () => {
  let buildDir = '';
  let server: FixtureServer;
  let browser: BrowserContext;

  beforeAll(async () => {
    buildDir = await buildEmbed();
    server = await startFixtureServer(buildDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  /** A fixture page once its widget's dialog exists (its chunk has loaded), hearing its events. */
  async function open(path: string, context = browser): Promise<Page> {
    const page = await context.newPage();
    watchErrors(page);
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('rolefit-quiz')].every((q) =>
        q.shadowRoot?.querySelector('dialog'),
      ),
    );
    await listenToWidget(page);
    return page;
  }

  /** Tab from the top of the page until the focus is on the element `selector` matches. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('popup, keyboard only: Enter on the trigger opens it modal with focus inside, Tab cycles inside, a question answers by keys, Esc closes and focus goes back', async () => {
    const page = await open('/popup.html');
    // Closed: nothing of it shows, and the host takes no room.
    expect((await dialogState(page))?.open).toBe(false);
    expect(await page.locator('rolefit-quiz').boundingBox()).toMatchObject({ height: 0 });

    await tabTo(page, '#take-quiz');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    expect((await dialogState(page))?.modal).toBe(true);
    // The first focusable inside: the close button, named in the widget's language.
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: '×' });
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('rolefit-quiz')?.shadowRoot;
        const dialog = root?.querySelector('dialog');
        return {
          close: root?.activeElement?.getAttribute('aria-label'),
          named: root?.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent,
        };
      }),
    ).toEqual({ close: en.closeDialog, named: 'Which role does this work call for?' });
    expect((await heardEvents(page, 'rolefit:open')).map((e) => e.detail)).toEqual([
      { mode: 'popup' },
    ]);

    // Tab goes round inside: close → the radio group → Next → close again, never the page.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focus = await deepFocus(page);
      seen.push(focus.tag);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('rolefit-quiz');
    }
    expect(seen).toEqual(['input', 'button', 'button', 'input', 'button', 'button']);
    // And back with Shift: from the close button round to Next, then into the group.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: en.next });
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('rolefit-quiz');

    // Answer the first question by keys: in the group, pick 2, Enter.
    expect((await deepFocus(page)).tag).toBe('input');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.locator('rolefit-quiz .progress').filter({ hasText: 'Question 2 of 5' }).waitFor();
    expect(await heardEvents(page, 'rolefit:answer')).toHaveLength(1);
    // Focus stays in the dialog on the new step.
    expect((await deepFocus(page)).tag).toBe('h2');

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('take-quiz');
    expect((await heardEvents(page, 'rolefit:close')).map((e) => e.detail)).toEqual([
      { mode: 'popup' },
    ]);
    // Open again: the answers are kept, it goes on at question 2.
    await page.keyboard.press('Space');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    await page.locator('rolefit-quiz .progress').filter({ hasText: 'Question 2 of 5' }).waitFor();
    // The close button closes it too, and focus goes back as well.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('take-quiz');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('open() and close(), their events, triggers added later, a backdrop click, and no listening once removed', async () => {
    const page = await open('/popup.html');
    await page.evaluate(() => {
      const link = document.querySelector('a') as HTMLAnchorElement;
      link.focus();
      document.querySelector('rolefit-quiz')?.open();
    });
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    // Opening twice is one opening.
    await page.evaluate(() => document.querySelector('rolefit-quiz')?.open());
    await page.evaluate(() => document.querySelector('rolefit-quiz')?.close());
    await expect.poll(async () => (await dialogState(page))?.open).toBe(false);
    // Back to what had focus before open().
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('a');
    await expect
      .poll(async () => (await heardEvents(page)).map((e) => [e.type, e.bubbles, e.composed]))
      .toEqual([
        ['rolefit:open', true, true],
        ['rolefit:close', true, true],
      ]);

    // A trigger added after the widget: delegated, so it works. open-on is read at each click.
    await page.evaluate(() => {
      const later = document.createElement('button');
      later.id = 'later';
      later.textContent = 'Later';
      document.body.append(later);
      document.querySelector('rolefit-quiz')?.setAttribute('open-on', '#take-quiz, #later');
    });
    await page.click('#later');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    // A click on the backdrop (outside the dialog) closes the popup.
    await page.mouse.click(5, 5);
    await expect.poll(async () => (await dialogState(page))?.open).toBe(false);

    // Removed from the page, it no longer listens; put back, it does again.
    await page.evaluate(() => {
      const quiz = document.querySelector('rolefit-quiz') as HTMLElement;
      Object.assign(window, { parked: quiz });
      quiz.remove();
    });
    await page.click('#take-quiz');
    expect(await heardEvents(page, 'rolefit:open')).toHaveLength(2);
    await page.evaluate(() => document.body.append((window as unknown as { parked: Node }).parked));
    await page.click('#take-quiz');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('slide-in: a non-modal panel in the bottom right corner, keyboard only, its own close button, Esc, focus back; the page stays usable', async () => {
    const page = await open('/slide-in.html');
    await tabTo(page, '.ask');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    const state = await dialogState(page);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(state?.modal).toBe(false);
    expect(viewport.width - (state?.right ?? 0)).toBeLessThan(40);
    expect(viewport.height - (state?.bottom ?? 0)).toBeLessThan(40);
    expect(state?.left).toBeGreaterThan(viewport.width / 2);
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: '×' });
    // Non-modal: nothing covers the rest of the page, whose controls still take a click.
    expect(
      await page.evaluate(() => document.elementFromPoint(5, 5)?.closest('rolefit-quiz')),
    ).toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await page.locator('rolefit-quiz .progress').filter({ hasText: 'Question 2 of 5' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(false);
    // Focus goes back as the dialog's close event is handled, a task after close().
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('ask');
    expect(
      (await heardEvents(page)).map((e) => [e.type, (e.detail as { mode?: string }).mode]),
    ).toEqual([
      ['rolefit:open', 'slide-in'],
      ['rolefit:answer', undefined],
      ['rolefit:close', 'slide-in'],
    ]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('show-once: after the quiz is finished open() does nothing, remembered across visits only with remember, and never stored without it', async () => {
    const context = await launchChromium();
    try {
      const finish = async (page: Page) => {
        await page.evaluate(() => document.querySelector('rolefit-quiz')?.open());
        await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
        for (let i = 0; i < 5; i++) {
          await page.locator('rolefit-quiz .option').nth(1).click();
          if (i < 4)
            await page
              .locator('rolefit-quiz .progress')
              .filter({ hasText: `Question ${i + 2} of` })
              .waitFor();
        }
        await page.locator('rolefit-quiz .role').waitFor();
        await page.evaluate(() => document.querySelector('rolefit-quiz')?.close());
        await expect.poll(async () => (await dialogState(page))?.open).toBe(false);
      };
      const opensOnCall = async (page: Page) => {
        await page.evaluate(() => document.querySelector('rolefit-quiz')?.open());
        // The dialog's code answers open() at once once loaded; give it a moment to prove it didn't.
        await page.waitForTimeout(150);
        const open = (await dialogState(page))?.open;
        await page.evaluate(() => document.querySelector('rolefit-quiz')?.close());
        return open;
      };

      // Without remember: once per page, and nothing stored.
      let page = await open('/popup.html', context);
      await page.evaluate(() =>
        document.querySelector('rolefit-quiz')?.setAttribute('show-once', ''),
      );
      await finish(page);
      expect(await opensOnCall(page)).toBe(false);
      // A reader's click still opens it: show-once is for the page's own open().
      await page.click('#take-quiz');
      await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector('rolefit-quiz')?.shadowRoot?.querySelector('dialog'),
      );
      await page.evaluate(() =>
        document.querySelector('rolefit-quiz')?.setAttribute('show-once', ''),
      );
      expect(await opensOnCall(page)).toBe(true);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.close();

      // With remember: remembered across visits, under remember's key scheme.
      page = await open('/popup.html', context);
      await page.evaluate(() => {
        const quiz = document.querySelector('rolefit-quiz');
        quiz?.setAttribute('show-once', '');
        quiz?.setAttribute('remember', '');
      });
      expect(await opensOnCall(page)).toBe(true);
      await finish(page);
      expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
        'rolefit-quiz:rolefit',
        'rolefit-quiz:rolefit:done',
      ]);
      await page.close();
      page = await context.newPage();
      await page.goto(`${server.origin}/popup.html`);
      await page.evaluate(() => {
        const quiz = document.querySelector('rolefit-quiz');
        quiz?.setAttribute('show-once', '');
        quiz?.setAttribute('remember', '');
      });
      await page.waitForFunction(() =>
        document.querySelector('rolefit-quiz')?.shadowRoot?.querySelector('dialog'),
      );
      expect(await opensOnCall(page)).toBe(false);
      // remember removed: what it saved is gone, show-once's mark with it.
      await page.evaluate(() =>
        document.querySelector('rolefit-quiz')?.removeAttribute('remember'),
      );
      await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(0);
      await page.close();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('with its dialog code unloadable (offline, blocked) the quiz shows inline instead, and open() is harmless', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/embed/dialog.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.origin}/popup.html`);
    // Still answerable where the element sits: inline, with no dialog around it.
    await page.locator('rolefit-quiz .option').first().waitFor();
    expect(await page.locator('rolefit-quiz .option').first().isVisible()).toBe(true);
    expect(
      await page.evaluate(
        () => !!document.querySelector('rolefit-quiz')?.shadowRoot?.querySelector('dialog'),
      ),
    ).toBe(false);
    await page.evaluate(() => {
      const quiz = document.querySelector('rolefit-quiz') as HTMLElement & {
        open(): void;
        close(): void;
      };
      quiz.open();
      quiz.close();
    });
    await page.click('#take-quiz');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    // The failed chunk is the only error the page sees: no unhandled rejection from open().
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no moderate or worse axe violations, popup and slide-in open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await launchChromium({ colorScheme });
      try {
        for (const [path, trigger] of [
          ['/popup.html', '#take-quiz'],
          ['/slide-in.html', '.ask'],
        ] as const) {
          const page = await open(path, context);
          await page.click(trigger);
          await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
          // Contrast is measured on the settled dialog, not halfway through its fade-in.
          await page.evaluate(() =>
            Promise.all(
              (document.querySelector('rolefit-quiz')?.shadowRoot?.getAnimations() ?? []).map(
                (a) => a.finished,
              ),
            ),
          );
          expect(await seriousViolations(page), `${path}, ${colorScheme}`).toEqual([]);
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  }, 60_000);

  it('a host stylesheet that hides dialogs, unsets everything and stacks a cover on top cannot break them', async () => {
    const page = await open('/hostile-popup.html');
    await page.click('#take-quiz');
    await expect.poll(async () => (await dialogState(page, '#popup'))?.open).toBe(true);
    const popup = await dialogState(page, '#popup');
    expect(popup?.display).toBe('flex');
    expect(popup?.width).toBeGreaterThan(500);
    expect(await onTop(page, '#popup')).toBe(true);
    const look = await page.evaluate(() => {
      const root = document.querySelector('#popup')?.shadowRoot as ShadowRoot;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
      return {
        font: style('.prompt').fontSize,
        spacing: style('.option').letterSpacing,
        visibility: style('.box').visibility,
        backdrop: getComputedStyle(root.querySelector('dialog') as Element, '::backdrop')
          .backgroundColor,
      };
    });
    expect(look).toEqual({
      font: '20.8px',
      spacing: 'normal',
      visibility: 'visible',
      backdrop: 'rgba(16, 19, 42, 0.55)',
    });
    // It still works: pick, go on.
    await page.locator('#popup .option').nth(0).click();
    await page.locator('#popup .progress').filter({ hasText: 'Question 2 of 5' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dialogState(page, '#popup'))?.open).toBe(false);

    // The slide-in sits above the covers too, though a cover comes after it in the page.
    await page.click('#ask');
    await expect.poll(async () => (await dialogState(page, '#slide'))?.open).toBe(true);
    expect(await onTop(page, '#slide')).toBe(true);
    await page.locator('#slide .option').nth(4).click();
    await page.locator('#slide .progress').filter({ hasText: 'Question 2 of 5' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('right to left (ar): the slide-in sits in the bottom left corner, its close button named in Arabic', async () => {
    const page = await open('/slide-in-ar.html');
    await page.click('.ask');
    await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
    await page.locator('rolefit-quiz .option').first().waitFor();
    const state = await dialogState(page);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    expect(state?.left).toBeLessThan(40);
    expect(state?.right).toBeLessThan(viewport.width / 2);
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector('rolefit-quiz')
            ?.shadowRoot?.querySelector('.close')
            ?.getAttribute('aria-label'),
        ),
      )
      .toBe(ar.closeDialog);
    expect(
      await page.evaluate(
        () => document.querySelector('rolefit-quiz')?.shadowRoot?.querySelector('dialog')?.dir,
      ),
    ).toBe('rtl');
    await page.close();
  });

  it('on a 390 px phone neither scrolls sideways, and both fit the screen', async () => {
    const phone = await launchChromium({ viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      for (const [path, trigger] of [
        ['/popup.html', '#take-quiz'],
        ['/slide-in.html', '.ask'],
        ['/slide-in-ar.html', '.ask'],
      ] as const) {
        const page = await open(path, phone);
        await page.click(trigger);
        await expect.poll(async () => (await dialogState(page))?.open).toBe(true);
        const state = await dialogState(page);
        expect(state?.left, path).toBeGreaterThanOrEqual(0);
        expect(state?.right, path).toBeLessThanOrEqual(390);
        expect(state?.bottom, path).toBeLessThanOrEqual(844);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          path,
        ).toBeLessThanOrEqual(390);
        // Its own content does not overflow sideways either.
        expect(
          await page.evaluate(() => {
            const box = document.querySelector('rolefit-quiz')?.shadowRoot?.querySelector('.box');
            return (box?.scrollWidth ?? 0) - (box?.clientWidth ?? 0);
          }),
          path,
        ).toBeLessThanOrEqual(0);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  }, 60_000);
});
