import { RUBRIC_LEVELS, RUBRIC_ROLE_CHOICES, SPLIT_NAME } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUBRIC_ROLE,
  recommendedFor,
  recommendedRegime,
  rubricChoiceFrom,
  rubricPath,
  rubricSearch,
} from './rubric-choice.ts';

describe('the rubric page’s choice from its URL', () => {
  it('takes each good parameter as it is', () => {
    for (const role of RUBRIC_ROLE_CHOICES)
      for (const regime of ['separate-tracks', 'flat'] as const)
        for (let levels = RUBRIC_LEVELS.min; levels <= RUBRIC_LEVELS.max; levels++)
          expect(rubricChoiceFrom(rubricSearch('', { role, regime, levels }))).toEqual({
            role,
            regime,
            levels,
          });
  });

  it('falls back on each bad or missing parameter by itself', () => {
    expect(rubricChoiceFrom('')).toEqual({
      role: DEFAULT_RUBRIC_ROLE,
      regime: recommendedRegime(DEFAULT_RUBRIC_ROLE),
      levels: RUBRIC_LEVELS.default,
    });
    expect(rubricChoiceFrom('?role=ai-engineer&regime=monarchy&levels=2.5')).toEqual({
      role: 'ai-engineer',
      regime: recommendedRegime('ai-engineer'),
      levels: RUBRIC_LEVELS.default,
    });
    expect(rubricChoiceFrom('?role=__proto__&regime=flat&levels=8').role).toBe(DEFAULT_RUBRIC_ROLE);
    for (const levels of ['', '0', '-3', '1e1', ' 4', '99999999999999999999'])
      expect(rubricChoiceFrom(`?role=ai-engineer&levels=${levels}`).levels).toBe(
        RUBRIC_LEVELS.default,
      );
  });

  it('names the split however a link spells it', () => {
    for (const spelled of [
      'research-scientist+ai-engineer',
      'research-scientist%2Bai-engineer',
      'ai-engineer%2Bresearch-scientist',
    ])
      expect(rubricChoiceFrom(`?role=${spelled}`).role).toBe(SPLIT_NAME);
  });

  it('keeps other parameters, and builds links the page reads back', () => {
    const search = rubricSearch('?lang=de&role=x', {
      role: SPLIT_NAME,
      regime: 'flat',
      levels: 3,
    });
    expect(new URLSearchParams(search).get('lang')).toBe('de');
    expect(rubricChoiceFrom(search)).toEqual({ role: SPLIT_NAME, regime: 'flat', levels: 3 });
    const path = rubricPath(SPLIT_NAME, 'separate-tracks');
    expect(path).toBe('/rubric?role=research-scientist%2Bai-engineer&regime=separate-tracks');
    expect(rubricChoiceFrom(path.slice(path.indexOf('?'))).role).toBe(SPLIT_NAME);
  });

  it('marks what a result recommended, for the role the link opened with only', () => {
    const usual = recommendedRegime('research-engineer');
    const other = usual === 'flat' ? 'separate-tracks' : 'flat';
    // The role's own advice needs no mark in the link.
    expect(rubricPath('research-engineer', usual, usual)).not.toContain('rec=');
    const path = rubricPath('research-engineer', other, other);
    const search = path.slice(path.indexOf('?'));
    expect(new URLSearchParams(search).get('rec')).toBe(other);
    expect(recommendedFor(search, 'research-engineer')).toBe(other);
    expect(recommendedFor('?rec=monarchy', 'research-engineer')).toBe(usual);
    // With no regime asked for, the result's advice is the one shown.
    expect(rubricChoiceFrom(`?role=research-engineer&rec=${other}`).regime).toBe(other);
    // Once the role changes, the link drops it.
    const moved = rubricSearch(search, { role: 'ai-engineer', regime: 'flat', levels: 5 });
    expect(new URLSearchParams(moved).has('rec')).toBe(false);
    const kept = rubricSearch(
      search,
      { role: 'research-engineer', regime: usual, levels: 4 },
      other,
    );
    expect(new URLSearchParams(kept).get('rec')).toBe(other);
  });
});
