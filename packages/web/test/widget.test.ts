import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  CONFIDENCE_NAMES,
  confidenceBand,
  loadLanguage,
  ROLES,
  roleInSentence,
  WORK_KINDS,
} from '@rolefit/core';
import { DEFAULT_QUIZ } from '@rolefit/core/default-quiz';
import { QuizResult } from '@rolefit/core/quiz-result';
import { score } from '@rolefit/core/score';
import { encodeAnswers } from '@rolefit/core/share-code';
import { type RunningServer, startServer } from '@rolefit/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de as appDe } from '../src/messages/de.ts';
import { en as app } from '../src/messages/en.ts';
import { fr } from '../src/widget/messages/fr.ts';
import { requestAfterAll } from './request-after-all.ts';
import { buildEmbed } from './widget-fixtures/build-embed.ts';
import { type FixtureServer, startFixtureServer } from './widget-fixtures/fixture-server.ts';
import { HAS_CHROMIUM, launchChromium } from './widget-fixtures/launch-chromium.ts';
import {
  answerByClicking,
  deepFocus,
  heardEvents,
  listenToWidget,
  pageErrors,
  watchErrors,
} from './widget-fixtures/quiz-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const questions = DEFAULT_QUIZ.questions;
const answersFor = (picks: number[]) =>
  Object.fromEntries(questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']));
const expectedResult = (picks: number[]) => {
  const scored = score(DEFAULT_QUIZ, answersFor(picks));
  if (!scored.ok) throw new Error(scored.error.message);
  return scored.value;
};

/** The confidence line as the app's answer card says it (confidence-line.ts), in English. */
const confidenceWords = (result: QuizResult) => {
  const badge = app['result.confidence.badge'](
    CONFIDENCE_NAMES[confidenceBand(result.confidence)],
    `${Math.round(result.confidence * 100)}%`,
  );
  const { flipsTo, changesToFlip } = result;
  return flipsTo
    ? `${badge} ${app['result.confidence.distance'](changesToFlip, roleInSentence(flipsTo))}`
    : badge;
};
/** The app's flip (result-hero.ts): the one answer that gives another role alone, if one does. */
const flipWords = (result: QuizResult) => {
  const nearest = result.whatWouldChange.find((c) => c.changes.length === 1);
  const change = nearest?.changes[0];
  if (!nearest || !change) return undefined;
  const prompt = questions.find((q) => q.id === change.questionId)?.prompt ?? '';
  return app['result.hero.flip'](roleInSentence(nearest.role), prompt, change.label);
};
/** Each block of the result step, in order: its class (its tag if it has none) and its text. */
const resultBlocks = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
    return [...(root.querySelector('.result')?.children ?? [])].map((e) => ({
      block: e.classList[0] ?? e.localName,
      text: e.textContent ?? '',
    }));
  });

const suite = HAS_CHROMIUM ? describe : describe.skip;
const name = HAS_CHROMIUM
  ? '<rolefit-quiz> in Chromium'
  : '<rolefit-quiz> in Chromium (skipped: /usr/bin/chromium is missing)';

