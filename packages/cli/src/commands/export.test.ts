import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DEFAULT_QUIZ, score } from '@rolefit/core';
import { createApp, createStore, type Store } from '@rolefit/server';
import { runCommand } from 'citty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.ts';
import { en } from '../messages/en.ts';
import { exportCommand } from './export.ts';

const TOKEN = 'owner-token-for-the-export-test';
const EVIL = '=HYPERLINK("http://evil.example","x")';

/** Run `rolefit export` in process with these arguments; what it printed. */
async function exportText(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const io = { stdout, env: {}, out: () => {}, err: () => {} } as unknown as CliIo;
  await runCommand(exportCommand(io, DEFAULT_QUIZ, en), { rawArgs: args });
  return text;
}

function scored(answers: Record<string, string>) {
  const result = score(DEFAULT_QUIZ, answers);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('rolefit export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-export-'));
  const url = `file:${join(dir, 'rolefit.db')}`;
  let store: Store;
  beforeAll(async () => {
    store = await createStore(url);
    const product = scored({
      'core-question': 'ship',
      output: 'shipped',
      'optimizes-for': 'kpis',
      'time-horizon': 'weeks',
      background: 'swe',
    });
    const twoJobs = scored({
      'core-question': 'unknown',
      output: 'shipped',
      'optimizes-for': 'novelty',
      'time-horizon': 'weeks',
      background: 'phd',
    });
    const team = crypto.randomUUID();
    await store.teams.create({
      id: team,
      joinCode: 'join-code-export-test',
      name: 'A team',
      minResponses: 3,
      adminHash: 'x'.repeat(64),
    });
    for (const [result, source, teamId] of [
      [product, EVIL, null],
      [twoJobs, 'https://blog.example/post', null],
      [product, null, team],
    ] as const) {
      await store.responses.save({
        id: crypto.randomUUID(),
        answers: result.answers,
        result,
        teamId,
        source,
      });
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the owner HTTP export, byte for byte, as CSV and as JSON', async () => {
    const app = createApp({ store, adminToken: TOKEN });
    for (const format of ['csv', 'json']) {
      const http = await app.request(`/api/stats/export?format=${format}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(http.status).toBe(200);
      expect(await exportText(['--format', format, '--database-url', url]), format).toBe(
        await http.text(),
      );
    }
  });

  it('never writes a live spreadsheet formula, whatever the source says (issue 13 item 9)', async () => {
    const lines = (await exportText(['--database-url', url])).split('\r\n');
    const evil = lines.find((line) => line.includes('HYPERLINK'));
    expect(evil).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    for (const line of lines) expect(line).not.toMatch(/(^|,)[=+\-@]/);
  });

  it('with --teams, adds the team responses and a last column team_id', async () => {
    const [header, ...rows] = (await exportText(['--teams', '--database-url', url]))
      .trimEnd()
      .split('\r\n');
    expect(header?.split(',').slice(4, 7)).toEqual(['role', 'between', 'split']);
    expect(header?.split(',').at(-1)).toBe('team_id');
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.split(',').at(-1) !== '')).toEqual([false, false, true]);
    expect(rows.map((row) => row.split(',')[6])).toEqual([
      '',
      'research-scientist / ai-engineer',
      '',
    ]);
  });
});
