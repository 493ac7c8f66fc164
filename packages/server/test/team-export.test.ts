import { csvCell, DEFAULT_QUIZ, QuizResult } from '@rolefit/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import type { TeamExport } from '../src/teams/team-schemas.ts';
import { TEST_DIALECTS } from './test-stores.ts';

const answersAt = (index: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id as string]));

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(true)).toBe('true');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe.each(TEST_DIALECTS)('team export on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store });
  });
  afterEach(async () => {
    await store.close();
  });

  const NAME = '=HYPERLINK("http://evil.example","click"), "team"\nline two';

  async function teamWith(count: number) {
    const res = await app.request('/api/teams', post({ name: NAME }));
    const team = (await res.json()) as { id: string; joinCode: string; adminSecret: string };
    const results: QuizResult[] = [];
    for (let i = 0; i < count; i++) {
      const body = {
        id: crypto.randomUUID(),
        answers: answersAt((i * 2) % 5),
        team: team.joinCode,
        source: `https://intranet.example/people/${i}?who=person-${i}`,
        ...(i === 0 ? { context: { title: 'research-scientist', 'reviewed-on': 'shipping' } } : {}),
      };
      const r = await app.request('/api/responses', post(body));
      results.push(QuizResult.parse(await r.json()));
    }
    const get = (format: string) =>
      app.request(`/api/teams/${team.id}/export?format=${format}`, {
        headers: { Authorization: `Bearer ${team.adminSecret}` },
      });
    return { team, results, get };
  }

  it('refuses to export below the minimum, so no one can be picked out', async () => {
    const { get } = await teamWith(2);
    for (const format of ['csv', 'json']) {
      const res = await get(format);
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'too_few_responses',
      );
    }
  });

  it('JSON: anonymous rows sorted by position, with no ids, sources or times', async () => {
    // Two whole batches of three, so every answer is released, arriving out of position order.
    const { results, get } = await teamWith(6);
    const arrival = results.map((r) => r.position);
    expect(arrival).not.toEqual([...arrival].sort((a, b) => a - b));
    const res = await get('json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.json"/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = (await res.json()) as TeamExport;
    expect(data.team.name).toBe(NAME);
    expect(data.responses.map((r) => r.position)).toEqual(
      results.map((r) => r.position).sort((a, b) => a - b),
    );
    const first = data.responses.find((r) => r.answers.title === 'research-scientist');
    expect(first?.mismatches.review).toBe(true);
    const text = JSON.stringify(data.responses);
    expect(text).not.toMatch(/intranet|person-|"id"|createdAt|seq/);
    expect(text).not.toContain('http');
  });

  it('CSV: one escaped row per response, the team name defused, the same data as JSON', async () => {
    const { get } = await teamWith(3);
    const res = await get('csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    expect(text).not.toMatch(/intranet|person-/);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(4);
    const [header, ...body] = rows;
    // The result's columns in the order of every export (result-columns.ts).
    expect(header?.slice(0, 6)).toEqual([
      'team',
      'role',
      'between',
      'split',
      'confidence',
      'position',
    ]);
    expect(header).toEqual(expect.arrayContaining(['output', 'title', 'reviewed-on']));
    const json = (await (await get('json')).json()) as TeamExport;
    body.forEach((row, i) => {
      expect(row).toHaveLength(header?.length ?? 0);
      expect(row[0]).toBe(`'${NAME}`);
      expect(row[1]).toBe(json.responses[i]?.role);
      expect(row[3]).toBe(json.responses[i]?.split?.join(' / ') ?? '');
      expect(Number(row[5])).toBe(json.responses[i]?.position);
    });
  });
});
