import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed } from './widget-fixtures/build-embed.ts';

/** PRODUCT.md's budget: the widget's JS + CSS + default quiz content, gzip. */
const BUDGET_GZIP_BYTES = 10 * 1024;
/** Each chunk embed.js loads on demand (the network code, a language), gzip. */
const CHUNK_BUDGET_GZIP_BYTES = 4 * 1024;
/** The popup's and slide-in's code (embed/dialog.js, loaded only for `mode`), gzip. */
const DIALOG_BUDGET_GZIP_BYTES = 2 * 1024;

describe('the embed build', () => {
  let dir = '';
  let embed = '';
  let chunks: string[] = [];
  beforeAll(async () => {
    dir = await buildEmbed();
    embed = readFileSync(join(dir, 'embed.js'), 'utf8');
    chunks = readdirSync(join(dir, 'embed'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`fits the widget budget: gzip(embed.js) <= ${BUDGET_GZIP_BYTES} bytes`, () => {
    const gzip = gzipSync(embed, { level: 9 }).length;
    expect(gzip, `embed.js is ${gzip} bytes gzip`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it(`keeps every chunk it loads on demand within ${CHUNK_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    expect(chunks.some((name) => name.startsWith('network-'))).toBe(true);
    // Each language but English: its words and quiz, and its framework text, apart.
    for (const language of LANGUAGES.filter((l) => l !== 'en'))
      expect(chunks).toEqual(
        expect.arrayContaining([`${language}.js`, `${language}-framework.js`]),
      );
    for (const name of chunks) {
      const gzip = gzipSync(readFileSync(join(dir, 'embed', name)), { level: 9 }).length;
      expect(gzip, `${name} is ${gzip} bytes gzip`).toBeLessThanOrEqual(CHUNK_BUDGET_GZIP_BYTES);
    }
  });

  it(`loads the popup and slide-in only from embed/dialog.js, within ${DIALOG_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    expect(chunks).toContain('dialog.js');
    const gzip = gzipSync(readFileSync(join(dir, 'embed', 'dialog.js')), { level: 9 }).length;
    expect(gzip, `dialog.js is ${gzip} bytes gzip`).toBeLessThanOrEqual(DIALOG_BUDGET_GZIP_BYTES);
    // None of its code in embed.js: the only trace is the chunk's name and the mode it asks for.
    expect(embed).not.toMatch(/showModal|showPopover|open-on|show-once/);
    expect(embed).toContain('"dialog"');
  });

  it('shortens no name of a built-in it calls (Object.keys would become Object.s, say)', () => {
    // MANGLED_PROPS holds the messages' keys, `keys` among them, and terser shortens them on any
    // object: a built-in's method by such a name must not be called anywhere in the build.
    for (const code of [
      embed,
      ...chunks.map((name) => readFileSync(join(dir, 'embed', name), 'utf8')),
    ])
      expect(code).not.toMatch(/\b(?:Object|Array|Number|String|JSON|Math|Promise)\.[\w$]{1,2}\(/);
  });

  it('loads its network code only from a chunk, so a widget without an endpoint never fetches it', () => {
    expect(embed).not.toContain('keepalive');
    expect(embed).toMatch(/import\(["'`]\.\/embed\/network-[\w-]+\.js["'`]\)/);
  });

  it('writes only embed.js, its chunks, its types and the demo page, so it can share dist/ with the app build', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'embed',
      'embed-demo.css',
      'embed-demo.html',
      'embed.d.ts',
      'embed.js',
    ]);
    expect(chunks.every((name) => /^[\w-]+\.js$/.test(name))).toBe(true);
    expect(readFileSync(join(dir, 'embed.d.ts'), 'utf8')).toContain("'rolefit-quiz': RolefitQuiz");
  });

  it('carries the quiz and the CSS inside, imports nothing but its own chunks, and no zod at runtime', () => {
    // Static imports none; dynamic ones only of its chunks beside it: the network code and the
    // share link by name, a language by its URL next to embed.js (import.meta.url).
    expect(embed).not.toMatch(/\bimport\s*["'{*]/);
    expect(embed.match(/\bimport\.meta(\.\w+)?/g)).toEqual(['import.meta.url']);
    const imports = embed.split(/\bimport\(/).length - 1;
    const ofChunks = embed.match(
      /\bimport\((["'`]\.\/embed\/[\w-]+\.js["'`]|new URL\(`embed\/\$\{\w+\}\.js`,(\w+|import\.meta\.url)\)\.href)\)/g,
    );
    expect(ofChunks?.length).toBe(imports);
    expect(embed).toContain('What question is that work trying to answer?');
    expect(embed).toContain('--rolefit-accent');
    expect(embed).toContain('customElements.define');
    for (const zodMark of ['ZodError', '$ZodType', 'safeParse', '_zod', 'zod']) {
      expect(embed).not.toContain(zodMark);
    }
    // No third-party hosts: the only URLs it could fetch are the ones the host page gives it.
    expect(embed).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(embed).not.toMatch(/document\.cookie|sessionStorage/);
  });

  it('ships a demo page that works under script-src self: no inline scripts or handlers', () => {
    const html = readFileSync(join(dir, 'embed-demo.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => s[1]?.trim())).toEqual(['type="module" src="/embed.js"']);
    expect(scripts.every((s) => s[2] === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style\b|\sstyle=/i);
    expect(html).toContain('<rolefit-quiz');
    expect(html).toContain('&lt;rolefit-quiz');
  });
});
