import { describe, expect, it } from 'vitest';
import { leadKeyFrom } from './admin-key.ts';

const id = 'Team_id-12345678901234';
const secret = 'S'.repeat(43);

describe('a lead’s link, pasted into the add-team form', () => {
  it('gives the team’s id and secret from the whole link, its fragment or id.secret', () => {
    for (const text of [
      `https://rolefit.example/team#admin=${id}.${secret}`,
      `  http://localhost:3122/team?lang=de#admin=${id}.${secret}\n`,
      `#admin=${id}.${secret}`,
      `${id}.${secret}`,
    ]) {
      expect(leadKeyFrom(text), text).toEqual({ ok: true, value: { id, secret } });
    }
  });

  it('refuses an organisation’s own link and anything that is not a lead’s link', () => {
    expect(leadKeyFrom(`https://rolefit.example/org#admin=${id}.${secret}`)).toEqual({
      ok: false,
      error: 'org_link',
    });
    for (const text of [
      '',
      'https://rolefit.example/teams/join?team=ABCD-EFGH-IJKL',
      `https://rolefit.example/team#admin=${id}`,
      `https://rolefit.example/team#admin=${id}.short`,
      `${id}.${secret}.extra`,
    ]) {
      expect(leadKeyFrom(text), text).toEqual({ ok: false, error: 'not_a_lead_link' });
    }
  });
});
