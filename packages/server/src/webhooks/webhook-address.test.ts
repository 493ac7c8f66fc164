import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  checkWebhookUrl,
  forbiddenRange,
  guardedLookup,
  type HostResolver,
} from './webhook-address.ts';
import { createWebhookSender } from './webhook-sender.ts';

/** A resolver that answers from a table, never asking DNS. */
const resolver =
  (table: Record<string, string[]>): HostResolver =>
  async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`no ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('forbiddenRange', () => {
  it('refuses every address that is not public unicast, IPv4-mapped ones included', () => {
    for (const address of [
      '127.0.0.1',
      '127.255.255.254',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.10',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.255',
      '0.0.0.0',
      '0.1.2.3',
      '224.0.0.251',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd00:ec2::254',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      'not-an-address',
    ]) {
      expect(forbiddenRange(address), address).not.toBeNull();
    }
  });

  it('lets public addresses through', () => {
    for (const address of [
      '93.184.216.34',
      '1.1.1.1',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ]) {
      expect(forbiddenRange(address), address).toBeNull();
    }
  });
});

describe('checkWebhookUrl', () => {
  const strict = (table: Record<string, string[]>) => ({
    allowPrivate: false,
    resolve: resolver(table),
  });

  it('accepts https to a host whose every address is public', async () => {
    const result = await checkWebhookUrl(
      'https://hooks.example/x',
      strict({ 'hooks.example': ['93.184.216.34', '2606:4700::1111'] }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a host with any private address among its public ones', async () => {
    const result = await checkWebhookUrl(
      'https://mixed.example/x',
      strict({ 'mixed.example': ['93.184.216.34', '10.0.0.1'] }),
    );
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'private', host: 'mixed.example', address: '10.0.0.1', range: 'private' },
    });
  });

  it('refuses a host that does not resolve, http, and credentials', async () => {
    expect(await checkWebhookUrl('https://gone.example/', strict({}))).toEqual({
      ok: false,
      problem: { kind: 'unresolvable', host: 'gone.example' },
    });
    expect(await checkWebhookUrl('http://hooks.example/', strict({}))).toEqual({
      ok: false,
      problem: { kind: 'scheme', scheme: 'http' },
    });
    expect((await checkWebhookUrl('https://a:b@hooks.example/', strict({}))).ok).toBe(false);
  });

  it('with private addresses allowed, takes http and loopback without resolving anything', async () => {
    const result = await checkWebhookUrl('http://127.0.0.1:8080/x', {
      allowPrivate: true,
      resolve: resolver({}),
    });
    expect(result.ok).toBe(true);
  });
});

describe('guardedLookup (the check at connect time)', () => {
  const lookupWith = (resolve: HostResolver, options: { all?: boolean; family?: number }) =>
    new Promise<{ error: Error | null; address: unknown }>((done) => {
      guardedLookup(resolve)('rebind.example', options as never, (error, address) =>
        done({ error, address }),
      );
    });

  it('answers public addresses in the form asked for', async () => {
    const resolve = resolver({ 'rebind.example': ['93.184.216.34'] });
    expect(await lookupWith(resolve, { all: true })).toEqual({
      error: null,
      address: [{ address: '93.184.216.34', family: 4 }],
    });
    expect(await lookupWith(resolve, {})).toEqual({ error: null, address: '93.184.216.34' });
  });

  it('refuses a name that now resolves to loopback (DNS rebinding)', async () => {
    const { error } = await lookupWith(resolver({ 'rebind.example': ['127.0.0.1'] }), {
      all: true,
    });
    expect(error?.message).toBe(
      'refused to connect: rebind.example resolves to 127.0.0.1 (loopback)',
    );
  });

  it('keeps the sender from connecting to a name that passed at creation and resolves to 127.0.0.1 at send time', async () => {
    let connections = 0;
    const local = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
    const { port } = local.address() as AddressInfo;
    // The first answer is a public address (what the creation check saw), later ones loopback.
    let asked = 0;
    const rebinding: HostResolver = async () => [
      { address: asked++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 },
    ];
    const url = `https://rebind.example:${port}/hook`;
    expect((await checkWebhookUrl(url, { allowPrivate: false, resolve: rebinding })).ok).toBe(true);
    const sender = createWebhookSender({
      allowPrivate: false,
      resolve: rebinding,
      timeoutMs: 2000,
    });
    const result = await sender.send(
      { url, secret: 's', deliveryId: crypto.randomUUID(), body: '{}' },
      new AbortController().signal,
    );
    sender.close();
    await new Promise<void>((r) => local.close(() => r()));
    expect(result).toEqual({
      ok: false,
      status: null,
      error: expect.stringContaining('refused to connect: rebind.example resolves to 127.0.0.1'),
    });
    expect(connections).toBe(0);
  });

  it('keeps the sender from an address literal and from http', async () => {
    const sender = createWebhookSender({ allowPrivate: false, resolve: resolver({}) });
    const stop = new AbortController().signal;
    const request = { secret: 's', deliveryId: crypto.randomUUID(), body: '{}' };
    expect(
      await sender.send({ ...request, url: 'https://[::ffff:7f00:1]:9/x' }, stop),
    ).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(await sender.send({ ...request, url: 'http://hooks.example/x' }, stop)).toMatchObject({
      ok: false,
      error: 'refused: https is required',
    });
    sender.close();
  });
});
