import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from './webhook-signature.ts';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"response.created"}';

  it('are the hex HMAC-SHA256 of "<t>.<body>"', () => {
    const mac = createHmac('sha256', secret).update(`1767225600.${body}`).digest('hex');
    expect(signatureHeader(secret, body, 1767225600)).toBe(`t=1767225600,v1=${mac}`);
  });

  it('verify with the right secret and body, within five minutes', () => {
    const header = signatureHeader(secret, body, 1767225600);
    expect(verifySignature(secret, body, header, 1767225600 + 299)).toBe(true);
    expect(verifySignature(secret, `${body} `, header, 1767225600)).toBe(false);
    expect(verifySignature('whsec_other', body, header, 1767225600)).toBe(false);
    expect(verifySignature(secret, body, header, 1767225600 + 301)).toBe(false);
    expect(verifySignature(secret, body, 't=1767225600,v1=zz', 1767225600)).toBe(false);
  });
});
