import { describe, expect, it } from 'vitest';
import { publicUrlFrom } from './public-url.ts';

describe('publicUrlFrom', () => {
  it('keeps the origin of an http(s) URL and treats unset as unset', () => {
    expect(publicUrlFrom('https://rolefit.example/some/path')).toBe('https://rolefit.example');
    expect(publicUrlFrom('http://localhost:3000')).toBe('http://localhost:3000');
    expect(publicUrlFrom(undefined)).toBeUndefined();
    expect(publicUrlFrom('  ')).toBeUndefined();
  });

  it('refuses what is not an http(s) origin, saying what it wants', () => {
    expect(() => publicUrlFrom('rolefit.example')).toThrow(/https:\/\/rolefit\.example/);
    expect(() => publicUrlFrom('ftp://rolefit.example')).toThrow(/https:\/\//);
  });
});
