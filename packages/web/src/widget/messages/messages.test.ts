import { LANGUAGES } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { ENGLISH, widgetLanguageOf } from '../widget-language.ts';
import { en, type Messages } from './en.ts';

describe('the widget messages', () => {
  it('speaks a language it has for its tag, else English', () => {
    expect(ENGLISH.text).toBe(en);
    for (const [tag, language] of [
      ['en', 'en'],
      ['EN', 'en'],
      ['fr', 'fr'],
      ['de-CH', 'de'],
      ['zh-Hans-CN', 'zh'],
      ['zh-TW', 'zh'],
      ['ar', 'ar'],
      ['pt-BR', 'en'],
      ['', 'en'],
    ] as const) {
      expect(widgetLanguageOf(tag), tag).toBe(language);
    }
  });

  it("speaks every one of core's languages", () => {
    for (const language of LANGUAGES) expect(widgetLanguageOf(language)).toBe(language);
  });

  it('puts the values into the text', () => {
    expect(en.progress(2, 5)).toBe('Question 2 of 5');
    expect(en.keys(4)).toBe('Keys: arrows or 1–4 to choose, Enter to go on.');
    expect(en.badge(en.bands.low, 40)).toBe('Low confidence · 40%');
    expect(en.spectrum(65)).toBe(
      'This work sits 65% of the way from research scientist to AI engineer',
    );
    expect(en.gradePart('AI engineer', 40)).toBe('Grade the AI engineer part (40%) on');
  });

  it('uses stable identifier ids', () => {
    for (const id of Object.keys(en)) expect(id).toMatch(/^[a-z][a-zA-Z]*$/);
  });

  it('makes a language with a missing key a compile error (tsc -b checks this file)', () => {
    const { back: _missing, ...withoutOne } = en;
    // @ts-expect-error: 'back' is missing
    const incomplete: Messages = withoutOne;
    const complete: Messages = { ...en, back: 'Retour' };
    expect(Object.keys(incomplete)).not.toContain('back');
    expect(complete.back).toBe('Retour');
  });
});
