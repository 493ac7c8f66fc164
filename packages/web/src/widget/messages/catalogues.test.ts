import { catalogueProblems, LANGUAGES } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  it('has every key of the English one, in the same shapes, and uses every value', async () => {
    const messages = (await import(`./${language}.ts`))[language];
    expect(catalogueProblems(en, messages)).toEqual([]);
  });
});
