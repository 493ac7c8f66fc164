import { DEFAULT_QUIZ, LANGUAGES } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  cliMessages,
  environmentLanguage,
  environmentLocale,
  explicitLanguage,
  LANGUAGE_CHOICES,
  loadSpeech,
  localeTag,
  takeLangOption,
} from './language.ts';
import { en } from './messages/en.ts';

describe('takeLangOption', () => {
  it('takes --lang x and --lang=x out from anywhere, the last one winning', () => {
    expect(takeLangOption(['score', 'a.json'])).toEqual({
      lang: undefined,
      rest: ['score', 'a.json'],
    });
    expect(takeLangOption(['--lang', 'de', 'score', 'a.json'])).toEqual({
      lang: 'de',
      rest: ['score', 'a.json'],
    });
    expect(takeLangOption(['score', 'a.json', '--lang=ja', '--json'])).toEqual({
      lang: 'ja',
      rest: ['score', 'a.json', '--json'],
    });
    expect(takeLangOption(['--lang=de', 'score', '--lang', 'fr']).lang).toBe('fr');
  });

  it('gives "" for --lang without a value, and leaves what follows -- alone', () => {
    expect(takeLangOption(['score', '--lang'])).toEqual({ lang: '', rest: ['score'] });
    expect(takeLangOption(['score', '--lang', '--json'])).toEqual({
      lang: '',
      rest: ['score', '--json'],
    });
    expect(takeLangOption(['score', '--', '--lang', 'de'])).toEqual({
      lang: undefined,
      rest: ['score', '--', '--lang', 'de'],
    });
  });
});

describe('the environment locale', () => {
  it('is LC_ALL, then LC_MESSAGES, then LANG, the first not empty', () => {
    expect(environmentLocale({ LC_ALL: 'de_DE', LC_MESSAGES: 'fr_FR', LANG: 'ja_JP' })).toBe(
      'de_DE',
    );
    expect(environmentLocale({ LC_ALL: '', LC_MESSAGES: 'fr_FR', LANG: 'ja_JP' })).toBe('fr_FR');
    expect(environmentLocale({ LC_ALL: ' ', LANG: 'ja_JP' })).toBe('ja_JP');
    expect(environmentLocale({})).toBeUndefined();
  });

  it('reads POSIX names as BCP 47 tags; C and POSIX are English', () => {
    expect(localeTag('de_DE.UTF-8')).toBe('de-DE');
    expect(localeTag('ca_ES.UTF-8@valencia')).toBe('ca-ES');
    expect(localeTag('sr_RS@latin')).toBe('sr-RS');
    expect(localeTag('zh-Hans-CN')).toBe('zh-Hans-CN');
    expect(localeTag('C')).toBe('en');
    expect(localeTag('C.UTF-8')).toBe('en');
    expect(localeTag('POSIX')).toBe('en');
  });

  it('resolves to a language we speak, else English', () => {
    expect(environmentLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(environmentLanguage({ LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(environmentLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('zh');
    expect(environmentLanguage({ LANG: 'ar_EG.UTF-8' })).toBe('ar');
    expect(environmentLanguage({ LANG: 'pt_BR.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'C' })).toBe('en');
    expect(environmentLanguage({ LANG: 'not a locale!' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
  });
});

describe('explicitLanguage', () => {
  it('takes tags and POSIX names of our languages, and says null to any other', () => {
    expect(explicitLanguage('de')).toBe('de');
    expect(explicitLanguage('de-AT')).toBe('de');
    expect(explicitLanguage('FR')).toBe('fr');
    expect(explicitLanguage('ja_JP.UTF-8')).toBe('ja');
    expect(explicitLanguage('en-GB')).toBe('en');
    expect(explicitLanguage('C')).toBe('en');
    expect(explicitLanguage('eng')).toBe('en');
    expect(explicitLanguage('deu')).toBe('de');
    for (const other of ['xx', 'pt', 'pt-BR', '', 'not a tag', 'en_']) {
      expect(explicitLanguage(other), other).toBeNull();
    }
  });

  it('lists every language with its own name for the error', () => {
    expect(LANGUAGE_CHOICES).toHaveLength(LANGUAGES.length);
    expect(LANGUAGE_CHOICES).toContain('de (Deutsch)');
    expect(LANGUAGE_CHOICES).toContain('ja (日本語)');
  });
});

describe('loading a language', () => {
  it.each(LANGUAGES)(
    '%s: the catalogues and the quiz, with the ids of the English one',
    async (language) => {
      const speech = await loadSpeech(language, DEFAULT_QUIZ);
      expect(speech.t).toBe(await cliMessages(language));
      expect(speech.quiz.locale).toBe(language);
      expect(speech.quiz.questions.map((q) => q.options.map((o) => o.id))).toEqual(
        DEFAULT_QUIZ.questions.map((q) => q.options.map((o) => o.id)),
      );
      if (language !== 'en') {
        expect(speech.t['quiz.scored']).not.toBe(en['quiz.scored']);
        expect(speech.m['note.advice']).not.toBe(
          (await loadSpeech('en', DEFAULT_QUIZ)).m['note.advice'],
        );
      }
    },
  );

  it('uses the catalogue it is given, with core in the language', async () => {
    const mine = { ...en, 'quiz.scored': 'Done.' };
    const speech = await loadSpeech('de', DEFAULT_QUIZ, mine);
    expect(speech.t).toBe(mine);
    expect(speech.m['role.ai-engineer'].name).toBe('AI Engineer');
  });
});
