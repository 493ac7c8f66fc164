import { describe, expect, it } from 'vitest';
import {
  acceptedLanguages,
  directionOf,
  matchLanguage,
  pageIn,
  resolveLanguage,
} from './languages.ts';

describe('choosing a language', () => {
  it('resolves regional and script tags to their language', () => {
    expect(resolveLanguage('de-AT')).toBe('de');
    expect(resolveLanguage('zh-Hans')).toBe('zh');
    expect(resolveLanguage('zh-CN')).toBe('zh');
    expect(resolveLanguage('zh-Hans-CN')).toBe('zh');
    expect(resolveLanguage('JA-jp')).toBe('ja');
    expect(resolveLanguage('ar-EG')).toBe('ar');
  });

  it('falls back to English for a language we do not have, or nothing at all', () => {
    expect(resolveLanguage('pt')).toBe('en');
    expect(resolveLanguage('pt-BR')).toBe('en');
    expect(resolveLanguage('')).toBe('en');
    expect(resolveLanguage(null)).toBe('en');
    expect(resolveLanguage('not a tag!')).toBe('en');
  });

  it('takes the first tag it has, in order; any Chinese gets the Simplified Chinese there is', () => {
    expect(resolveLanguage(['pt-BR', 'es-MX', 'de'])).toBe('es');
    expect(resolveLanguage(['zh-TW', 'ja'])).toBe('zh');
    expect(resolveLanguage(['zh-Hant'])).toBe('zh');
  });

  it('tells a language it has not from English, for callers that must say so', () => {
    expect(matchLanguage('pt-BR')).toBeNull();
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage(['xx', 'de-AT'])).toBe('de');
  });

  it('reads Accept-Language by weight, then by order', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en']);
    expect(acceptedLanguages('en;q=0.2, ja')).toEqual(['ja', 'en']);
    expect(acceptedLanguages('de;q=0, es')).toEqual(['es']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(resolveLanguage(acceptedLanguages('pt-PT,pt;q=0.9,de;q=0.8'))).toBe('de');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });

  it('names a page in another language beside the English one, nested pages too', () => {
    expect(pageIn('framework.html', 'de')).toBe('framework.de.html');
    expect(pageIn('teams/join.html', 'ar')).toBe('teams/join.ar.html');
    expect(pageIn('/srv/dist/404.html', 'en')).toBe('/srv/dist/404.html');
  });
});
