import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, firstChars, LEXICON } from './analyze-lexicon.ts';

describe('analyzer lexicon', () => {
  const compiled = compileLexicon(LEXICON);
  const sample = [
    'A/B tests, CI/CD, e-commerce, Ph.D., state-of-the-art, first-author papers, NeurIPS.',
    'Works closely with research scientists on distributed training and pre-training runs.',
    'Ship to production; own p95 latency, SLOs, on-call and GPU utilization targets.',
    'Fine-tuning, post-training, RLHF, scaling laws, data curation, eval harnesses, MFU.',
  ].join(' ');

  it('reads the first characters of a pattern', () => {
    expect(firstChars('a/b tests?|ab tests?')).toEqual(new Set(['a']));
    expect(firstChars('(?:top[- ]tier |leading )?(?:ml |ai )?conferences?')).toEqual(
      new Set(['t', 'l', 'm', 'a', 'c']),
    );
    expect(firstChars('[sz]ation')).toEqual(new Set(['s', 'z']));
    expect(firstChars('\\w+ing')).toBeNull();
  });

  it('never hides an entry from a place where it matches (the prefilter is sound)', () => {
    const check = (text: string) => {
      for (let at = 0; at < text.length; at++) {
        const candidates = compiled.startingWith(text.charAt(at).toLowerCase());
        compiled.sticky.forEach((s, i) => {
          s.lastIndex = at;
          if (s.test(text) && s.lastIndex > at) expect(candidates, `${i} at ${at}`).toContain(i);
        });
      }
    };
    check(sample);
    check(sample.toUpperCase());
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (noise) =>
        check(`${noise} ${sample.slice(0, 80)}`),
      ),
      {
        numRuns: 30,
      },
    );
  });

  it('gives every entry a column and a positive weight', () => {
    for (const e of LEXICON) {
      expect(['research', 'rnd', 'product']).toContain(e.column);
      expect(e.weight).toBeGreaterThan(0);
      expect(() => new RegExp(e.pattern, 'iu')).not.toThrow();
    }
  });
});
