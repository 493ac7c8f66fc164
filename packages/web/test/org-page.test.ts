import { readFile } from 'node:fs/promises';
import { DEFAULT_QUIZ, REGIMES } from '@rolefit/core';
import type { OrgView } from '@rolefit/server/contract';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  HAS_CHROMIUM,
  seriousViolations,
  startAppHarness,
  suiteName,
  watchProblems,
} from './app-fixtures/app-harness.ts';

const answersAt = (index: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id ?? '']));

type Team = { id: string; joinCode: string; adminSecret: string; adminUrl: string };

/** Print the page as it is now to an A4 PDF, and count its pages. */
async function printedPages(page: Page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

(HAS_CHROMIUM ? describe : describe.skip)(suiteName('the organisation page in Chromium'), () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const post = async <T>(path: string, body: unknown) => {
    const res = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, path).toBeLessThan(300);
    return (await res.json()) as T;
  };
  /** A team with `picks.length` answers, each at the option `pick` of every question. */
  const team = async (name: string, picks: number[]) => {
    const created = await post<Team>('/api/teams', { name, minResponses: 3 });
    for (const pick of picks)
      await post('/api/responses', {
        id: crypto.randomUUID(),
        answers: answersAt(pick),
        team: created.joinCode,
      });
    return created;
  };

  it('serves /org like the team dashboard: the strict CSP, no referrer, and /org/ sent to /org', async () => {
    const res = await fetch(`${app.url}/org`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<meta name="referrer" content="no-referrer" />');
    const slash = await fetch(`${app.url}/org/?lang=de`, { redirect: 'manual' });
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/org?lang=de');
  });

  it('creates an org, adds three teams by lead link and by id and secret, shows the verdict, heatmap and against list, weighs, exports, prints and removes', async () => {
    const theory = await team('Theory', [0, 0, 0]);
    const product = await team('Assistant', [4, 4, 4, 4, 4, 4]);
    const late = await team('Late team', [2, 2]);

    const browser = await app.browser();
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${app.url}/org`);
    await page.getByRole('heading', { name: 'See all your teams’ work in one view' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Organization name').fill('Northwind AI');
    await page.getByRole('button', { name: 'Create the organization' }).click();
    await page.getByRole('heading', { name: 'Keep this link: it is the only key' }).waitFor();
    const adminUrl = await page.locator('#org-admin-link').inputValue();
    expect(new URL(adminUrl).pathname).toBe('/org');
    expect(new URL(adminUrl).hash).toMatch(/^#admin=[\w-]{22,}\.[\w-]{43}$/);
    const [orgId, orgSecret] = new URL(adminUrl).hash.slice('#admin='.length).split('.') as [
      string,
      string,
    ];
    expect(await page.evaluate(() => sessionStorage.getItem('rolefit:org-admin'))).toContain(
      orgSecret,
    );
    // The org loads under the link at once, empty.
    await page.getByRole('heading', { name: 'Northwind AI' }).waitFor();
    await page.getByRole('heading', { name: 'No team counts yet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const said = page.getByTestId('org-said');
    const addByLink = async (link: string, headcount?: number) => {
      await page.getByLabel('The team lead’s dashboard link').fill(link);
      if (headcount) await page.getByLabel('Headcount (optional)').fill(String(headcount));
      await page.getByRole('button', { name: 'Add the team' }).click();
      await expect.poll(() => said.textContent()).toBe('Team added.');
      await page.evaluate(() => {
        const status = document.querySelector('[data-testid="org-said"]');
        if (status) status.textContent = '';
      });
    };
    // A lead's link pasted whole; an org's own link is refused before anything is sent.
    await page.getByLabel('The team lead’s dashboard link').fill(adminUrl);
    await page.getByRole('button', { name: 'Add the team' }).click();
    await page.getByText('That is an organization’s link, not a team lead’s.').waitFor();
    await addByLink(theory.adminUrl, 4);
    // By id and secret, typed in.
    await page.getByText('Or enter the team id and admin secret').click();
    await page.getByLabel('Team id').fill(product.id);
    await page.getByLabel('Team admin secret').fill(product.adminSecret);
    await page.getByRole('button', { name: 'Add the team' }).click();
    await expect.poll(() => said.textContent()).toBe('Team added.');
    await addByLink(`  ${late.adminUrl}\n`);

    const view = async (weighting = 'responses') =>
      (await (
        await fetch(`${app.url}/api/orgs/${orgId}?weighting=${weighting}`, {
          headers: { Authorization: `Bearer ${orgSecret}` },
        })
      ).json()) as OrgView;
    const seen = await view();
    expect(seen.teams.map((t) => t.name)).toEqual(['Theory', 'Assistant', 'Late team']);
    const regime = seen.regime?.recommended;
    if (!regime) throw new Error('two teams at their minimum give the org a regime');

    // The verdict names core's regime; the heatmap has a row per team and one for the whole org.
    await page
      .getByRole('heading', { name: `For the organization: ${REGIMES[regime].name.toLowerCase()}` })
      .waitFor();
    await expect(page.getByTestId('org-verdict').textContent()).resolves.toBe(
      seen.regime?.cell.verdict,
    );
    await expect(page.getByTestId('heatmap-row').count()).resolves.toBe(3);
    await expect(page.getByTestId('heatmap-whole').textContent()).resolves.toMatch(
      /^Whole organization\d+%\d+%\d+%$/,
    );
    const theoryRow = page.getByTestId('heatmap-row').first();
    await expect(theoryRow.textContent()).resolves.toBe(
      `1Theory${['research', 'rnd', 'product'].map((c) => `${Math.round((seen.teams[0]?.centre?.shares[c as 'rnd'] ?? 0) * 100)}%`).join('')}`,
    );
    await expect(page.getByTestId('heatmap-row').nth(2).textContent()).resolves.toBe(
      '3Late teamNot enough answers yet (2 of 3): contributes nothing',
    );
    await expect(page.getByTestId('not-yet').textContent()).resolves.toBe(
      'Not enough answers yet (2 of 3): contributes nothing',
    );
    // Only the teams that contribute are dots, numbered as the list is.
    await expect(page.locator('circle.org-dot').count()).resolves.toBe(2);
    await expect(page.locator('text.org-dot-number').allTextContents()).resolves.toEqual([
      '1',
      '2',
    ]);
    // The against list is the API's: each team whose own work calls for the other regime.
    const against = seen.teams.filter((t) => t.against).map((t) => t.name);
    expect(against).toEqual(['Theory']);
    const listed = await page.locator('[data-testid="org-against"] > li').allTextContents();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('Theory');
    expect(listed[0]).toContain(
      `which would call for ${REGIMES['separate-tracks'].name.toLowerCase()}`,
    );

    // Weighing by headcount needs every contributing team's; until then the page says why not.
    const note = page.getByTestId('weighting-note');
    await expect(note.textContent()).resolves.toMatch(/^Weighed by answers: each team/);
    await page.getByLabel('Headcount', { exact: true }).check();
    await expect
      .poll(() => note.textContent())
      .toContain('needs a headcount for every team that counts, and 1 of 2 have one');
    await addByLink(product.adminUrl, 2);
    await expect
      .poll(() => note.textContent())
      .toBe('Weighed by headcount: each team counts by the number of people its lead gave.');
    await expect(page.getByTestId('org-teams').textContent()).resolves.toContain(
      '4 people · weight 67%',
    );
    await page.getByLabel('Answers', { exact: true }).check();
    await expect.poll(() => note.textContent()).toMatch(/^Weighed by answers: each team/);
    await expect(page.getByTestId('org-teams').textContent()).resolves.toContain(
      '3 answers · weight 33%',
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The CSV is the view the page shows, one row per team.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(
      'team,responses,weight,position,research,rnd,product,dominant_work,against',
    );
    expect(rows).toHaveLength(4);
    const now = await view();
    expect(rows[1]).toBe(
      [
        'Theory',
        3,
        now.teams[0]?.weight,
        now.teams[0]?.centre?.position,
        now.teams[0]?.centre?.shares.research,
        now.teams[0]?.centre?.shares.rnd,
        now.teams[0]?.centre?.shares.product,
        'research',
        'true',
      ].join(','),
    );
    expect(rows[3]).toBe('Late team,2,0,,,,,,false');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path()) as string, 'utf8')) as {
      org: string;
      teams: { team: string }[];
    };
    expect(exported.org).toBe('Northwind AI');
    expect(exported.teams.map((t) => t.team)).toEqual(['Theory', 'Assistant', 'Late team']);

    // On paper: one A4 page, without the forms and buttons.
    await expect(printedPages(page)).resolves.toBe(1);

    // Remove a team, after its confirm step.
    await page.getByRole('button', { name: 'Remove Late team from the organization' }).click();
    await page.getByRole('button', { name: 'Remove the team' }).click();
    await expect.poll(() => said.textContent()).toBe('Late team is no longer in the organization.');
    await expect(page.getByTestId('heatmap-row').count()).resolves.toBe(2);
    expect((await view()).teams.map((t) => t.name)).toEqual(['Theory', 'Assistant']);

    // The org's link opens it in a fresh browser, in dark and at phone width, with no sideways scroll.
    for (const colorScheme of ['light', 'dark'] as const) {
      const phone = await (await app.browser({ colorScheme, width: 390, height: 844 })).newPage();
      const phoneProblems = watchProblems(phone);
      await phone.goto(adminUrl);
      await phone.getByTestId('org-centre').waitFor();
      expect(phone.url()).toBe(`${app.url}/org`);
      await expect(
        phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).resolves.toBeLessThanOrEqual(0);
      expect(await seriousViolations(phone), colorScheme).toEqual([]);
      expect(phoneProblems).toEqual([]);
    }

    // Delete the org: its link stops working, its teams stay.
    await page.getByRole('button', { name: 'Delete the organization…' }).click();
    await page.getByRole('button', { name: 'Delete the organization', exact: true }).click();
    await page.getByRole('heading', { name: 'Organization deleted' }).waitFor();
    const again = await (await app.browser()).newPage();
    await again.goto(adminUrl);
    await again.getByRole('heading', { name: 'This organization link does not work' }).waitFor();
    const theorySummary = await fetch(`${app.url}/api/teams/${theory.id}`, {
      headers: { Authorization: `Bearer ${theory.adminSecret}` },
    });
    expect(theorySummary.status).toBe(200);
    expect(problems).toEqual([]);
  }, 120_000);
});
