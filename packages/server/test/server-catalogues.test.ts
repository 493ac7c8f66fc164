import { catalogueProblems, LANGUAGES, RUBRIC_ROLE_CHOICES } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../src/messages/en.ts';

const catalogue = async (language: string): Promise<Messages> =>
  (await import(`../src/messages/${language}.ts`))[language];

describe.each(LANGUAGES.filter((l) => l !== 'en'))("the server's %s catalogue", (language) => {
  it('has every id of the English one, in the same shapes, and uses every value', async () => {
    expect(catalogueProblems(en, await catalogue(language))).toEqual([]);
  });

  it('keeps what is not prose as it is: headers, variables, paths, field names, values', async () => {
    const m = await catalogue(language);
    const texts: [string, string[]][] = [
      [m['unauthorized.team'], ['Authorization: Bearer <admin secret>']],
      [m['unauthorized.owner_wrong'], ['ROLEFIT_ADMIN_TOKEN']],
      [m['unauthorized.owner_missing'], ['Authorization: Bearer <token>', 'ROLEFIT_ADMIN_TOKEN']],
      [m['http.unsupported_media_type'], ['Content-Type: application/json']],
      [m.unsupported_media_type('text/plain'), ['Content-Type: application/json', 'text/plain']],
      [m.empty_text, ['text']],
      [m['empty_text.document']('ladder'), ['ladder']],
      [m['request.rubric.role'], [...RUBRIC_ROLE_CHOICES]],
      [m.not_found('GET /api/nothing'), ['GET /api/nothing', '/api/openapi.json']],
      [m.unknown_question('mood'), ['mood', 'GET /api/quiz']],
      [m.id_conflict('0b1c'), ['0b1c', 'UUID']],
      [m['invalid_range.order']('2026-02-01', '2026-01-01'), ['2026-02-01', '2026-01-01']],
      [m['invalid_range.span'](3700), ['3700']],
      [m.body_too_large(65536), ['65536']],
      [m.too_few_responses(4), ['4']],
      [m['rate_limited.writes'](30), ['30']],
      [m['rate_limited.guesses'](30), ['30']],
      [m.unknown_webhook, ['id', 'GET /api/webhooks']],
      [m.too_many_webhooks(20), ['20', 'DELETE /api/webhooks/<id>']],
      [m['invalid_webhook_url.syntax'], ['url', 'https://hooks.example.com/rolefit']],
      [
        m['invalid_webhook_url.scheme']('http'),
        ['https', 'http:', 'ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1'],
      ],
      [m['invalid_webhook_url.credentials'], ['Rolefit-Signature']],
      [m['invalid_webhook_url.unresolvable']('hooks.example'), ['hooks.example']],
      [
        m['invalid_webhook_url.private_address']('10.0.0.1'),
        ['10.0.0.1', 'https', 'ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1'],
      ],
      [
        m['invalid_webhook_url.private_host']('localhost', '127.0.0.1'),
        ['localhost', '127.0.0.1', 'ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1'],
      ],
      [
        m.host_not_allowed('a.example:8080', 'a.example'),
        ['a.example:8080', 'ROLEFIT_PUBLIC_URL', 'ROLEFIT_ALLOWED_HOSTS'],
      ],
    ];
    for (const [text, names] of texts) for (const name of names) expect(text).toContain(name);
  });
});
