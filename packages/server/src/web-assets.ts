import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pageIn } from '@rolefit/core';
import type { Context, MiddlewareHandler } from 'hono';
import { sayLanguage } from './language.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  // TypeScript declarations (embed.d.ts): text to save, never something to run.
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>rolefit</title>
<p>The web app has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The API is up: <a href="/api/quiz">/api/quiz</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

async function isFile(path: string) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The widget's files, which other sites load: embed.js, the chunks it loads and its types. */
const isWidgetFile = (urlPath: string) =>
  urlPath === '/embed.js' || urlPath === '/embed.d.ts' || urlPath.startsWith('/embed/');

/** A file named by its content (Vite's 8-character hash before the extension). */
const HASHED = /-[\w-]{8}\.js$/;

function cacheControl(urlPath: string) {
  // Named by content: cache for good. The widget's language files keep their names (embed.js
  // finds them by language), so they are cached like embed.js itself.
  if (urlPath.startsWith('/assets/') || (urlPath.startsWith('/embed/') && HASHED.test(urlPath)))
    return 'public, max-age=31536000, immutable';
  if (isWidgetFile(urlPath)) return 'public, max-age=300';
  return 'no-cache';
}

/** The HTML file a clean URL names (`framework` → `framework.html`, `teams` → `teams/index.html`), if any. */
async function pageFile(root: string, relative: string) {
  if (relative === '') return join(root, 'index.html');
  const base = join(root, relative);
  for (const file of [`${base}.html`, join(base, 'index.html')]) {
    if (await isFile(file)) return file;
  }
  return undefined;
}

/** What a page's HTML gets before it is sent (the link-preview tags). */
export type PageDecoration = (c: Context, html: string) => string | Promise<string>;

/** Answer a page: in the request's language when the build has it, saying which. */
async function pageAnswer(
  c: Context,
  page: string,
  status: 200 | 404,
  cache: string,
  decorate: PageDecoration,
) {
  // The build writes `framework.de.html` beside `framework.html` for every language but English.
  const localized = pageIn(page, c.get('language')?.speech.language ?? 'en');
  const file = localized !== page && (await isFile(localized)) ? localized : page;
  const body = await decorate(c, await readFile(file, 'utf8'));
  if (file === localized) sayLanguage(c);
  return c.body(body, status, { 'Content-Type': TYPES['.html'] as string, 'Cache-Control': cache });
}

/**
 * Serve the built web app from `root`: files as they are, clean URLs (`/framework` →
 * `framework.html`, in the request's language), and a 404 page. Never serves anything outside
 * `root`.
 */
export function webAssets(
  root: string,
  decorate: PageDecoration = (_c, html) => html,
): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) {
      return next();
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const relative = normalize(urlPath).replace(/^([/\\])+/, '');
    if (relative.split(sep).includes('..') || relative.includes('\0')) return next();
    // `/framework/` is `/framework`: send the reader there, query and all, rather than a 404.
    // Only to a page that exists, so no path of the reader's making becomes a redirect elsewhere.
    const trimmed = relative.replace(/[/\\]+$/, '');
    if (trimmed !== relative && trimmed !== '' && (await pageFile(root, trimmed))) {
      // Built from the checked path, one leading slash, so `//host/` can never leave this site.
      const path = trimmed.split(/[/\\]/).map(encodeURIComponent).join('/');
      return c.redirect(`/${path}${new URL(c.req.url).search}`, 301);
    }
    const file = extname(relative) ? join(root, relative) : await pageFile(root, relative);
    if (file && (await isFile(file))) {
      if (!extname(relative)) return pageAnswer(c, file, 200, cacheControl(urlPath), decorate);
      const body = await readFile(file);
      return c.body(body, 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(urlPath),
        // A host page on another site imports embed.js, and embed.js its chunks, as modules.
        ...(isWidgetFile(urlPath) ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
    }
    if (relative === '' && !(await isFile(join(root, 'index.html')))) return c.html(NOT_BUILT);
    const notFound = join(root, '404.html');
    if (!extname(relative) && (await isFile(notFound))) {
      return pageAnswer(c, notFound, 404, cacheControl('/404'), decorate);
    }
    return next();
  };
}
