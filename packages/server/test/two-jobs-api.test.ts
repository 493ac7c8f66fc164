import { Analysis, DEFAULT_QUIZ, QuizResult, SPLIT_ROLES } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../src/app.ts';
import type { Store } from '../src/store/create-store.ts';
import { LeadView, type TeamExport, TeamSummary } from '../src/teams/team-schemas.ts';
import { TEST_DIALECTS } from './test-stores.ts';

/** One option index per question, in quiz order. */
const answersFor = (picks: number[]) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id]));

const RESEARCH = answersFor([0, 0, 0, 0, 0]);
const PRODUCT = answersFor([4, 4, 4, 4, 4]);
const BRIDGE = answersFor([2, 2, 2, 2, 2]);
/** Three answers at the research end and two at the product end: 60/0/40, two jobs in one. */
const BOTH_ENDS = answersFor([0, 0, 0, 4, 4]);
const SPLIT = [...SPLIT_ROLES];
const TOKEN = 'owner-token-for-the-two-jobs-tests';

/** A posting that asks for open research and shipped product in one role, with no bridge work. */
const TWO_JOB_POSTING = `Research Scientist and Product Engineer

What you will do
- Publish papers at NeurIPS and ICML on novel methods
- Invent new architectures and pursue open research questions
- Ship LLM features to customers every week
- Own latency, uptime and cost of the serving stack
- Run A/B tests and move the product KPIs`;

