import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from './analyze-lexicon.ts';
import { compileLexicon, firstChars, type ScanMode, scanModeOf } from './compile-lexicon.ts';

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

  it('has no capturing group in any pattern (the longest-match search numbers entries by group)', () => {
    for (const e of LEXICON)
      expect(new RegExp(`${e.pattern}|`).exec('')?.length, e.pattern).toBe(1);
  });

  it('finds the same phrases in every scan mode (ASCII fast path, lower-cased, case-folded)', () => {
    const words = fc.constantFrom(
      'Research Engineer',
      'PhD',
      'A/B tests',
      'ship',
      'CI/CD',
      'Ph.D.',
      'state-of-the-art',
      'computer science',
      'training infrastructure',
      'novel methods',
      ' ',
      '. ',
      '\n',
      '_',
      'x',
    );
    const scan = (text: string, mode: ScanMode) => {
      const re = compiled.scanner(mode);
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const found = compiled.longestAt(text, m.index, mode);
        out.push(`${m.index}:${found.entry}:${found.length}`);
        re.lastIndex = m.index + Math.max(1, found.length);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const lower = text.toLowerCase();
        expect(scanModeOf(text, lower)).toBe('ascii');
        const folded = scan(text, 'fold');
        expect(scan(lower, 'lower')).toEqual(folded);
        expect(scan(lower, 'ascii')).toEqual(folded);
      }),
      { numRuns: 200 },
    );
    expect(scanModeOf('Café', 'café')).toBe('lower');
    expect(scanModeOf('İ', 'İ'.toLowerCase())).toBe('fold');
  });
});
