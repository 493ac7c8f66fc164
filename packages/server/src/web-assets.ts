import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

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

function cacheControl(urlPath: string) {
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (urlPath === '/embed.js') return 'public, max-age=300';
  return 'no-cache';
}

/**
 * Serve the built web app from `root`: files as they are, clean URLs (`/framework` →
 * `framework.html`), and a 404 page. Never serves anything outside `root`.
 */
export function webAssets(root: string): MiddlewareHandler {
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
    const base = join(root, relative);
    const candidates = extname(relative)
      ? [base]
      : relative === ''
        ? [join(root, 'index.html')]
        : [`${base}.html`, join(base, 'index.html')];
    for (const file of candidates) {
      if (await isFile(file)) {
        const body = await readFile(file);
        return c.body(body, 200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': cacheControl(urlPath),
          ...(urlPath === '/embed.js' ? { 'Access-Control-Allow-Origin': '*' } : {}),
        });
      }
    }
    if (relative === '' && !(await isFile(join(root, 'index.html')))) return c.html(NOT_BUILT);
    const notFound = join(root, '404.html');
    if (!extname(relative) && (await isFile(notFound))) {
      return c.body(await readFile(notFound), 404, { 'Content-Type': TYPES['.html'] as string });
    }
    return next();
  };
}