suite(name, () => {
  let buildDir = '';
  let server: FixtureServer;
  let rolefit: RunningServer;
  let browser: BrowserContext;

  beforeAll(async () => {
    buildDir = await buildEmbed();
    server = await startFixtureServer(buildDir);
    // The real server on another origin: the widget's post crosses origins as on a real blog.
    rolefit = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      webRoot: buildDir,
      log: () => {},
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rolefit?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  async function open(path: string, context = browser): Promise<Page> {
    const page = await context.newPage();
    watchErrors(page);
    await page.goto(`${server.origin}${path}`);
    await page.locator('rolefit-quiz .option').first().waitFor();
    await listenToWidget(page);
    return page;
  }

  it('renders and works inside a page whose CSS attacks it (all: unset, huge fonts, !important colours)', async () => {
    const page = await open('/hostile.html');
    // The hostile sheet did apply to the host page...
    const hostFont = await page.evaluate(
      () => getComputedStyle(document.querySelector('p') as Element).fontSize,
    );
    expect(hostFont).toBe('48px');
    // ...but not inside the widget, which also kept its sheet under a CSP with no inline styles.
    const inside = await page.evaluate(() => {
      const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
      const box = getComputedStyle(root.querySelector('.box') as Element);
      const option = root.querySelector('.option') as HTMLElement;
      const radio = getComputedStyle(root.querySelector('input') as Element);
      return {
        sheets: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style').length,
        font: box.fontSize,
        lineHeight: box.lineHeight,
        color: box.color,
        background: box.backgroundColor,
        transform: box.textTransform,
        optionHeight: option.getBoundingClientRect().height,
        radioDisplay: radio.display,
      };
    });
    expect(inside).toMatchObject({
      sheets: 1,
      styleElements: 0,
      font: '16px',
      lineHeight: '24px',
      color: 'rgb(26, 28, 35)',
      background: 'rgb(255, 255, 255)',
      transform: 'none',
    });
    expect(inside.radioDisplay).not.toBe('none');
    expect(inside.optionHeight).toBeGreaterThan(30);
    expect(inside.optionHeight).toBeLessThan(80);
    await expect.poll(() => page.locator('rolefit-quiz button.primary').isVisible()).toBe(true);
    await answerByClicking(page, [0, 1, 2, 3, 4]);
    expect(await page.locator('rolefit-quiz .role').textContent()).toBeTruthy();
    expect(await heardEvents(page, 'rolefit:result')).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('can be answered with the keyboard only: Tab, number keys, arrows, Enter, Back', async () => {
    const page = await open('/basic.html');
    const progress = page.locator('rolefit-quiz .progress');
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', value: 'unknown' });
    // Keyboard focus on an option shows a ring around the whole option.
    const ring = await page.evaluate(() => {
      const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
      const style = getComputedStyle(root.querySelector('.option') as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe('solid 3px');

    await page.keyboard.press('3'); // core-question: build-to-test
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 2 of 5');
    expect(await deepFocus(page)).toMatchObject({ tag: 'h2', text: questions[1]?.prompt });

    await page.keyboard.press('ArrowDown'); // from the heading into the group
    await page.keyboard.press('ArrowDown'); // output: prototype
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', value: 'prototype' });
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 3 of 5');

    await page.keyboard.press('5'); // optimizes-for: kpis, picked from the heading
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 4 of 5');
    await page.keyboard.press('1'); // time-horizon: years
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 5 of 5');

    // Back to question 4: the answer is kept and Enter goes on again.
    await page.keyboard.press('Tab'); // into the group
    await page.keyboard.press('Tab'); // Back
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Back' });
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 4 of 5');
    expect(await deepFocus(page)).toMatchObject({ tag: 'h2', text: questions[3]?.prompt });
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 5 of 5');

    // Enter with nothing picked says so instead of moving on.
    await page.keyboard.press('Enter');
    expect(await page.locator('rolefit-quiz .hint').textContent()).toBe('Pick an answer first.');
    await page.keyboard.press('2'); // background: hybrid
    await page.keyboard.press('Enter');
    await page.locator('rolefit-quiz .role').waitFor();
    expect((await deepFocus(page)).tag).toBe('h2');

    const [result] = await heardEvents(page, 'rolefit:result');
    expect(result?.detail).toEqual(expectedResult([2, 1, 4, 0, 1]));

    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Start again' });
    await page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toBe('Question 1 of 5');
    expect(await deepFocus(page)).toMatchObject({ tag: 'h2', text: questions[0]?.prompt });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('hands the host page the full result in rolefit:result, after one rolefit:answer per question', async () => {
    const page = await open('/basic.html');
    const picks = [4, 3, 4, 3, 4];
    await answerByClicking(page, picks);
    const answers = await heardEvents(page, 'rolefit:answer');
    expect(answers.map((event) => event.detail)).toEqual(
      questions.map((q, index) => ({
        questionId: q.id,
        optionId: q.options[picks[index] ?? 0]?.id,
        index,
        total: questions.length,
      })),
    );
    const [result, ...more] = await heardEvents(page, 'rolefit:result');
    expect(more).toEqual([]);
    expect(result).toMatchObject({ bubbles: true, composed: true });
    const parsed = QuizResult.safeParse(result?.detail);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(result?.detail).toEqual(expectedResult(picks));
    expect(await page.locator('rolefit-quiz .role').textContent()).toBe('AI engineer');
    expect(
      await page.evaluate(
        () => (document.querySelector('rolefit-quiz') as unknown as { result: unknown }).result,
      ),
    ).toEqual(result?.detail);
    await page.close();
  });

  it('shows two jobs in one when the week holds both ends, and rolefit:result carries split and twoJobs', async () => {
    const page = await open('/basic.html');
    // core-question unknown, output shipped, optimizes-for novelty, time-horizon weeks, background phd.
    const picks = [0, 4, 0, 4, 0];
    await answerByClicking(page, picks);
    const expected = expectedResult(picks);
    expect(expected.split).toEqual(['research-scientist', 'ai-engineer']);
    const advice = expected.twoJobs;
    if (!advice) throw new Error('core gave no two-jobs advice');
    const [result, ...more] = await heardEvents(page, 'rolefit:result');
    expect(more).toEqual([]);
    expect(result?.detail).toEqual(expected);
    expect(result?.detail).toMatchObject({
      role: 'research-scientist',
      between: null,
      split: ['research-scientist', 'ai-engineer'],
      twoJobs: { scope: 'role', parts: [{ share: 0.6 }, { share: 0.4 }] },
    });
    const parsed = QuizResult.safeParse(result?.detail);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
      const all = (selector: string) =>
        [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());
      return {
        eyebrow: root.querySelector('.result > .eyebrow')?.textContent,
        role: root.querySelector('.role')?.textContent,
        why: root.querySelector('.why')?.textContent,
        confidence: root.querySelector('.confidence')?.textContent,
        markers: [...root.querySelectorAll('.track .marker')].map(
          (m) => (m as HTMLElement).style.left,
        ),
        gradeHeadings: all('.grade h3'),
        gradeLines: all('.grade > div:not(.dont) li'),
        dontLines: all('.dont li'),
      };
    });
    expect(shown).toEqual({
      eyebrow: 'Two jobs in one',
      role: 'Research scientist + AI engineer',
      why: advice.summary,
      confidence: confidenceWords(expected),
      markers: ['0%', '100%'],
      gradeHeadings: [
        'Grade the research scientist part (60%) on',
        'Grade the AI engineer part (40%) on',
        'Don’t grade on',
      ],
      gradeLines: advice.parts.map((part) => part.gradeOn[0]),
      dontLines: expected.dontGradeOn.slice(0, 2),
    });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("shows the result in the order of the app's answer card, saying the confidence in the app's words", async () => {
    const page = await open('/basic.html');
    // Research engineer, with one answer that would make it research scientist.
    const picks = [2, 2, 2, 0, 0];
    await answerByClicking(page, picks);
    const expected = expectedResult(picks);
    expect(expected).toMatchObject({ role: 'research-engineer', between: null, split: null });
    const flip = flipWords(expected);
    expect(flip).toBeDefined();
    const blocks = await resultBlocks(page);
    // The role, why, how sure, the answer that would flip it and the actions; then the details.
    expect(blocks.map((b) => b.block)).toEqual([
      'eyebrow',
      'role',
      'why',
      'confidence',
      'flip',
      'nav',
      'spectrum',
      'regime',
      'grade',
      'note',
    ]);
    const text = Object.fromEntries(blocks.map((b) => [b.block, b.text]));
    expect(text).toMatchObject({
      eyebrow: 'The work calls for',
      role: 'Research engineer',
      why: `${WORK_KINDS[expected.dominantWork].name} work fills most of the week.`,
      confidence: confidenceWords(expected),
      flip,
      nav: 'Start again',
    });
    // "Low confidence · 37% One answer away from research scientist leading."
    expect(text.confidence).toMatch(/^(Low|Moderate|High) confidence · \d+% One answer away from /);
    // Plain words: no position or margin as a bare number in what the reader sees first.
    for (const block of ['role', 'why', 'confidence', 'flip'])
      expect(text[block], block).not.toMatch(/\d[.,]\d/);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('says why a result sits between two roles as the app does, and leaves out a flip that no answer gives', async () => {
    const page = await open('/basic.html');
    // Research and R&D close, one of them a little ahead; then the two equal.
    for (const [picks, lead] of [
      [[3, 2, 2, 0, 0], true],
      [[4, 2, 2, 0, 0], false],
    ] as const) {
      await answerByClicking(page, [...picks]);
      const expected = expectedResult([...picks]);
      const [first, second] = expected.between ?? [];
      if (!first || !second) throw new Error(`core puts ${picks} on one role`);
      expect(expected.margin > 0).toBe(lead);
      const text = Object.fromEntries((await resultBlocks(page)).map((b) => [b.block, b.text]));
      expect(text).toMatchObject({
        eyebrow: 'The work sits between',
        role: `${ROLES[first].name} and ${roleInSentence(second)}`,
        why: lead
          ? app['result.confidence.between.leader'](ROLES[expected.role].name)
          : app['result.confidence.between.even'],
        confidence: confidenceWords(expected),
      });
      expect(text.flip).toBe(flipWords(expected));
      await page.locator('rolefit-quiz [part~="again-button"]').click();
    }
    // Two answers from another role: no single answer flips it, and the step says so by omission.
    const picks = [2, 1, 0, 0, 0];
    await answerByClicking(page, picks);
    const expected = expectedResult(picks);
    expect(flipWords(expected)).toBeUndefined();
    const blocks = await resultBlocks(page);
    expect(blocks.map((b) => b.block).slice(0, 5)).toEqual([
      'eyebrow',
      'role',
      'why',
      'confidence',
      'nav',
    ]);
    expect(blocks[3]?.text).toBe(confidenceWords(expected));
    expect(blocks[3]?.text).toContain('2 answers away from');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
    // Three quizzes by pointer, each pick waiting out the widget's advance delay: over 5 s.
  }, 15_000);

  it('styles hover only under (hover: hover), so on a touch screen no option looks picked before it is', async () => {
    const borderOfFirstOption = async (page: Page) => {
      await page.locator('rolefit-quiz .option').first().hover();
      return page.evaluate(() => {
        const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
        return getComputedStyle(root.querySelector('.option') as Element).borderTopColor;
      });
    };
    const page = await open('/basic.html');
    // Every rule with :hover in its selector sits inside a (hover: hover) media query.
    const rules = await page.evaluate(() => {
      const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
      const found: { selector: string; media: string[] }[] = [];
      const walk = (list: CSSRuleList, media: string[]) => {
        for (const rule of list) {
          if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
          else if (rule instanceof CSSStyleRule) found.push({ selector: rule.selectorText, media });
        }
      };
      for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules, []);
      return found;
    });
    const hover = rules.filter((rule) => rule.selector.includes(':hover'));
    expect(hover.map((rule) => rule.selector)).toEqual(['.option:hover']);
    for (const rule of hover) expect(rule.media).toEqual(['(hover: hover)']);
    // With a mouse, hovering an option shows the accent; on a touch screen it does not.
    expect(await borderOfFirstOption(page)).toBe('rgb(51, 70, 211)');
    await page.close();
    const touch = await launchChromium({ hasTouch: true });
    try {
      const phone = await open('/basic.html', touch);
      expect(await phone.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(false);
      expect(await borderOfFirstOption(phone)).toBe('rgb(213, 217, 226)');
    } finally {
      await touch.close();
    }
  });

  it('requests nothing but the page and embed.js when no endpoint is set, and stores nothing', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(`${request.method()} ${request.url()}`));
    await page.clock.install();
    await page.goto(`${server.origin}/basic.html`);
    await page.locator('rolefit-quiz .option').first().waitFor();
    await listenToWidget(page);
    await answerByClicking(page, [0, 0, 1, 0, 0]);
    await page.locator('rolefit-quiz [part~="again-button"]').click();
    // The widget would start its post and its funnel batch in the step that draws the result,
    // which answerByClicking waits for, or in a timer (a retry), which a minute on the page's
    // clock runs; a request started after all that is reported after them.
    await page.clock.runFor(60_000);
    const after = await requestAfterAll(page);
    expect(requested).toEqual([
      `GET ${server.origin}/basic.html`,
      `GET ${server.origin}/embed.js`,
      `GET ${after}`,
    ]);
    expect(server.posted).toEqual([]);
    expect(await heardEvents(page, 'rolefit:sent')).toEqual([]);
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await browser.cookies()).toEqual([]);
    await page.close();
  });

  // The endpoint is a parameter: the stub (which also sees dropped posts) and the real server.
  const targets = [
    {
      target: 'the stub endpoint',
      endpoint: () => `${server.origin}/api/responses`,
      team: async () => 'k7x2m9qp',
      storedTimes: async (id: string) => (server.stored.has(id) ? 1 : 0),
      storedBody: async (id: string) => server.stored.get(id),
    },
    {
      target: "the rolefit server's /api/responses, cross-origin",
      endpoint: () => `${rolefit.url}/api/responses`,
      team: async () => {
        const created = await fetch(`${rolefit.url}/api/teams`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Widget test team' }),
        });
        return ((await created.json()) as { joinCode: string }).joinCode;
      },
      storedTimes: async (id: string) => {
        const { responses } = await rolefit.store.responses.list({ limit: 1000 });
        return responses.filter((r) => r.id === id).length;
      },
      storedBody: async (id: string) => rolefit.store.responses.get(id),
    },
  ];

  describe.each(targets)(
    'with endpoint set to $target',
    ({ endpoint, team, storedTimes, storedBody }) => {
      it('posts the response once, with id, answers, team and source, and it is stored once', async () => {
        const joinCode = await team();
        const page = await open('/basic.html');
        await page.evaluate(
          ([url, code]) => {
            const quiz = document.querySelector('rolefit-quiz') as Element;
            quiz.setAttribute('endpoint', url);
            quiz.setAttribute('team', code);
          },
          [endpoint(), joinCode] as const,
        );
        const sentBodies: unknown[] = [];
        const eventBatches: { events: { type: string; questionId?: string; run: string }[] }[] = [];
        page.on('request', (request) => {
          if (request.method() !== 'POST') return;
          if (request.url().endsWith('/api/events')) eventBatches.push(request.postDataJSON());
          else sentBodies.push(request.postDataJSON());
        });
        const picks = [1, 2, 2, 1, 2];
        await answerByClicking(page, picks);
        await expect.poll(async () => (await heardEvents(page, 'rolefit:sent')).length).toBe(1);
        const [sent] = await heardEvents(page, 'rolefit:sent');
        expect(sent?.detail).toMatchObject({ ok: true, status: 201, attempts: 1 });
        // The post and the funnel batch start in the step that draws the result; once a later
        // request is seen, a second of either would have been too.
        await requestAfterAll(page);
        expect(sentBodies).toHaveLength(1);
        const body = sentBodies[0] as Record<string, unknown>;
        expect(body).toEqual({
          id: expect.stringMatching(
            /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
          ),
          answers: answersFor(picks),
          team: joinCode,
          source: `${server.origin}/basic.html`,
        });
        const id = String(body.id);
        expect(await storedTimes(id)).toBe(1);
        expect(await storedBody(id)).toMatchObject({ id, answers: answersFor(picks) });
        // The funnel goes beside the endpoint: one batch when the run completes, one run id.
        expect(eventBatches).toHaveLength(1);
        const events = eventBatches.flatMap((batch) => batch.events);
        expect(events.map((e) => e.questionId ?? e.type)).toEqual([
          'started',
          'core-question',
          'output',
          'optimizes-for',
          'time-horizon',
          'background',
          'completed',
        ]);
        expect(new Set(events.map((e) => e.run)).size).toBe(1);
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      });

      it('carries its hidden fields: data-field-* as written, and the fields it names from the page address', async () => {
        const page = await open(
          '/basic.html?utm_source=newsletter&utm_campaign=launch%20week&page=2',
        );
        await page.evaluate((url) => {
          const quiz = document.querySelector('rolefit-quiz') as Element;
          quiz.setAttribute('endpoint', url);
          // Commas or spaces between names; one the address lacks, or the quiz doesn't list, stays out.
          quiz.setAttribute('fields', 'utm_source, utm_campaign utm_term');
          quiz.setAttribute('data-field-plan', 'pro');
          // The page's author wins over the address; an empty value and a bad name are left out.
          quiz.setAttribute('data-field-utm_source', 'pricing-page');
          quiz.setAttribute('data-field-empty', '');
          quiz.setAttribute('data-field-no-dashes', 'x');
        }, endpoint());
        const warnings: string[] = [];
        page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
        const sentBodies: Record<string, unknown>[] = [];
        page.on('request', (request) => {
          if (request.method() === 'POST' && request.url().endsWith('/api/responses'))
            sentBodies.push(request.postDataJSON());
        });
        await answerByClicking(page, [1, 2, 2, 1, 2]);
        await expect.poll(async () => (await heardEvents(page, 'rolefit:sent')).length).toBe(1);
        const [sent] = await heardEvents(page, 'rolefit:sent');
        expect(sent?.detail).toMatchObject({ ok: true, status: 201 });
        const fields = { plan: 'pro', utm_source: 'pricing-page', utm_campaign: 'launch week' };
        expect(sentBodies[0]?.fields).toEqual(fields);
        expect(await storedBody(String(sentBodies[0]?.id))).toMatchObject({ fields });
        expect(warnings).toEqual([expect.stringContaining('data-field-no-dashes is not sent')]);
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      });
    },
  );

  describe('with endpoint set to the stub endpoint', () => {
    const [{ endpoint, storedTimes }] = targets as [(typeof targets)[0]];
    it('retries once with the same id when the network drops the first post', async () => {
      const before = server.posted.length;
      server.dropNextPosts = 1;
      const page = await open('/basic.html');
      await page.evaluate(
        (url) => document.querySelector('rolefit-quiz')?.setAttribute('endpoint', url),
        endpoint(),
      );
      await answerByClicking(page, [3, 3, 3, 3, 3]);
      await expect.poll(async () => (await heardEvents(page, 'rolefit:sent')).length).toBe(1);
      const [sent] = await heardEvents(page, 'rolefit:sent');
      expect(sent?.detail).toMatchObject({ ok: true, attempts: 2 });
      const ids = server.posted.slice(before).map((post) => (post.body as { id: string }).id);
      expect(ids).toHaveLength(2);
      expect(ids[1]).toBe(ids[0]);
      expect(await storedTimes(ids[0] ?? '')).toBe(1);
      expect(server.posted.at(-1)?.body).not.toHaveProperty('team');
      await page.close();
    });
  });

  it('links to the full result with the share code, falls back to English, and remembers only when asked', async () => {
    const context = await launchChromium();
    try {
      const page = await open('/options.html', context);
      expect(await page.locator('rolefit-quiz .box').getAttribute('lang')).toBe('en');
      await answerByClicking(page, [0, 0]);
      const saved = await page.evaluate(() => Object.keys(localStorage));
      expect(saved).toEqual(['rolefit-quiz:rolefit']);
      await page.reload();
      await expect
        .poll(() => page.locator('rolefit-quiz .progress').textContent())
        .toBe('Question 3 of 5');
      await listenToWidget(page);
      await page.locator('rolefit-quiz [part~="back-button"]').click(); // Back keeps earlier answers
      await expect
        .poll(() => page.locator('rolefit-quiz input:checked').getAttribute('value'))
        .toBe(questions[1]?.options[0]?.id);
      await answerByClicking(page, [0, 0, 0, 0]);
      const picks = [0, 0, 0, 0, 0];
      await expect
        .poll(() => page.locator('rolefit-quiz a[part~="full-result-link"]').getAttribute('href'))
        .toBe(`${server.origin}/result?a=${encodeAnswers(DEFAULT_QUIZ, answersFor(picks))}`);
      expect(await page.locator('rolefit-quiz .role').textContent()).toBe('Research scientist');
    } finally {
      await context.close();
    }
  });

  it("speaks its own lang or the page's, right to left in Arabic, and English without its chunk", async () => {
    const [de, ar, ja] = await Promise.all([
      loadLanguage('de'),
      loadLanguage('ar'),
      loadLanguage('ja'),
    ]);
    const context = await launchChromium();
    try {
      const page = await open('/languages.html', context);
      const arabic = page.locator('rolefit-quiz#page');
      const german = page.locator('rolefit-quiz#de');
      await expect
        .poll(() => german.locator('.prompt').textContent())
        .toBe(de.quiz.questions[0]?.prompt);
      expect(await german.locator('.box').getAttribute('lang')).toBe('de');
      expect(await german.locator('.box').getAttribute('dir')).toBe('ltr');
      await expect
        .poll(() => arabic.locator('.prompt').textContent())
        .toBe(ar.quiz.questions[0]?.prompt);
      expect(await arabic.locator('.box').getAttribute('dir')).toBe('rtl');
      expect(await arabic.locator('.title').textContent()).toBe(ar.quiz.title);
      // The result in German: the same role as in English, in German words.
      await listenToWidget(page);
      for (let i = 0; i < questions.length; i++) {
        await german.locator('.option').nth(4).click();
        if (i < questions.length - 1)
          await expect
            .poll(() => german.locator('.prompt').textContent())
            .toBe(de.quiz.questions[i + 1]?.prompt);
      }
      await german.locator('.role').waitFor();
      expect(await german.locator('.role').textContent()).toBe(
        de.messages['role.ai-engineer'].name,
      );
      const [result] = await heardEvents(page, 'rolefit:result');
      const detail = QuizResult.parse(result?.detail);
      expect(detail.role).toBe('ai-engineer');
      expect(detail.gradeOn).toEqual(de.messages['role.ai-engineer'].gradeOn);
      // Its confidence in the app's German words, its share as Intl writes it in German.
      const deBand = de.messages[`confidence.${confidenceBand(detail.confidence)}.name`];
      const deBadge = appDe['result.confidence.badge'](
        deBand,
        new Intl.NumberFormat('de', { style: 'percent' }).format(detail.confidence),
      );
      expect(await german.locator('.confidence strong').textContent()).toBe(deBadge);
      expect(await german.locator('.confidence').textContent()).toBe(
        detail.flipsTo
          ? `${deBadge} ${appDe['result.confidence.distance'](detail.changesToFlip, de.messages[`role.${detail.flipsTo}`].name)}`
          : deBadge,
      );
      // Another language on the running quiz keeps the result, now in its words.
      await german.evaluate((el) => el.setAttribute('lang', 'ja'));
      await expect
        .poll(() => german.locator('.role').textContent())
        .toBe(ja.messages['role.ai-engineer'].name);
      // With its chunk out of reach, a widget still works, in English.
      await context.route('**/embed/ja*.js', (route) => route.abort());
      const offline = await context.newPage();
      await offline.goto(`${server.origin}/basic.html`);
      await offline.evaluate(() => {
        const quiz = document.createElement('rolefit-quiz');
        quiz.setAttribute('lang', 'ja');
        quiz.id = 'ja';
        document.body.append(quiz);
      });
      await expect
        .poll(() => offline.locator('rolefit-quiz#ja .prompt').textContent())
        .toBe(questions[0]?.prompt);
      expect(await offline.locator('rolefit-quiz#ja .box').getAttribute('lang')).toBe('en');
    } finally {
      await context.close();
    }
  });

  it('reacts to attribute changes on a running quiz, answers kept (docs/embed.md, "Attributes")', async () => {
    const context = await launchChromium();
    try {
      const postedBefore = server.posted.length;
      const page = await open('/basic.html', context);
      const quiz = page.locator('rolefit-quiz');
      const set = (name: string, value: string | null) =>
        quiz.evaluate(
          (el, [n, v]) =>
            v === null ? el.removeAttribute(n as string) : el.setAttribute(n as string, v),
          [name, value] as const,
        );
      expect(
        await page.evaluate(
          () =>
            (customElements.get('rolefit-quiz') as unknown as { observedAttributes: string[] })
              .observedAttributes,
        ),
        // team and theme are read when needed (the next post, CSS), so no change is observed.
      ).toEqual(['endpoint', 'result-url', 'lang', 'remember']);
      // The keyboard hint counts the question's own options.
      expect(await quiz.locator('.keys').textContent()).toBe(
        `Keys: arrows or 1–${questions[0]?.options.length} to choose, Enter to go on.`,
      );
      await answerByClicking(page, [1]);
      // remember: on saves the answers so far at once, off deletes them.
      await set('remember', '');
      expect(await page.evaluate(() => localStorage.getItem('rolefit-quiz:rolefit'))).toBe(
        JSON.stringify({ [questions[0]?.id ?? '']: questions[0]?.options[1]?.id }),
      );
      await set('remember', null);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      // lang puts the step it is on into its words, nothing lost; then back to the page's English.
      await set('lang', 'fr');
      await expect.poll(() => quiz.locator('.progress').textContent()).toBe(fr.progress(2, 5));
      await set('lang', null);
      await expect.poll(() => quiz.locator('.progress').textContent()).toBe('Question 2 of 5');
      await quiz.locator('[part~="back-button"]').click();
      await expect
        .poll(() => quiz.locator('input:checked').getAttribute('value'))
        .toBe(questions[0]?.options[1]?.id);
      // endpoint set, then removed before the end: the finished quiz is not posted.
      await set('endpoint', `${server.origin}/api/responses`);
      await set('endpoint', null);
      await page.keyboard.press('Escape');
      await answerByClicking(page, [1, 0, 0, 0, 0]);
      // result-url on the result step: the link appears, follows a change, and goes.
      expect(await quiz.locator('a').count()).toBe(0);
      await set('result-url', `${server.origin}/result`);
      const href = `${server.origin}/result?a=${encodeAnswers(DEFAULT_QUIZ, answersFor([1, 0, 0, 0, 0]))}`;
      // Its address is made by a chunk loaded on demand: it shows once that has loaded.
      await expect
        .poll(() => quiz.locator('a[part~="full-result-link"]').getAttribute('href'))
        .toBe(href);
      await set('result-url', `${server.origin}/other`);
      await expect
        .poll(() => quiz.locator('a').getAttribute('href'))
        .toBe(href.replace('/result?', '/other?'));
      await set('result-url', null);
      expect(await quiz.locator('a').count()).toBe(0);
      expect(await quiz.locator('.role').textContent()).toBeTruthy();
      expect(await heardEvents(page, 'rolefit:sent')).toEqual([]);
      expect(server.posted.slice(postedBefore)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('follows prefers-color-scheme unless the theme attribute says otherwise', async () => {
    const dark = await launchChromium({ colorScheme: 'dark' });
    try {
      const page = await open('/basic.html', dark);
      const background = () =>
        page.evaluate(() => {
          const root = document.querySelector('rolefit-quiz')?.shadowRoot as ShadowRoot;
          return getComputedStyle(root.querySelector('.box') as Element).backgroundColor;
        });
      expect(await background()).toBe('rgb(22, 24, 29)');
      await page.evaluate(() =>
        document.querySelector('rolefit-quiz')?.setAttribute('theme', 'light'),
      );
      expect(await background()).toBe('rgb(255, 255, 255)');
      await page.evaluate(() => {
        const quiz = document.querySelector('rolefit-quiz') as HTMLElement;
        quiz.setAttribute('theme', 'dark');
        quiz.style.setProperty('--rolefit-bg', 'rgb(1, 2, 3)');
      });
      expect(await background()).toBe('rgb(1, 2, 3)');
    } finally {
      await dark.close();
    }
  });

  describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (colorScheme) => {
    it('finds no serious or critical violations on a question or on the result, shadow DOM included', async () => {
      const context = await launchChromium({ colorScheme, bypassCSP: true });
      try {
        const page = await open('/basic.html', context);
        await page.addScriptTag({ path: AXE });
        const audit = () =>
          page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (...args: unknown[]) => Promise<{
                    violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
                    passes: unknown[];
                  }>;
                };
              }
            ).axe;
            const { violations, passes } = await axe.run(document, { resultTypes: ['violations'] });
            return {
              passes: passes.length,
              bad: violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
            };
          });
        await page.keyboard.press('Tab');
        await page.keyboard.press('2');
        const onQuestion = await audit();
        expect(onQuestion.bad).toEqual([]);
        await page.keyboard.press('Enter');
        await page.locator('rolefit-quiz .progress').filter({ hasText: 'Question 2' }).waitFor();
        await answerByClicking(page, [1, 1, 1, 1]);
        const onResult = await audit();
        expect(onResult.bad).toEqual([]);
        // The two-jobs result has its own blocks (the why, a grading block per part): audit it too.
        await page.locator('rolefit-quiz [part~="again-button"]').click();
        await answerByClicking(page, [0, 4, 0, 4, 0]);
        await expect
          .poll(() => page.locator('rolefit-quiz .role').textContent())
          .toBe('Research scientist + AI engineer');
        const onTwoJobs = await audit();
        expect(onTwoJobs.bad).toEqual([]);
        // The audit did look inside the shadow root.
        const targets = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ...args: unknown[]
                ) => Promise<{ passes: { nodes: { target: unknown[] }[] }[] }>;
              };
            }
          ).axe;
          const { passes } = await axe.run(document, {
            runOnly: { type: 'rule', values: ['color-contrast'] },
            resultTypes: ['passes'],
          });
          return passes.flatMap((p) => p.nodes.map((n) => n.target));
        });
        expect(targets.some((t) => Array.isArray(t[0]) && t[0][0] === 'rolefit-quiz')).toBe(true);
      } finally {
        await context.close();
      }
    });
  });
});
