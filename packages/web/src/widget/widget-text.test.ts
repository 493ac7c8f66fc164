import { REGIMES } from '@rolefit/core/grid';
import { REGIME_IDS } from '@rolefit/core/ids';
import { describe, expect, it } from 'vitest';
import { WIDGET_TEXT, widgetText } from './widget-text.ts';

describe('widgetText', () => {
  it('gives English for en, for unknown languages and for no lang at all', () => {
    for (const lang of ['en', 'EN', 'fr', 'de-CH', '', null, undefined]) {
      expect(widgetText(lang)).toBe(WIDGET_TEXT.en);
    }
  });

  it('says the progress and the confidence in words', () => {
    const text = widgetText('en');
    expect(text.progress(2, 5)).toBe('Question 2 of 5');
    expect(text.confidence(72)).toBe('72% confident');
    expect(text.spectrum(0.5)).toContain('0.50');
    expect(text.gradePart('AI engineer', 40)).toBe('Grade the AI engineer part (40%) on');
  });

  it("names the regimes as core does (the widget keeps its own copy to leave core's summaries out)", () => {
    for (const id of REGIME_IDS) expect(widgetText('en').regimes[id]).toBe(REGIMES[id].name);
  });
});
