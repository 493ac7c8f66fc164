import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceBand, confidenceFrom, marginConfidence, quizConfidence } from './confidence.ts';

describe('confidence', () => {
  it('is 1 for a pure answer set, low for a tie and never high one answer from flipping', () => {
    expect(quizConfidence(3, 5, 1)).toBe(1);
    expect(quizConfidence(1, 5, 0)).toBe(0.17);
    expect(quizConfidence(1, 5, 1)).toBe(0.67);
    expect(confidenceBand(quizConfidence(1, 5, 1))).toBe('moderate');
  });

  it('is monotone in the margin and in the changes needed to flip', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), unit, unit, (steps, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quizConfidence(steps, 5, lo)).toBeLessThanOrEqual(quizConfidence(steps, 5, hi));
        expect(quizConfidence(steps, 5, lo)).toBeLessThanOrEqual(quizConfidence(steps + 1, 5, lo));
        expect(marginConfidence(lo)).toBeLessThanOrEqual(marginConfidence(hi));
        const c = confidenceFrom(steps, 3, lo);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('names its bands', () => {
    expect([0.9, 0.75, 0.6, 0.5, 0.2].map(confidenceBand)).toEqual([
      'high',
      'high',
      'moderate',
      'moderate',
      'low',
    ]);
  });
});
