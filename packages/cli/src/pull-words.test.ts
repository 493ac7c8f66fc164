import { maxPull, STRONG_PULL } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { pullWords } from './pull-words.ts';

describe('pullWords', () => {
  const n = 5;
  const strong = maxPull(n);
  const slight = maxPull(n) * STRONG_PULL * 0.5;

  it('says which end and how strongly, by core’s rule, never the signed number', () => {
    expect(pullWords(-strong, n, en)).toBe('pulls strongly toward the research end');
    expect(pullWords(strong, n, en)).toBe('pulls strongly toward the product end');
    expect(pullWords(-slight, n, en)).toBe('pulls slightly toward the research end');
    expect(pullWords(slight, n, en)).toBe('pulls slightly toward the product end');
    expect(pullWords(0, n, en)).toBe('holds the middle');
    // The threshold is core's STRONG_PULL, not a number of the CLI's own.
    expect(pullWords(maxPull(n) * STRONG_PULL, n, en)).toBe(
      'pulls strongly toward the product end',
    );
    expect(pullWords(-maxPull(n) * STRONG_PULL * 0.99, n, en)).toBe(
      'pulls slightly toward the research end',
    );
  });

  it('measures against the number of questions: the same pull is strong in a longer quiz', () => {
    expect(pullWords(0.05, 5, en)).toBe('pulls slightly toward the product end');
    expect(pullWords(0.05, 10, en)).toBe('pulls strongly toward the product end');
  });

  it('is worded from the catalogue it is given', () => {
    expect(pullWords(-strong, n, de)).toBe(de['result.why.strong.research']);
    expect(pullWords(0, n, de)).toBe(de['result.why.middle']);
  });
});
