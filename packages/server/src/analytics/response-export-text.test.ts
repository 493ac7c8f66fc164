import { DEFAULT_QUIZ } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test/test-stores.ts';
import { type App, createApp } from '../app.ts';
import type { Store } from '../store/create-store.ts';
import { responseColumns, responseExportText } from './response-export-text.ts';

const TOKEN = 'owner-token-for-the-export-columns-test';
const owner = { headers: { Authorization: `Bearer ${TOKEN}` } };
const scored = Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[2]?.id]));
const answerIds = [...DEFAULT_QUIZ.questions, ...DEFAULT_QUIZ.context].map((q) => q.id);

/** Three responses: no context answer, one sent apart under `context`, both inside `answers`. */
const SUBMISSIONS = [
  { answers: scored, source: 'https://a.example/none' },
  { answers: scored, context: { title: 'engineer' }, source: 'https://a.example/title' },
  { answers: { ...scored, title: 'shared', 'reviewed-on': 'papers' } },
];

type JsonRow = { id: string; source: string | null; answers: Record<string, string> };

describe.each(TEST_DIALECTS)('response export columns on $name', ({ open }) => {
  let store: Store;
  let app: App;
  const ids = SUBMISSIONS.map(() => crypto.randomUUID());
  beforeEach(async () => {
    store = await open();
    app = createApp({ store, adminToken: TOKEN });
    for (const [i, body] of SUBMISSIONS.entries()) {
      const res = await app.request('/api/responses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: ids[i], ...body }),
      });
      expect(res.status).toBe(201);
    }
  });
  afterEach(async () => {
    await store.close();
  });

  const exported = async (format: 'csv' | 'json', query = '') => {
    const res = await app.request(`/api/stats/export?format=${format}${query}`, owner);
    expect(res.status).toBe(200);
    return res.text();
  };
  const csvRows = (text: string) =>
    text
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));

  it('writes every question and context column, title and reviewed-on included, answered or not', async () => {
    const [header, ...rows] = csvRows(await exported('csv'));
    expect(header).toEqual(responseColumns(DEFAULT_QUIZ).map((c) => c.name));
    expect(header?.slice(-answerIds.length)).toEqual(answerIds);
    expect(header?.slice(-2)).toEqual(['title', 'reviewed-on']);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    // A range in which nobody answered a context question has the same columns.
    const only = `&source=${encodeURIComponent('https://a.example/none')}`;
    const [alone, ...none] = csvRows(await exported('csv', only));
    expect(alone).toEqual(header);
    expect(none.map((row) => row.slice(-2))).toEqual([['', '']]);
  });

  it('CSV and JSON hold the same responses, in the same order, with the same answers', async () => {
    const [header = [], ...rows] = csvRows(await exported('csv'));
    const json = JSON.parse(await exported('json')) as JsonRow[];
    expect(json.map((r) => r.id)).toEqual(ids);
    expect(rows.map((row) => row[0])).toEqual(ids);
    for (const [i, item] of json.entries()) {
      const cells = Object.fromEntries(header.map((name, j) => [name, rows[i]?.[j]]));
      for (const id of answerIds)
        expect(cells[id], `${item.id} ${id}`).toBe(item.answers[id] ?? '');
      expect(cells.source).toBe(item.source ?? '');
    }
    expect(rows.map((row) => row.slice(-2))).toEqual([
      ['', ''],
      ['engineer', ''],
      ['shared', 'papers'],
    ]);
  });

  it('is one text for the owner’s HTTP export and for `rolefit export` (responseExportText)', async () => {
    for (const format of ['csv', 'json'] as const) {
      let text = '';
      for await (const chunk of responseExportText(store.db, DEFAULT_QUIZ, { format })) {
        text += chunk;
      }
      expect(text).toBe(await exported(format));
    }
  });
});