const send = (method: string, body?: unknown, secret?: string): RequestInit => ({
  method,
  headers: {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...(secret === undefined ? {} : { Authorization: `Bearer ${secret}` }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

type OpenApiSchema = {
  $ref?: string;
  required?: string[];
  properties?: Record<string, OpenApiSchema>;
};
type OpenApiDoc = {
  components: { schemas: Record<string, OpenApiSchema> };
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }> }
    >
  >;
};

describe.each(TEST_DIALECTS)('split and the two-jobs advice over HTTP on $name', ({ open }) => {
  let store: Store;
  let app: App;
  beforeEach(async () => {
    store = await open();
    app = createApp({ store, adminToken: TOKEN });
  });
  afterEach(async () => {
    await store.close();
  });

  const createTeam = async () => {
    const res = await app.request('/api/teams', send('POST', { name: 'Two ends' }));
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; joinCode: string; adminSecret: string };
  };
  const respond = async (answers: Record<string, unknown>, team?: string) => {
    const res = await app.request(
      '/api/responses',
      send('POST', { id: crypto.randomUUID(), answers, ...(team ? { team } : {}) }),
    );
    expect(res.status).toBe(201);
    return QuizResult.parse(await res.json());
  };
  const summaryOf = async (team: { id: string; adminSecret: string }) => {
    const res = await app.request(
      `/api/teams/${team.id}`,
      send('GET', undefined, team.adminSecret),
    );
    expect(res.status).toBe(200);
    return TeamSummary.parse(await res.json());
  };

  it('POST /api/score names both ends and the two-jobs advice; a one-end week has neither', async () => {
    const res = await app.request('/api/score', send('POST', { answers: BOTH_ENDS }));
    expect(res.status).toBe(200);
    const raw = (await res.json()) as Record<string, unknown>;
    expect(raw).toHaveProperty('split');
    const result = QuizResult.parse(raw);
    expect(result.split).toEqual(SPLIT);
    expect(result.between).toBeNull();
    // The role follows the work that fills most of the week (60% research), not the average.
    expect(result.role).toBe('research-scientist');
    expect(result.twoJobs?.scope).toBe('role');
    expect(result.twoJobs?.parts.map((p) => [p.role, p.share])).toEqual([
      ['research-scientist', 0.6],
      ['ai-engineer', 0.4],
    ]);

    for (const answers of [RESEARCH, PRODUCT, BRIDGE]) {
      const one = await app.request('/api/score', send('POST', { answers }));
      const plain = (await one.json()) as QuizResult;
      expect(plain.split).toBeNull();
      expect(plain.twoJobs).toBeNull();
    }
  });

  it('POST /api/responses carries split when stored and when replayed', async () => {
    const body = { id: crypto.randomUUID(), answers: BOTH_ENDS };
    const first = await app.request('/api/responses', send('POST', body));
    expect(first.status).toBe(201);
    const stored = QuizResult.parse(await first.json());
    expect(stored.split).toEqual(SPLIT);
    expect(stored.twoJobs?.scope).toBe('role');
    const again = await app.request('/api/responses', send('POST', body));
    expect(again.status).toBe(200);
    expect(QuizResult.parse(await again.json()).split).toEqual(SPLIT);
    expect((await store.responses.get(body.id))?.result.split).toEqual(SPLIT);
  });

  it('a team of three researchers and three product engineers is split, with the two-groups advice', async () => {
    const team = await createTeam();
    for (const answers of [RESEARCH, RESEARCH, RESEARCH, PRODUCT, PRODUCT, PRODUCT])
      await respond(answers, team.joinCode);
    const members = (await summaryOf(team)).members;
    expect(members).not.toBeNull();
    const p = members?.portfolio;
    expect(p?.split).toEqual(SPLIT);
    expect(p?.between).toBeNull();
    // Its average sits in the middle, but nobody does middle work: not a research-engineer team.
    expect(p?.position).toBe(0.5);
    expect(p?.role).not.toBe('research-engineer');
    expect(p?.twoJobs?.scope).toBe('team-groups');
    expect(p?.twoJobs?.parts.map((part) => part.role)).toEqual(SPLIT);
    expect(p?.twoJobs?.options.length).toBeGreaterThan(0);
    expect(members?.roles).toEqual({
      'research-scientist': 3,
      'research-engineer': 0,
      'ai-engineer': 3,
    });
  });

  it('a team whose members each hold both ends gets the everyone-holds-both advice', async () => {
    const team = await createTeam();
    for (let i = 0; i < 3; i++) await respond(BOTH_ENDS, team.joinCode);
    const p = (await summaryOf(team)).members?.portfolio;
    expect(p?.split).toEqual(SPLIT);
    expect(p?.twoJobs?.scope).toBe('team-everyone');
  });

  it('a team doing bridge work is not split', async () => {
    const team = await createTeam();
    for (const answers of [BRIDGE, BRIDGE, RESEARCH]) await respond(answers, team.joinCode);
    const p = (await summaryOf(team)).members?.portfolio;
    expect(p?.split).toBeNull();
    expect(p?.twoJobs).toBeNull();
  });

  it('the workstreams portfolio and the lead view carry split too', async () => {
    const team = await createTeam();
    const workstreams = [
      { name: 'Lab', effort: 2, work: 'research' },
      { name: 'Assistant', effort: 2, work: 'product' },
    ];
    const put = await app.request(
      `/api/teams/${team.id}/workstreams`,
      send('PUT', { workstreams }, team.adminSecret),
    );
    expect(put.status).toBe(200);
    const view = (await put.json()) as {
      portfolio: { split: unknown; twoJobs: { scope: string } };
    };
    expect(view.portfolio.split).toEqual(SPLIT);
    expect(view.portfolio.twoJobs.scope).toBe('team-groups');

    const lead = await app.request(
      `/api/teams/${team.id}/lead-view`,
      send('PUT', { answers: BOTH_ENDS }, team.adminSecret),
    );
    expect(lead.status).toBe(200);
    expect(LeadView.parse(await lead.json()).split).toEqual(SPLIT);

    const s = await summaryOf(team);
    expect(s.workstreams?.split).toEqual(SPLIT);
    expect(s.leadView?.split).toEqual(SPLIT);
    await app.request(
      `/api/teams/${team.id}/lead-view`,
      send('PUT', { answers: BRIDGE }, team.adminSecret),
    );
    expect((await summaryOf(team)).leadView?.split).toBeNull();
  });

  it('the team export has a split column and field beside role and between', async () => {
    const team = await createTeam();
    for (const answers of [BOTH_ENDS, RESEARCH, PRODUCT]) await respond(answers, team.joinCode);
    const get = (format: string) =>
      app.request(
        `/api/teams/${team.id}/export?format=${format}`,
        send('GET', undefined, team.adminSecret),
      );
    const json = (await (await get('json')).json()) as TeamExport;
    expect(json.responses.map((r) => r.split)).toEqual(
      json.responses.map((r) => (r.shares.research === 0.6 ? SPLIT : null)),
    );
    const lines = (await (await get('csv')).text()).trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 6)).toEqual([
      'team',
      'role',
      'between',
      'split',
      'confidence',
      'position',
    ]);
    const cells = lines.slice(1).map((line) => line.split(',')[3]);
    expect(cells.sort()).toEqual(['', '', 'research-scientist / ai-engineer']);
  });

  it('the owner export has a split column', async () => {
    await respond(BOTH_ENDS);
    await respond(PRODUCT);
    const res = await app.request('/api/stats/export?format=csv', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    const [header, ...rows] = (await res.text()).trimEnd().split('\r\n');
    const columns = header?.split(',') ?? [];
    expect(columns.slice(4, 7)).toEqual(['role', 'between', 'split']);
    expect(rows.map((r) => r.split(',')[6]).sort()).toEqual([
      '',
      'research-scientist / ai-engineer',
    ]);
  });

  it('POST /api/analyze names both ends of a two-jobs posting and answers "not enough" with 200', async () => {
    const res = await app.request('/api/analyze', send('POST', { text: TWO_JOB_POSTING }));
    expect(res.status).toBe(200);
    const a = Analysis.parse(await res.json());
    expect(a.enough).toBe(true);
    expect(a.split).toEqual(SPLIT);
    expect(a.between).toBeNull();
    expect(a.twoJobs?.scope).toBe('role');
    expect(a.flags.map((f) => f.code)).toContain('two-jobs');

    const little = await app.request('/api/analyze', send('POST', { text: 'hello world' }));
    expect(little.status).toBe(200);
    const none = Analysis.parse(await little.json());
    expect(none).toMatchObject({
      enough: false,
      position: null,
      shares: null,
      role: null,
      split: null,
      dominantWork: null,
      regime: null,
      twoJobs: null,
      gradeOn: [],
      dontGradeOn: [],
    });
    expect(none.flags.find((f) => f.code === 'no-evidence')?.message).toMatch(/^Not enough to say/);
  });

  it('the OpenAPI document requires split everywhere a placement is answered', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    const resolve = (s: OpenApiSchema | undefined): OpenApiSchema | undefined =>
      s?.$ref ? doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] : s;
    const answer = (path: string, method: string, status: string) =>
      resolve(doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema);
    const full = {
      'POST /api/score 200': answer('/api/score', 'post', '200'),
      'POST /api/responses 201': answer('/api/responses', 'post', '201'),
      'POST /api/responses 200': answer('/api/responses', 'post', '200'),
      'POST /api/analyze 200': answer('/api/analyze', 'post', '200'),
      'team members portfolio': resolve(
        resolve(doc.components.schemas.TeamSummary?.properties?.members)?.properties?.portfolio,
      ),
      'team workstreams portfolio': resolve(
        doc.components.schemas.TeamSummary?.properties?.workstreams,
      ),
    };
    for (const [where, schema] of Object.entries(full)) {
      expect(schema?.required, where).toEqual(expect.arrayContaining(['split', 'twoJobs']));
    }
    expect(answer('/api/analyze', 'post', '200')?.required).toContain('enough');
    expect(answer('/api/teams/{id}/lead-view', 'put', '200')?.required).toContain('split');
    expect(resolve(doc.components.schemas.TeamSummary?.properties?.leadView)?.required).toContain(
      'split',
    );
  });
});
