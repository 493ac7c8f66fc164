import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { allowedHostsFrom, linkOrigin } from '../src/public-url.ts';
import { type RunningServer, startServer } from '../src/start-server.ts';
import { createStore, type Store } from '../src/store/create-store.ts';

const newTeam = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'Applied ML' }),
};

describe('the Host header does not choose where team links point (issue 13 item 12)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore('file::memory:');
  });
  afterAll(() => store.close());

  it('builds links on this machine’s own names and on allowed hosts only', () => {
    expect(linkOrigin('http://localhost:3000/api/teams', {})).toBe('http://localhost:3000');
    expect(linkOrigin('http://127.0.0.1:8080/x', {})).toBe('http://127.0.0.1:8080');
    expect(linkOrigin('http://[::1]:3000/x', {})).toBe('http://[::1]:3000');
    expect(linkOrigin('http://app.localhost/x', {})).toBe('http://app.localhost');
    expect(linkOrigin('http://evil.example/x', {})).toBeUndefined();
    const allowed = { allowedHosts: allowedHostsFrom('rolefit.example, .staging.example') };
    expect(linkOrigin('https://rolefit.example/x', allowed)).toBe('https://rolefit.example');
    expect(linkOrigin('https://a.staging.example/x', allowed)).toBe('https://a.staging.example');
    expect(linkOrigin('https://staging.example/x', allowed)).toBe('https://staging.example');
    expect(linkOrigin('https://notrolefit.example/x', allowed)).toBeUndefined();
    expect(linkOrigin('https://rolefit.example.evil/x', allowed)).toBeUndefined();
    expect(linkOrigin('http://evil.example/x', { publicUrl: 'https://rolefit.example' })).toBe(
      'https://rolefit.example',
    );
  });

  it('refuses a team whose links would point at a host it does not know, saying what to set', async () => {
    const app = createApp({ store });
    const res = await app.request('http://evil.example/api/teams', newTeam);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('host_not_allowed');
    expect(error.message).toMatch(/ROLEFIT_PUBLIC_URL/);
    expect(error.message).toMatch(/ROLEFIT_ALLOWED_HOSTS/);
    expect(await store.db.db.selectFrom('teams').select('id').execute()).toHaveLength(0);

    const allowed = createApp({ store, allowedHosts: ['rolefit.example'] });
    const ok = await allowed.request('https://rolefit.example/api/teams', newTeam);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { joinUrl: string }).joinUrl).toMatch(
      /^https:\/\/rolefit\.example\/teams\/join\?team=/,
    );
  });

  it('reads ROLEFIT_ALLOWED_HOSTS strictly', () => {
    expect(allowedHostsFrom(undefined)).toEqual([]);
    expect(allowedHostsFrom(' A.example ,, b.example ')).toEqual(['a.example', 'b.example']);
    expect(() => allowedHostsFrom('https://rolefit.example')).toThrow(/without scheme or port/);
    expect(() => allowedHostsFrom('rolefit.example:443')).toThrow(/ROLEFIT_ALLOWED_HOSTS/);
  });
});

/** Send raw bytes and collect everything the server writes back until it closes. */
const raw = (port: number, bytes: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
    socket.once('connect', () => socket.write(bytes));
  });

describe('answers Node writes itself carry the security headers (issue 13 item 12)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databaseUrl: 'file::memory:',
      log: () => {},
      adminToken: 'edge-test',
    });
  });
  afterAll(() => server.close());

  const expectHardened = (answer: string, status: number, code: string) => {
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe(
      `HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : 'Request Header Fields Too Large'}`,
    );
    expect(head).toMatch(/^Content-Security-Policy: default-src 'none'; frame-ancestors 'none'$/m);
    expect(head).toMatch(/^X-Content-Type-Options: nosniff$/m);
    expect(head).toMatch(/^X-Frame-Options: DENY$/m);
    expect(head).toMatch(/^Connection: close$/m);
    expect(JSON.parse(body).error.code).toBe(code);
  };

  it('on malformed HTTP', async () => {
    expectHardened(
      await raw(server.port, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n'),
      400,
      'bad_request',
    );
  });

  it('on headers too large', async () => {
    const big = `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    expectHardened(await raw(server.port, big), 431, 'headers_too_large');
  });
});
