import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to every address it has (`dns.lookup` with `all`). */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver, as connections use it. */
export const systemResolver: HostResolver = (hostname) =>
  lookup(hostname, { all: true, verbatim: true });

/**
 * Why a webhook may not be sent to this address: the name of its range (`loopback`, `private`,
 * `linkLocal`, `uniqueLocal`, `carrierGradeNat`, `unspecified`, `multicast`, …), or null for a
 * public unicast address. Anything but public unicast is refused, which takes in the cloud
 * metadata addresses (169.254.169.254 is link-local, fd00:ec2::254 unique-local) and IPv4 ranges
 * written as IPv4-mapped IPv6 (`::ffff:127.0.0.1`), NAT64 and 6to4 addresses that can carry them.
 * @example forbiddenRange('10.0.0.7') // 'private'
 */
export function forbiddenRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

/** An address literal in a URL's hostname (`[::1]` loses its brackets), or undefined for a name. */
export function addressLiteral(hostname: string): string | undefined {
  const bare =
    hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : undefined;
}

/** How long registering a webhook waits for its host to resolve. */
export const RESOLVE_TIMEOUT_MS = 5000;

/** What is wrong with a webhook URL, for the route to word. */
export type WebhookUrlProblem =
  | { kind: 'syntax' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'credentials' }
  | { kind: 'unresolvable'; host: string }
  | { kind: 'private'; host: string; address: string; range: string };

/** Whether a webhook may point at private addresses and plain http (ROLEFIT_WEBHOOK_ALLOW_PRIVATE). */
export type AddressPolicy = { allowPrivate: boolean; resolve?: HostResolver };

/** The first forbidden address among a host's, if any. */
const firstForbidden = (addresses: string[]) => {
  for (const address of addresses) {
    const range = forbiddenRange(address);
    if (range) return { address, range };
  }
  return undefined;
};

/**
 * Check a webhook URL as it is registered: absolute, https, no credentials in it, and a host
 * whose every address is public. The same rule holds again at each connection (`guardedLookup`),
 * since what a name resolves to can change after this check.
 */
export async function checkWebhookUrl(
  raw: string,
  policy: AddressPolicy,
): Promise<{ ok: true; url: URL } | { ok: false; problem: WebhookUrlProblem }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: { kind: 'syntax' } };
  }
  const allowed = policy.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    return { ok: false, problem: { kind: 'scheme', scheme: url.protocol.replace(/:$/, '') } };
  }
  if (url.username || url.password) return { ok: false, problem: { kind: 'credentials' } };
  if (!url.hostname) return { ok: false, problem: { kind: 'syntax' } };
  if (policy.allowPrivate) return { ok: true, url };
  const host = url.hostname;
  const literal = addressLiteral(host);
  let addresses: string[];
  if (literal) addresses = [literal];
  else {
    const resolve = policy.resolve ?? systemResolver;
    let timer: NodeJS.Timeout | undefined;
    // A resolver that never answers must not hold the request: past the bound, it did not resolve.
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), RESOLVE_TIMEOUT_MS);
    });
    try {
      addresses = (await Promise.race([resolve(host), bound])).map((a) => a.address);
    } catch {
      addresses = [];
    } finally {
      clearTimeout(timer);
    }
    if (addresses.length === 0) return { ok: false, problem: { kind: 'unresolvable', host } };
  }
  const bad = firstForbidden(addresses);
  return bad ? { ok: false, problem: { kind: 'private', host, ...bad } } : { ok: true, url };
}

/** The error a guarded connection fails with when its host resolves to a forbidden address. */
export class ForbiddenAddressError extends Error {
  readonly code = 'EFORBIDDENADDRESS';
  constructor(host: string, address: string, range: string) {
    super(`refused to connect: ${host} resolves to ${address} (${range})`);
    this.name = 'ForbiddenAddressError';
  }
}

/**
 * A `lookup` for `http.request` / `net.connect`: resolves the host and refuses the connection
 * if any of its addresses is not public, so the address checked is the address connected to (a
 * name that resolved to a public address when the webhook was made and to 127.0.0.1 now, DNS
 * rebinding, is caught here). Answers in the form asked for (`all` or one address).
 */
export function guardedLookup(resolve: HostResolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const bad = firstForbidden(found.map((a) => a.address));
        if (bad) {
          callback(new ForbiddenAddressError(hostname, bad.address, bad.range), '', 0);
          return;
        }
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const usable = wanted ? found.filter((a) => a.family === wanted) : found;
        const first = usable[0];
        if (!first) {
          const error = Object.assign(new Error(`${hostname} has no address`), {
            code: 'ENOTFOUND',
          });
          callback(error, '', 0);
        } else if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
