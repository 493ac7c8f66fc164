import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

// A built web app in miniature: a page, the widget, a chunk it loads, its types and an asset.

describe('serving the built web app and the widget', () => {
  let root = '';
  let store: Store;
  let app: App;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rolefit-web-'));
    mkdirSync(join(root, 'embed'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>rolefit</title>');
    writeFileSync(join(root, 'framework.html'), '<html lang="en"><title>The framework</title>');
    writeFileSync(join(root, 'framework.de.html'), '<html lang="de"><title>Das Modell</title>');
    mkdirSync(join(root, 'teams'));
    writeFileSync(join(root, 'teams', 'index.html'), '<title>Teams</title>');
    writeFileSync(join(root, 'teams', 'join.html'), '<title>Join</title>');
    writeFileSync(join(root, '404.html'), '<html lang="en"><title>Not found</title>');
    writeFileSync(join(root, '404.ar.html'), '<html lang="ar" dir="rtl"><title>غير موجودة</title>');
    writeFileSync(join(root, 'embed.js'), 'import("./embed/network-Gq7JjECo.js")');
    writeFileSync(join(root, 'embed', 'network-Gq7JjECo.js'), 'export const x = 1');
    writeFileSync(join(root, 'embed', 'de.js'), 'export default {}');
    writeFileSync(join(root, 'embed.d.ts'), 'export type RoleId = string;');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'export {}');
    store = await createStore('file::memory:');
    app = createApp({ store, webRoot: root });
  });
  afterAll(async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lets any site load embed.js and the chunks it loads, the chunks cached for good', async () => {
    const embed = await app.request('/embed.js');
    expect(embed.headers.get('access-control-allow-origin')).toBe('*');
    expect(embed.headers.get('cache-control')).toBe('public, max-age=300');
    const chunk = await app.request('/embed/network-Gq7JjECo.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    // A language keeps its name (embed.js asks for embed/de.js): cached as briefly as embed.js.
    const german = await app.request('/embed/de.js');
    expect(german.headers.get('access-control-allow-origin')).toBe('*');
    expect(german.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('serves embed.d.ts as text to save, not as a script or a download', async () => {
    const types = await app.request('/embed.d.ts');
    expect(types.status).toBe(200);
    expect(types.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await types.text()).toContain('RoleId');
  });

  it('answers a page in the language asked for, when the build wrote it in that language', async () => {
    const german = await app.request('/framework', { headers: { 'Accept-Language': 'de-AT' } });
    expect(german.status).toBe(200);
    expect(await german.text()).toContain('Das Modell');
    expect(german.headers.get('content-language')).toBe('de');
    expect(german.headers.get('vary')).toMatch(/accept-language/i);
    expect(german.headers.get('content-security-policy')).toContain("default-src 'self'");
    const english = await app.request('/framework');
    expect(await english.text()).toContain('The framework');
    expect(english.headers.get('content-language')).toBe('en');
    expect(english.headers.get('vary')).toMatch(/accept-language/i);
    // ?lang= decides alone; a language the build has no page in gets the English page.
    const asked = await app.request('/framework?lang=de', { headers: { 'Accept-Language': 'fr' } });
    expect(await asked.text()).toContain('Das Modell');
    const unbuilt = await app.request('/framework?lang=ja');
    expect(await unbuilt.text()).toContain('The framework');
    const missing = await app.request('/nowhere?lang=ar');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('dir="rtl"');
    expect(missing.headers.get('content-language')).toBe('ar');
  });

  it("keeps the app's own files to the app's origin", async () => {
    const page = await app.request('/');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends a page asked for with a trailing slash to its clean URL, query kept', async () => {
    for (const [asked, to] of [
      ['/framework/', '/framework'],
      ['/framework//', '/framework'],
      ['/teams/', '/teams'],
      ['/teams/join/?team=abc_DEF-12', '/teams/join?team=abc_DEF-12'],
    ]) {
      const answer = await app.request(asked as string);
      expect(answer.status, asked).toBe(301);
      expect(answer.headers.get('location'), asked).toBe(to);
    }
    // Never to another site, however the path is spelled; and no page, no redirect.
    for (const asked of ['//framework/', '/\\framework/', '/%2Fframework/']) {
      const location = (await app.request(asked)).headers.get('location');
      expect(location === null || /^\/[^/\\]/.test(location), asked).toBe(true);
    }
    expect((await app.request('/nowhere/')).status).toBe(404);
    expect((await app.request('/')).status).toBe(200);
  });
});
