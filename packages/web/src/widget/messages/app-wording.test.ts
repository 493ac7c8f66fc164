import {
  CONFIDENCE_BANDS,
  confidenceNamesIn,
  LANGUAGES,
  type Language,
  loadLanguage,
} from '@rolefit/core';
import { DEFAULT_QUIZ } from '@rolefit/core/default-quiz';
import { score } from '@rolefit/core/score';
import { describe, expect, it } from 'vitest';
import { ar as appAr } from '../../messages/ar.ts';
import { de as appDe } from '../../messages/de.ts';
import { type Messages as AppMessages, en as appEn } from '../../messages/en.ts';
import { es as appEs } from '../../messages/es.ts';
import { fr as appFr } from '../../messages/fr.ts';
import { ja as appJa } from '../../messages/ja.ts';
import { zh as appZh } from '../../messages/zh.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';

const WIDGET: Record<Language, Messages> = { en, es, de, fr, ja, zh, ar };
const APP: Record<Language, AppMessages> = {
  en: appEn,
  es: appEs,
  de: appDe,
  fr: appFr,
  ja: appJa,
  zh: appZh,
  ar: appAr,
};

/** The app writes a share with Intl and Western digits in Arabic (percent.ts); the widget its own sign. */
const appPercent = (language: Language, share: number) =>
  new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : language, {
    style: 'percent',
  }).format(share);
/** The same words with any kind of space, and no bidi marks (Intl puts them around Arabic signs). */
const words = (text: string) => text.replace(/[\u200e\u200f]/g, '').replace(/\s/g, ' ');

describe.each(LANGUAGES)('the widget in %s', (language) => {
  const widget = WIDGET[language];
  const app = APP[language];

  it('says the confidence as the app does: its band and how many answers another role is away', async () => {
    const { messages } = await loadLanguage(language);
    const bandNames = confidenceNamesIn(messages);
    for (const { band } of CONFIDENCE_BANDS) {
      expect(words(widget.badge(widget.bands[band], 40))).toBe(
        words(app['result.confidence.badge'](bandNames[band], appPercent(language, 0.4))),
      );
    }
    for (const role of ['research-scientist', 'research-engineer', 'ai-engineer'] as const) {
      const name = messages['role.inSentence'](messages[`role.${role}`].name);
      for (const changes of [1, 2, 3])
        expect(widget.away(changes, name)).toBe(app['result.confidence.distance'](changes, name));
      expect(widget.flip(name, 'Prompt?', 'Label')).toBe(
        app['result.hero.flip'](name, 'Prompt?', 'Label'),
      );
      // "Between": the leading role as a heading names it, or neither.
      const heading = messages[`role.${role}`].name;
      expect(widget.leads(heading)).toBe(app['result.confidence.between.leader'](heading));
    }
    expect(widget.even).toBe(app['result.confidence.between.even']);
  });
});

describe('the widget catalogue', () => {
  it('keeps its ids apart from the names in a result, which the embed build never shortens', () => {
    const keys = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          collect(inner);
        }
    };
    // A two-jobs result has every field a result can have set.
    const picks = [0, 4, 0, 4, 0];
    const answers = Object.fromEntries(
      DEFAULT_QUIZ.questions.map((q, i) => [q.id, q.options[picks[i] ?? 0]?.id ?? '']),
    );
    const scored = score(DEFAULT_QUIZ, answers);
    if (!scored.ok) throw new Error(scored.error.message);
    expect(scored.value.twoJobs).not.toBeNull();
    collect(scored.value);
    // And the details of the other events, the posted body, and the attributes h() sets.
    for (const name of ['questionId', 'optionId', 'index', 'total', 'id', 'ok', 'status'])
      keys.add(name);
    for (const name of ['attempts', 'source', 'team', 'class', 'part', 'type', 'name', 'role'])
      keys.add(name);
    expect(Object.keys(en).filter((id) => keys.has(id))).toEqual([]);
  });
});
