import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** HSTS for a year; sent only on HTTPS, where a browser honours it (on plain HTTP it means nothing). */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response, with a strict CSP: scripts and styles only from this
 * origin, no inline script, no framing of the app (`frame-ancestors 'none'` and, for old
 * browsers, `X-Frame-Options: DENY`, which say the same thing).
 */
export function securityHeaders(): MiddlewareHandler {
  const strict = secureHeaders({
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
  // The widget and the API it posts to are meant to be used from other sites.
  const embeddable = secureHeaders({
    strictTransportSecurity: false,
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  });
  return async (c, next) => {
    await (c.req.path === '/embed.js' ? embeddable(c, next) : strict(c, next));
    // Behind a TLS-terminating proxy the request arrives as http: the proxy sends HSTS then.
    if (new URL(c.req.url).protocol === 'https:') c.header('Strict-Transport-Security', HSTS);
  };
}
