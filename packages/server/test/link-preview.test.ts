import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_QUIZ, encodeAnswers, loadLanguage } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

/** One option index per question, in quiz order. */
const codeFor = (picks: number[]) =>
  encodeAnswers(
    DEFAULT_QUIZ,
    Object.fromEntries(
      DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id as string]),
    ),
  );
const PRODUCT = codeFor([4, 4, 4, 4, 4]);
const TWO_JOBS = codeFor([0, 0, 0, 4, 4]);

/** How a link-preview crawler (Slack, LinkedIn) reads a page: its HTML, no script run. */
const CRAWLER = { 'User-Agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' };

/** The `content` of a page's `<meta property|name="…">`, its entities read as a crawler reads them. */
const meta = (html: string, name: string) =>
  new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A PNG's width and height, read from its IHDR chunk. */
function pngSize(bytes: Uint8Array) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('link previews of shared results and pages', () => {
  let root = '';
  let store: Store;
  let app: App;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rolefit-preview-'));
    const page = (lang: string, title: string) =>
      `<!doctype html>\n<html lang="${lang}">\n  <head>\n    <meta name="description" content="Which role &amp; why" />\n    <title>${title}</title>\n  </head>\n  <body></body>\n</html>`;
    writeFileSync(join(root, 'index.html'), page('en', 'rolefit'));
    writeFileSync(join(root, 'result.html'), page('en', 'Your result · rolefit'));
    writeFileSync(join(root, 'result.de.html'), page('de', 'Ihr Ergebnis · rolefit'));
    writeFileSync(join(root, 'framework.html'), page('en', 'The framework · rolefit'));
    mkdirSync(join(root, 'teams'));
    writeFileSync(join(root, 'teams', 'join.html'), page('en', 'Join your team · rolefit'));
    store = await createStore('file::memory:');
    app = createApp({ store, webRoot: root });
  });
  afterAll(async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Unfurl `path` as a crawler: the page's tags, then the picture they point at. */
  async function unfurl(path: string) {
    const res = await app.request(`http://localhost${path}`, { headers: CRAWLER });
    expect(res.status).toBe(200);
    const html = await res.text();
    const image = meta(html, 'og:image');
    expect(image, 'og:image').toMatch(/^http:\/\/localhost\/api\/preview\//);
    const picture = await app.request(image as string, { headers: CRAWLER });
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(picture.headers.get('cache-control')).toMatch(/public/);
    const bytes = new Uint8Array(await picture.arrayBuffer());
    return { html, image: image as string, bytes };
  }

  it('unfurls a shared result with its role, its summary and a 1200×630 picture', async () => {
    const { html, bytes } = await unfurl(`/result?a=${PRODUCT}`);
    const en = (await loadLanguage('en')).messages;
    expect(meta(html, 'og:title')).toBe('The work calls for the AI engineer role');
    expect(meta(html, 'og:description')).toBe(en['profile.ai-engineer.summary']);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(html).toContain('<title>The work calls for the AI engineer role · rolefit</title>');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    // A picture with words and a spectrum in it, not an empty frame, and not a huge one.
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('draws two jobs in one as their own picture, and keeps each picture once drawn', async () => {
    const first = await unfurl(`/result?a=${TWO_JOBS}`);
    expect(meta(first.html, 'og:title')).toMatch(
      /^Two jobs in one: Research scientist \+ AI engineer$/,
    );
    const product = await unfurl(`/result?a=${PRODUCT}`);
    expect(Buffer.from(first.bytes).equals(Buffer.from(product.bytes))).toBe(false);
    const again = await unfurl(`/result?a=${TWO_JOBS}`);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('speaks the shared link’s language: German words, and a German picture', async () => {
    const { html, image, bytes } = await unfurl(`/result?a=${PRODUCT}&lang=de`);
    expect(html).toContain('<html lang="de">');
    expect(meta(html, 'og:title')).toMatch(/^Die Arbeit verlangt: /);
    expect(meta(html, 'og:locale')).toBe('de');
    expect(image).toContain('lang=de');
    const english = await unfurl(`/result?a=${PRODUCT}`);
    expect(Buffer.from(bytes).equals(Buffer.from(english.bytes))).toBe(false);
    // Japanese words in the tags; the picture's font has Latin letters only, so it is English.
    const japanese = await unfurl(`/result?a=${PRODUCT}&lang=ja`);
    expect(meta(japanese.html, 'og:title')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(Buffer.from(japanese.bytes).equals(Buffer.from(english.bytes))).toBe(true);
  });

  it('gives every other page its own title and description, and the site picture', async () => {
    for (const path of ['/', '/framework', `/result?a=not-a-code`]) {
      const { html, image, bytes } = await unfurl(path);
      expect(meta(html, 'og:title')).toBe(/<title>([^<]*)</.exec(html)?.[1]);
      expect(meta(html, 'og:description')).toBe('Which role & why');
      expect(image).toBe('http://localhost/api/preview/site.png');
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('unfurls a team join link with the team’s name and the invitation, and no member data', async () => {
    const create = async (name: string) => {
      const created = await app.request('http://localhost/api/teams', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, minResponses: 3 }),
      });
      return (await created.json()) as { joinCode: string };
    };
    const team = await create('Vision "infra" <team>');
    const before = await unfurl(`/teams/join?team=${team.joinCode}`);
    expect(meta(before.html, 'og:title')).toBe(
      'Where does your week sit? For the team “Vision "infra" <team>”',
    );
    expect(meta(before.html, 'og:description')).toMatch(/^5 questions about the work/);
    expect(before.image).toBe(`http://localhost/api/preview/team.png?team=${team.joinCode}`);
    expect(pngSize(before.bytes)).toEqual({ width: 1200, height: 630 });
    // The name is escaped in the tags: nothing of it becomes markup.
    expect(before.html).not.toContain('<team>');
    // Members answering changes nothing a crawler sees: the picture holds no member data.
    for (let i = 0; i < 3; i++) {
      const answers = Object.fromEntries(
        DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[i]?.id]),
      );
      await app.request('http://localhost/api/responses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: crypto.randomUUID(), answers, team: team.joinCode }),
      });
    }
    const after = await unfurl(`/teams/join?team=${team.joinCode}`);
    expect(after.html).toBe(before.html);
    expect(Buffer.from(after.bytes).equals(Buffer.from(before.bytes))).toBe(true);
    // A name in a script the picture's font lacks is left off the picture, which still draws.
    const japanese = await create('研究チーム');
    const { bytes } = await unfurl(`/teams/join?team=${japanese.joinCode}&lang=de`);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    // An unknown code unfurls as any page, and has no picture of its own.
    const unknown = await unfurl('/teams/join?team=NOPE-NOPE-NOPE');
    expect(unknown.image).toBe('http://localhost/api/preview/site.png');
    expect((await app.request('/api/preview/team.png?team=NOPE-NOPE-NOPE')).status).toBe(404);
  });

  it('refuses a picture for a code that is not one, saying what is wrong with it', async () => {
    const res = await app.request('/api/preview/result.png?a=9-zz&lang=fr');
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_share_code');
    expect(error.message).toBe(
      (await loadLanguage('fr')).messages['shareCode.otherVersion']('9', DEFAULT_QUIZ.version),
    );
    expect((await app.request('/api/preview/result.png')).status).toBe(400);
  });

  it('adds no tags on a host links may not be built on, since they carry absolute URLs', async () => {
    const res = await app.request('http://evil.example/result?a=' + PRODUCT);
    const html = await res.text();
    expect(meta(html, 'og:image')).toBeUndefined();
    expect(html).toContain('<title>Your result · rolefit</title>');
  });
});
