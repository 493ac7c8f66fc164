import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureOwnerToken,
  OWNER_TOKEN_SETTING,
  ownerTokenNotice,
} from '../src/analytics/owner-token.ts';
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

  it('is generated once, answered once, stored only as a hash, and then opens /api/stats', async () => {
    const token = (await ensureOwnerToken(store.settings, undefined)) ?? '';
    await expect(ensureOwnerToken(store.settings, undefined)).resolves.toBeUndefined();
    // The notice shows the token on a line of its own, framed.
    expect(ownerTokenNotice(token)).toMatch(
      new RegExp(`━+\\n[\\s\\S]*\\n {4}${token}\\n[\\s\\S]*━+`),
    );
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

  it('several instances starting together get one token between them', async () => {
    const answered = await Promise.all(
      Array.from({ length: 4 }, () => ensureOwnerToken(store.settings, undefined)),
    );
    expect(answered.filter(Boolean)).toHaveLength(1);
  });

  it('with ROLEFIT_ADMIN_TOKEN set, generates nothing and accepts only that token', async () => {
    await expect(ensureOwnerToken(store.settings, 'env-secret')).resolves.toBeUndefined();
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
