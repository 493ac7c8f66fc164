/**
 * `ROLEFIT_PUBLIC_URL`: the origin links are built on (join and admin links), e.g.
 * `https://rolefit.example`. Unset, links use the origin the request came to, which its `Host`
 * header sets: behind a proxy you run that is fine, on an open port set this.
 * @example publicUrlFrom('https://rolefit.example/') // 'https://rolefit.example'
 */
export function publicUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `ROLEFIT_PUBLIC_URL must be an http(s) origin like https://rolefit.example; got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ROLEFIT_PUBLIC_URL must start with https:// or http://; got "${value}"`);
  }
  return url.origin;
}

/** Host names whose links are always safe to build on: this machine's own. */
const LOCAL_HOSTS = ['localhost', '.localhost', '127.0.0.1', '[::1]'];

/**
 * `ROLEFIT_ALLOWED_HOSTS`: host names (comma-separated) a request may name in its `Host` header
 * and get links on, besides this machine's own; `.example.com` also allows every subdomain.
 * @example allowedHostsFrom('rolefit.example, .staging.example') // ['rolefit.example', '.staging.example']
 */
export function allowedHostsFrom(value: string | undefined): string[] {
  const hosts = (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
  for (const host of hosts) {
    if (/[/:@\s]/.test(host.replace(/^\[[0-9a-f:.]+\]$/, ''))) {
      throw new Error(
        `ROLEFIT_ALLOWED_HOSTS takes host names without scheme or port, like rolefit.example; got "${host}"`,
      );
    }
  }
  return hosts;
}

/** Where team links may point: a fixed public origin, or the request's if its host is allowed. */
export type LinkPolicy = { publicUrl?: string | undefined; allowedHosts?: string[] | undefined };

const matches = (hostname: string, pattern: string) =>
  pattern.startsWith('.')
    ? hostname === pattern.slice(1) || hostname.endsWith(pattern)
    : hostname === pattern;

/**
 * The origin to build links on for a request: `publicUrl` when set; otherwise the request's own
 * origin, but only when its host is this machine or in `allowedHosts`. Anyone can write any
 * `Host` header, and a link built on it would send members and leads to that host.
 * @returns the origin, or `undefined` when the request's host is not one links may point to.
 */
export function linkOrigin(requestUrl: string, policy: LinkPolicy): string | undefined {
  if (policy.publicUrl) return policy.publicUrl;
  const url = new URL(requestUrl);
  const hostname = url.hostname.toLowerCase();
  const allowed = [...LOCAL_HOSTS, ...(policy.allowedHosts ?? [])];
  return allowed.some((pattern) => matches(hostname, pattern)) ? url.origin : undefined;
}
