import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { TEST_DIALECTS } from './test-stores.ts';

/** An endpoint, and whether it reads a request body (bodiless ones never read what is sent). */
type Endpoint = { method: string; path: string; body: boolean };

/** Every endpoint the OpenAPI document lists, so new endpoints are fuzzed without editing this file. */
async function endpoints(app: App): Promise<Endpoint[]> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      body: operation.requestBody !== undefined,
    })),
  );
}

const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const bodies = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .record({ id: fc.string(), answers: fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })) })
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 1, max: 20_000 }).map(deep),
  fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
);

describe.each(TEST_DIALECTS)('fuzzing every endpoint on $name: never a 5xx', ({ open }) => {
  let store: Store;
  let app: App;
  let list: Endpoint[];
  beforeAll(async () => {
    store = await open();
    app = createApp({ store, maxBodyBytes: 64 * 1024 });
    list = await endpoints(app);
  });
  afterAll(() => store.close());

  const expectClientError = async (res: Response, what: string) => {
    expect(res.status, what).toBeLessThan(500);
    if (res.status >= 400) {
      const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code, what).toBe('string');
      expect(typeof body.error?.message, what).toBe('string');
    }
  };

  it('arbitrary, truncated, deeply nested and binary bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...list),
        bodies,
        fc.string({ maxLength: 40 }),
        async (endpoint, body, param) => {
          const res = await app.request(fill(endpoint.path, param || 'x'), {
            method: endpoint.method,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${param}` },
            ...(endpoint.method === 'GET' || endpoint.method === 'DELETE' ? {} : { body }),
          });
          await expectClientError(res, `${endpoint.method} ${endpoint.path} ${body.slice(0, 80)}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('invalid UTF-8 and wrong content types', async () => {
    for (const endpoint of list.filter((e) => e.method !== 'GET' && e.method !== 'DELETE')) {
      const path = fill(endpoint.path, 'x');
      const invalid = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
      await expectClientError(
        await app.request(path, {
          method: endpoint.method,
          headers: { 'content-type': 'application/json' },
          body: invalid,
        }),
        `${endpoint.path} invalid utf-8`,
      );
      await expectClientError(
        await app.request(path, {
          method: endpoint.method,
          headers: { 'content-type': 'text/csv' },
          body: 'a,b',
        }),
        `${endpoint.path} text/csv`,
      );
      await expectClientError(
        await app.request(path, { method: endpoint.method }),
        `${endpoint.path} no body`,
      );
    }
  });

  it('huge strings are refused by size before anything else', async () => {
    const reading = list.filter((e) => e.body);
    expect(reading.length).toBeGreaterThan(5);
    for (const endpoint of reading) {
      const res = await app.request(fill(endpoint.path, 'x'), {
        method: endpoint.method,
        headers: { 'content-type': 'application/json' },
        // Over every route's limit, POST /api/check's 384 KB for three documents included.
        body: JSON.stringify({ text: 'x'.repeat(1_000_000) }),
      });
      expect(res.status, endpoint.path).toBe(413);
    }
  });
});
