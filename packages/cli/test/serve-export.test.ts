import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuizResult } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NO_LOCALE, runCli } from './run-cli.ts';

const answers = (last: number) => ({
  'core-question': ['unknown', 'ship'][last] as string,
  output: ['paper', 'shipped'][last] as string,
  'optimizes-for': ['novelty', 'kpis'][last] as string,
  'time-horizon': ['years', 'weeks'][last] as string,
  background: ['phd', 'swe'][last] as string,
});

/**
 * Start `rolefit serve` and wait until it says where it listens; fail with what it printed if it
 * exits first, or gives no sign within 20 s.
 */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: {
      ...process.env,
      ...NO_LOCALE,
      NO_COLOR: '1',
      PORT: '',
      DATABASE_URL: '',
      ROLEFIT_ADMIN_TOKEN: '',
    },
  });
  let stderr = '';
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    const fail = () => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`rolefit serve did not start:\n${stderr}`));
    };
    const timer = setTimeout(fail, 20_000);
    child.once('exit', fail);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /running at (http:\/\/\S+) /.exec(stderr)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.off('exit', fail);
      resolve({ child, url, log: () => stderr });
    });
  });
}

describe('rolefit serve and rolefit export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-serve-'));
  const TEAM_RESPONSE = '2d7a5c74-bc65-4fa0-8b2c-3e4f5a6b7c8d';
  const databaseUrl = `file:${join(dir, 'rolefit.db')}`;
  let started: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    started = await serve(['--port', '0', '--database-url', databaseUrl]);
  });
  afterAll(() => {
    if (started.child.exitCode === null) started.child.kill('SIGKILL');
  });

  it('at a first start, prints the generated owner token last, framed, after where it runs', async () => {
    await expect
      .poll(() => started.log())
      .toMatch(/━+\n.*owner token[\s\S]*\n {4}[\w-]{32}\n[\s\S]*━+/);
    const log = started.log();
    expect(log.indexOf('running at')).toBeLessThan(log.indexOf('owner token'));
  });

  it('serves the API on the printed URL and stores responses', async () => {
    const health = await fetch(`${started.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    for (const [id, last] of [
      ['0b5e3a52-9a43-4d8e-8f0a-1c2d3e4f5a6b', 0],
      ['1c6f4b63-ab54-4e9f-9a1b-2d3e4f5a6b7c', 1],
    ] as const) {
      const posted = await fetch(`${started.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, answers: answers(last), source: 'https://blog.example/a, "b"' }),
      });
      expect(posted.status).toBe(201);
    }
    // One answer for a team: it belongs to the team's lead and is left out of a plain export.
    const team = (await (
      await fetch(`${started.url}/api/teams`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Export test team' }),
      })
    ).json()) as { joinCode: string };
    const member = await fetch(`${started.url}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: TEAM_RESPONSE, answers: answers(0), team: team.joinCode }),
    });
    expect(member.status).toBe(201);
  });

  it('stops cleanly on SIGTERM, finishing what it was doing', async () => {
    started.child.kill('SIGTERM');
    const [code] = await once(started.child, 'exit');
    expect(code).toBe(0);
    expect(started.log()).toContain('SIGTERM: finishing in-flight requests, then stopping');
  });

  it('export --format json prints every stored response with a schema-valid result', () => {
    const run = runCli(['export', '--format', 'json', '--database-url', databaseUrl]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; result: unknown; answers: unknown }[];
    expect(rows.map((r) => r.id)).toEqual([
      '0b5e3a52-9a43-4d8e-8f0a-1c2d3e4f5a6b',
      '1c6f4b63-ab54-4e9f-9a1b-2d3e4f5a6b7c',
    ]);
    expect(rows.map((r) => QuizResult.parse(r.result).role)).toEqual([
      'research-scientist',
      'ai-engineer',
    ]);
    expect(rows[1]?.answers).toEqual(answers(1));
  });

  it('export prints CSV by default, in the columns of the owner export, quoting where needed', () => {
    const run = runCli(['export'], '', { DATABASE_URL: databaseUrl });
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\r\n');
    expect(header).toBe(
      'id,created_at,source,fields,role,between,split,confidence,position,share_research,share_rnd,share_product,dominant_work,regime,core-question,output,optimizes-for,time-horizon,background,title,reviewed-on',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /^1c6f4b63-ab54-4e9f-9a1b-2d3e4f5a6b7c,\d{4}-\d\d-\d\dT[\d:.]+Z,"https:\/\/blog\.example\/a,%20%22b%22",,ai-engineer,,,1,1,0,0,1,product,flat,ship,shipped,kpis,weeks,swe,,$/,
    );
  });

  it('export --teams adds the responses submitted for teams', () => {
    const run = runCli(['export', '--teams', '--format', 'json', '--database-url', databaseUrl]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; teamId: string | null }[];
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === TEAM_RESPONSE)?.teamId).toEqual(expect.any(String));
  });

  it('export --since leaves out older responses', () => {
    const run = runCli([
      'export',
      '--format',
      'json',
      '--since',
      '2999-01-01',
      '--database-url',
      databaseUrl,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it.each([
    [['export', '--format', 'xml'], 2, /--format must be csv or json, not "xml"/],
    [['export', '--since', 'last week'], 2, /--since must be a date like 2025-01-31/],
    [['export', '--database-url', 'mysql://x'], 2, /must start with file: .* or postgres:\/\//],
    [['serve', '--port', 'http'], 2, /--port must be a whole number from 0 to 65535/],
  ])('%j exits %i and says what is allowed', (args, code, message) => {
    const run = runCli(args, '', { DATABASE_URL: databaseUrl });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });

  it('export says where it looked when there is no database', () => {
    const run = runCli(['export', '--database-url', `file:${join(dir, 'none.db')}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `no database at ${join(dir, 'none.db')}; run "rolefit serve" first`,
    );
  });

  it('serve exits 1 and says why when the port is taken', async () => {
    const blocker = createServer().listen(0);
    await once(blocker, 'listening');
    const port = (blocker.address() as { port: number }).port;
    const run = runCli(['serve', '--port', String(port), '--database-url', databaseUrl]);
    blocker.close();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`cannot start the server: .*${port}.* in use`));
  });

  it('has --help with examples', () => {
    expect(runCli(['serve', '--help']).stdout).toContain('$ rolefit serve --port 8080');
    expect(runCli(['export', '--help']).stdout).toContain('$ rolefit export > responses.csv');
  });
});
