import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureOwnerToken, OWNER_TOKEN_SETTING } from '../src/analytics/owner-token.ts';
import { createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { TEST_DIALECTS } from './test-stores.ts';

describe.each(TEST_DIALECTS)('owner token on $name', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('is generated once, printed once, stored only as a hash, and then opens /api/stats', async () => {
    const printed: string[] = [];
    await ensureOwnerToken(store.settings, undefined, (text) => printed.push(text));
    await ensureOwnerToken(store.settings, undefined, (text) => printed.push(text));
    expect(printed).toHaveLength(1);
    const token = /^ {4}(\S+)$/m.exec(printed[0] ?? '')?.[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    const stored = await store.settings.get(OWNER_TOKEN_SETTING);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);

    const app = createApp({ store });
    const ok = await app.request('/api/stats', { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const wrong = await app.request('/api/stats', { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('several instances starting together print one token between them', async () => {
    const printed: string[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () =>
        ensureOwnerToken(store.settings, undefined, (text) => printed.push(text)),
      ),
    );
    expect(printed).toHaveLength(1);
  });

  it('with ROLEFIT_ADMIN_TOKEN set, generates nothing and accepts only that token', async () => {
    const printed: string[] = [];
    await ensureOwnerToken(store.settings, 'env-secret', (text) => printed.push(text));
    expect(printed).toHaveLength(0);
    expect(await store.settings.get(OWNER_TOKEN_SETTING)).toBeUndefined();
    const app = createApp({ store, adminToken: 'env-secret' });
    const ok = await app.request('/api/stats', { headers: { Authorization: 'Bearer env-secret' } });
    expect(ok.status).toBe(200);
  });

  it('without any token set up, refuses every request', async () => {
    const app = createApp({ store });
    for (const auth of ['Bearer ', 'Bearer x', 'Bearer undefined']) {
      const res = await app.request('/api/stats', { headers: { Authorization: auth } });
      expect(res.status).toBe(401);
    }
  });
});
