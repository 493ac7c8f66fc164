import { Fields } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { campaignFields } from './campaign-fields.ts';

describe('campaignFields: the utm_* and ref values of a page’s address', () => {
  it('keeps UTM values and ref, and nothing else', () => {
    expect(
      campaignFields('?utm_source=newsletter&utm_campaign=launch%20week&ref=a1&lang=de&a=1-2'),
    ).toEqual({ utm_source: 'newsletter', utm_campaign: 'launch week', ref: 'a1' });
    expect(campaignFields('')).toEqual({});
  });

  it('never gives what the server would refuse: names, lengths and counts within its rules', () => {
    const long = 'x'.repeat(500);
    const many = Array.from({ length: 15 }, (_, i) => `utm_f${i}=v`).join('&');
    for (const search of [
      `?utm_source=${long}`,
      `?${many}`,
      '?UTM_SOURCE=x&utm_Source=y&utm_=z&ref=',
      `?utm_${'a'.repeat(60)}=x`,
    ]) {
      expect(Fields.safeParse(campaignFields(search)).success, search).toBe(true);
    }
    expect(campaignFields(`?utm_source=${long}`).utm_source).toHaveLength(200);
    expect(Object.keys(campaignFields(`?${many}`))).toHaveLength(10);
    expect(campaignFields('?ref=first&ref=second')).toEqual({ ref: 'first' });
  });
});
