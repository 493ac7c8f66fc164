import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed } from './widget-fixtures/build-embed.ts';

/** PRODUCT.md's budget: the widget's JS + CSS + default quiz content, gzip. */
const BUDGET_GZIP_BYTES = 10 * 1024;

describe('the embed build', () => {
  let dir = '';
  let embed = '';
  beforeAll(async () => {
    dir = await buildEmbed();
    embed = readFileSync(join(dir, 'embed.js'), 'utf8');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`fits the widget budget: gzip(embed.js) <= ${BUDGET_GZIP_BYTES} bytes`, () => {
    const gzip = gzipSync(embed, { level: 9 }).length;
    expect(gzip, `embed.js is ${gzip} bytes gzip`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('writes only embed.js, its types and the demo page, so it can share dist/ with the app build', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'embed-demo.css',
      'embed-demo.html',
      'embed.d.ts',
      'embed.js',
    ]);
    expect(readFileSync(join(dir, 'embed.d.ts'), 'utf8')).toContain("'rolefit-quiz': RolefitQuiz");
  });

  it('is one self-contained module with the quiz and the CSS inside, and no zod at runtime', () => {
    expect(embed).not.toMatch(/\bimport\s*[("'{*]|\bimport\.meta\b/);
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
