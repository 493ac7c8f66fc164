import { LANGUAGES, type Language, loadLanguage, rolesIn } from '@rolefit/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

// A result with both context mismatches, so every block of the page is there.
const RESULT = '/result?a=1-13222.00';
const TWO_JOBS_RESULT = '/result?a=1-04040';

/** A page to open, and the text that must change with the language (its main heading). */
type Visit = { name: string; path: string; mark: (page: Page) => Promise<string> };
const h1 = (page: Page) =>
  page
    .locator('h1')
    .first()
    .textContent({ timeout: 15_000 })
    .then((t) => t ?? '');
/**
 * A result's heading is a role name, which some languages keep in English ("research engineer"
 * in Spanish), so the line above it counts too.
 */
const hero = async (page: Page) =>
  `${await page.locator('.eyebrow').first().textContent({ timeout: 15_000 })} ${await h1(page)}`;
/** The team dashboard's h1 is the team's own name, so its first h2 says the language. */
const h2 = (page: Page) =>
  page
    .locator('main h2')
    .first()
    .textContent({ timeout: 15_000 })
    .then((t) => t ?? '');
const urlIn = (path: string, language: Language) =>
  `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('the app in seven languages'), () => {
  let app: AppHarness;
  let visits: Visit[];
  const english = new Map<string, { mark: string; nav: string; title: string }>();

  beforeAll(async () => {
    app = await startAppHarness();
    const created = await fetch(`${app.url}/api/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Polyglots' }),
    });
    const { joinUrl, adminUrl } = (await created.json()) as { joinUrl: string; adminUrl: string };
    const join = new URL(joinUrl);
    const admin = new URL(adminUrl);
    // An org with that team in it, at its minimum, so its page has a verdict to translate.
    const { joinCode, adminSecret, id } = (await (
      await fetch(`${app.url}/api/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Polyglot lab' }),
      })
    ).json()) as { joinCode: string; adminSecret: string; id: string };
    const quiz = (await (await fetch(`${app.url}/api/quiz`)).json()) as {
      questions: { id: string; options: { id: string }[] }[];
    };
    for (const pick of [0, 1, 0]) {
      await fetch(`${app.url}/api/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: crypto.randomUUID(),
          answers: Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[pick]?.id])),
          team: joinCode,
        }),
      });
    }
    const org = (await (
      await fetch(`${app.url}/api/orgs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Polyglot org' }),
      })
    ).json()) as { id: string; adminSecret: string; adminUrl: string };
    await fetch(`${app.url}/api/orgs/${org.id}/teams`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${org.adminSecret}` },
      body: JSON.stringify({ teamId: id, adminSecret }),
    });
    const orgAdmin = new URL(org.adminUrl);
    visits = [
      { name: 'quiz', path: '/', mark: h1 },
      { name: 'result', path: RESULT, mark: hero },
      { name: 'two-jobs result', path: TWO_JOBS_RESULT, mark: hero },
      { name: 'framework', path: '/framework', mark: h1 },
      // The line above the heading is the web's own text, the heading core's rubric title.
      { name: 'review rubric', path: '/rubric?role=research-scientist%2Bai-engineer', mark: hero },
      { name: 'analyzer', path: '/analyze', mark: h1 },
      { name: 'three-documents check', path: '/check', mark: h1 },
      { name: 'teams', path: '/teams', mark: h1 },
      { name: 'team join', path: `${join.pathname}${join.search}`, mark: h1 },
      { name: 'team dashboard', path: `${admin.pathname}${admin.search}${admin.hash}`, mark: h2 },
      { name: 'organization', path: '/org', mark: h1 },
      // The org page's h1 is the org's own name, so its first h2 (the verdict) says the language.
      { name: 'organization dashboard', path: `${orgAdmin.pathname}${orgAdmin.hash}`, mark: h2 },
      { name: 'owner dashboard', path: '/admin', mark: h1 },
      { name: '404', path: '/nowhere', mark: h1 },
    ];
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  /** Open `path` in `language` (`?lang=` before any hash) at phone width. */
  async function open(path: string, language: Language, width = 390) {
    const browser = await app.browser({ width, height: 844 });
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const [before, hash = ''] = path.split('#');
    await page.goto(`${app.url}${urlIn(before as string, language)}${hash ? `#${hash}` : ''}`);
    return { browser, page, problems };
  }

  for (const language of LANGUAGES) {
    it(`every page in ${language}: lang and dir, translated heading, nav and title, no gaps, no sideways scroll at 390 px, axe clean`, async () => {
      for (const visit of visits) {
        const { browser, page, problems } = await open(visit.path, language);
        const mark = await visit.mark(page);
        const html = page.locator('html');
        await expect(html.getAttribute('lang')).resolves.toBe(language);
        await expect(html.getAttribute('dir')).resolves.toBe(language === 'ar' ? 'rtl' : 'ltr');
        const nav = (await page.locator('.site-header nav').textContent()) ?? '';
        const title = await page.title();
        if (language === 'en') english.set(visit.name, { mark, nav, title });
        else {
          const en = english.get(visit.name);
          expect(en, 'English runs first').toBeDefined();
          expect(mark, `${visit.name} heading`).not.toBe(en?.mark);
          expect(nav, `${visit.name} navigation`).not.toBe(en?.nav);
          expect(title, `${visit.name} tab title`).not.toBe(en?.title);
        }
        await expect(page.locator('#site-language').inputValue()).resolves.toBe(language);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${visit.name} overflows sideways`).toBeLessThanOrEqual(0);
        // A text that went missing on the way shows as one of these, never as a blank.
        const body = (await page.locator('body').innerText()) ?? '';
        expect(body, `${visit.name} has a gap in its text`).not.toMatch(
          /undefined|NaN|\[object |\{\{|null\b/,
        );
        await expect(seriousViolations(page), `${visit.name} in ${language}`).resolves.toEqual([]);
        expect(problems.filter((p) => !/401|404/.test(p))).toEqual([]);
        await browser.close();
      }
    }, 180_000);
  }

  // Every language is checked at phone width above; the mirrored desktop layout once more.
  for (const language of ['ar'] as const) {
    it(`every page in ${language} at desktop width: no serious or critical axe violations`, async () => {
      for (const visit of visits) {
        const { browser, page } = await open(visit.path, language, 1280);
        await visit.mark(page);
        await expect(seriousViolations(page), visit.name).resolves.toEqual([]);
        await browser.close();
      }
    }, 180_000);
  }

  it('serves each page in its language before any script runs: lang, dir, title, description', async () => {
    const heads = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${app.url}${path}`, { headers });
      const html = await res.text();
      return {
        lang: /<html lang="([^"]+)"/.exec(html)?.[1],
        dir: /<html [^>]*dir="([^"]+)"/.exec(html)?.[1] ?? 'ltr',
        title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
        description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1],
        placeholders: html.includes('{{'),
        contentLanguage: res.headers.get('content-language'),
      };
    };
    for (const path of [
      '/',
      '/framework',
      '/rubric',
      '/analyze',
      '/check',
      '/teams',
      '/org',
      '/nowhere',
    ]) {
      const english = await heads(path);
      expect(english).toMatchObject({ lang: 'en', placeholders: false, contentLanguage: 'en' });
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const page = await heads(urlIn(path, language));
        expect(page, `${path} in ${language}`).toMatchObject({
          lang: language,
          dir: language === 'ar' ? 'rtl' : 'ltr',
          placeholders: false,
          contentLanguage: language,
        });
        expect(page.title, `${path} title in ${language}`).not.toBe(english.title);
        if (english.description) expect(page.description).not.toBe(english.description);
      }
    }
    // Without ?lang=, Accept-Language chooses, as the API's does.
    await expect(
      heads('/framework', { 'Accept-Language': 'zh-CN,zh;q=0.9' }),
    ).resolves.toMatchObject({
      lang: 'zh',
      contentLanguage: 'zh',
    });
  });

  it('a share link decodes to the same role in German, named from core’s German catalogue', async () => {
    const de = rolesIn((await loadLanguage('de')).messages);
    const roles: string[] = [];
    for (const language of ['en', 'de'] as const) {
      const { browser, page } = await open(RESULT, language);
      const heading = page.locator('h1[data-role]');
      const role = (await heading.getAttribute('data-role', {
        timeout: 15_000,
      })) as keyof typeof de;
      roles.push(role);
      if (language === 'de') await expect(heading.textContent()).resolves.toBe(de[role].name);
      await browser.close();
    }
    expect(roles[1]).toBe(roles[0]);
  });

  it('keeps ?lang= on the links it builds, and the switch reloads the page in another language', async () => {
    const { browser, page } = await open(RESULT, 'fr', 1280);
    await page.locator('h1').waitFor();
    for (const href of await page
      .locator('.site-header nav a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toContain('lang=fr');
    await page.locator('#site-language').selectOption('ja');
    await page.waitForURL(/lang=ja/);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/result');
    expect(url.searchParams.get('a')).toBe('1-13222.00');
    // The new page sets its language once its catalogue has loaded, which can be after `load`.
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ja');
    await browser.close();
  });

  it('uses the browser’s language without ?lang=, and English when it has none of ours', async () => {
    for (const [locale, expected] of [
      ['es-MX', 'es'],
      ['pt-BR', 'en'],
    ] as const) {
      const browser = await app.browser();
      const page = await browser.newPage();
      await page.addInitScript((tag) => {
        Object.defineProperty(navigator, 'languages', { get: () => [tag] });
      }, locale);
      await page.goto(`${app.url}/framework`);
      await page.locator('h1').waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(expected);
      await browser.close();
    }
  });

  it('the analyzer says, in the reader’s language, that a posting in another language is not analysed', async () => {
    const { browser, page } = await open('/analyze', 'ja', 1280);
    await page
      .locator('#analyze-text')
      .fill(
        'Wir suchen eine Forscherin für maschinelles Lernen, die mit uns neue Modelle entwickelt und Erfahrung in der Forschung hat.',
      );
    const notice = page.getByTestId('other-language');
    await notice.waitFor();
    await expect(notice.locator('h2').textContent()).resolves.toBe('現在は英語の求人のみ対応');
    await expect(page.locator('.analysis-summary').count()).resolves.toBe(0);
    await browser.close();
  });
});
