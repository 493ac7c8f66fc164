import { DEFAULT_QUIZ, type QuizResult } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatsReport } from '../src/analytics/analytics-schemas.ts';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { rollupFieldStats } from '../src/store/field-stats.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const TOKEN = 'field-stats-owner-token';
const owner = { Authorization: `Bearer ${TOKEN}` };
/** The answers that pick option `i` of every question (0: the research end, 4: product). */
const answersAt = (i: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[i]?.id as string]));
const BLOG = 'https://blog.example/post';
const DOCS = 'https://docs.example/start';

type Exported = { id: string; source: string | null; fields: Record<string, string> } & {
  result: QuizResult;
};

describe.each(TEST_DIALECTS)(
  'the owner figures by hidden field on $name (issue 18)',
  ({ open }) => {
    let store: Store;
    let app: App;
    beforeEach(async () => {
      store = await open();
      app = createApp({ store, adminToken: TOKEN });
    });
    afterEach(async () => {
      await store.close();
    });

    const respond = async (body: Record<string, unknown>) => {
      const res = await app.request('/api/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: crypto.randomUUID(), ...body }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    };
    const stats = async (query = '') => {
      const res = await app.request(`/api/stats${query}`, { headers: owner });
      expect(res.status).toBe(200);
      return (await res.json()) as StatsReport;
    };
    const exported = async (query = '') =>
      (await (
        await app.request(`/api/stats/export?format=json${query.replace(/^\?/, '&')}`, {
          headers: owner,
        })
      ).json()) as Exported[];

    /**
     * Three from a newsletter (two on the blog, one on the docs; all on the pro plan), two from
     * LinkedIn, two with no fields, and one team answer with fields, which the owner never counts.
     */
    async function seed() {
      const newsletter = { utm_source: 'newsletter', plan: 'pro' };
      await respond({ answers: answersAt(0), source: BLOG, fields: newsletter });
      await respond({ answers: answersAt(0), source: BLOG, fields: newsletter });
      await respond({ answers: answersAt(4), source: DOCS, fields: newsletter });
      await respond({ answers: answersAt(4), source: BLOG, fields: { utm_source: 'linkedin' } });
      await respond({ answers: answersAt(2), fields: { utm_source: 'linkedin' } });
      await respond({ answers: answersAt(1), source: BLOG });
      await respond({ answers: answersAt(3) });
      const team = await app.request('/api/teams', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Field test team' }),
      });
      const { joinCode } = (await team.json()) as { joinCode: string };
      await respond({
        answers: answersAt(0),
        team: joinCode,
        fields: { utm_source: 'newsletter', plan: 'pro' },
      });
    }

    /** What the figures must say, counted from the exported raw rows. */
    const countedFrom = (rows: Exported[]) => {
      const tally = (pick: (r: QuizResult) => string) => {
        const counts: Record<string, number> = {};
        for (const row of rows) counts[pick(row.result)] = (counts[pick(row.result)] ?? 0) + 1;
        return counts;
      };
      return {
        completions: rows.length,
        roles: tally((r) => r.role),
        regimes: tally((r) => r.regime.recommended),
        work: tally((r) => r.dominantWork),
      };
    };
    const countedIn = (report: StatsReport) => {
      const nonZero = (tallies: { id: string; count: number }[]) =>
        Object.fromEntries(tallies.filter((t) => t.count > 0).map((t) => [t.id, t.count]));
      return {
        completions: report.totals.completions,
        roles: nonZero(report.roles),
        regimes: nonZero(report.regimes),
        work: nonZero(report.dominantWork),
      };
    };

    it('breaks completions down by field and value, busiest first, team answers left out', async () => {
      await seed();
      const report = await stats();
      expect(report.field).toBeNull();
      expect(report.fields).toEqual([
        {
          name: 'utm_source',
          completions: 5,
          values: [
            { value: 'newsletter', completions: 3 },
            { value: 'linkedin', completions: 2 },
          ],
          moreValues: 0,
        },
        { name: 'plan', completions: 3, values: [{ value: 'pro', completions: 3 }], moreValues: 0 },
      ]);
      // On one page, only that page's responses.
      const blog = await stats(`?source=${encodeURIComponent(BLOG)}`);
      expect(blog.fields.find((f) => f.name === 'utm_source')?.values).toEqual([
        { value: 'newsletter', completions: 2 },
        { value: 'linkedin', completions: 1 },
      ]);
    });

    it('limits every figure to one field’s value, as the raw rows count them; the funnel is null, not zero', async () => {
      await seed();
      // A funnel exists, so a zero in the filtered report could only be a wrong zero.
      await app.request('/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ run: crypto.randomUUID(), type: 'shown', source: BLOG }),
      });
      expect((await stats()).totals.shown).toBe(1);
      const all = await exported();
      for (const [name, value] of [
        ['utm_source', 'newsletter'],
        ['utm_source', 'linkedin'],
        ['plan', 'pro'],
      ] as const) {
        const query = `?field=${name}&value=${value}`;
        const report = await stats(query);
        const rows = all.filter((r) => r.fields[name] === value);
        expect(report.field).toEqual({ name, value });
        expect(countedIn(report), query).toEqual(countedFrom(rows));
        expect(report.completions.reduce((sum, d) => sum + d.count, 0)).toBe(rows.length);
        // Every question's answers add up to the responses counted.
        for (const question of report.answers)
          expect(question.options.reduce((sum, o) => sum + o.count, 0)).toBe(rows.length);
        expect(report.totals.shown).toBeNull();
        expect(report.totals.started).toBeNull();
        expect(report.funnel).toEqual([]);
        expect(report.sources.every((s) => s.shown === null && s.started === null)).toBe(true);
        expect(report.sources.reduce((sum, s) => sum + s.completions, 0)).toBe(rows.length);
        // The breakdown stays over every field: it is what the owner picks the next value from.
        expect(report.fields).toEqual((await stats()).fields);
        // The export is limited the same way.
        expect((await exported(query)).map((r) => r.id)).toEqual(rows.map((r) => r.id));
      }
      // A field and a page together.
      const docsNewsletter = await stats(
        `?field=utm_source&value=newsletter&source=${encodeURIComponent(DOCS)}`,
      );
      expect(docsNewsletter.totals.completions).toBe(1);
      expect(docsNewsletter.roles.find((r) => r.id === 'ai-engineer')?.count).toBe(1);
      // A value no response carried: zeros, and an empty export.
      expect((await stats('?field=utm_source&value=podcast')).totals.completions).toBe(0);
      expect(await exported('?field=utm_source&value=podcast')).toEqual([]);
    });

    it('lists the 20 busiest values of a field and counts the rest', async () => {
      for (let i = 0; i < 23; i++)
        await respond({
          answers: answersAt(i % 5),
          fields: { ref: `r${String(i).padStart(2, '0')}` },
        });
      await respond({ answers: answersAt(0), fields: { ref: 'r05' } });
      const [ref] = (await stats()).fields;
      expect(ref?.completions).toBe(24);
      expect(ref?.values).toHaveLength(20);
      expect(ref?.values[0]).toEqual({ value: 'r05', completions: 2 });
      expect(ref?.moreValues).toBe(3);
    });

    it('refuses a field without a value, a value without a field, and a name that is not a field name', async () => {
      for (const [query, path, message] of [
        ['?field=utm_source', 'value', /field and value together/],
        ['?value=newsletter', 'field', /field and value together/],
        ['?field=UTM-Source&value=x', 'field', /1 to 40 characters of a-z, 0-9 and _/],
        [`?field=ref&value=${'x'.repeat(201)}`, 'value', /at most 200 characters/],
      ] as const) {
        for (const url of [`/api/stats${query}`, `/api/stats/export${query}&format=csv`]) {
          const res = await app.request(url, { headers: owner });
          expect(res.status, url).toBe(400);
          const { error } = (await res.json()) as {
            error: { code: string; message: string; issues?: { path: string }[] };
          };
          expect(error.code).toBe('invalid_request');
          expect(error.message, url).toMatch(message);
          expect(JSON.stringify(error), url).toContain(path);
        }
      }
    });

    it('the migration’s one-off rollup counts what the trigger counted', async () => {
      await seed();
      const queries = ['', '?field=utm_source&value=newsletter', '?field=plan&value=pro'];
      const incremental = await Promise.all(queries.map((q) => stats(q)));
      await store.db.db.deleteFrom('daily_field_stats').execute();
      expect((await stats()).fields).toEqual([]);
      await rollupFieldStats(store.db.db as never, store.dialect);
      expect(await Promise.all(queries.map((q) => stats(q)))).toEqual(incremental);
    });
  },
);
