import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANALYZE_MAX_CHARS, analyze, titleColumn } from './analyze.ts';
import { Analysis } from './analyze-result.ts';

const analysed = (text: string): Analysis => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const phrases = (a: Analysis, column?: string) =>
  a.evidence.filter((e) => !column || e.column === column).map((e) => e.phrase.toLowerCase());
const codes = (a: Analysis) => a.flags.map((f) => f.code);

const RESEARCH = `Research Scientist, Reasoning

What you'll do
- Invent novel methods for reasoning and publish them at NeurIPS and ICML
- Pursue open questions about generalisation

Requirements
- PhD in machine learning and first-author papers at top venues
`;

const PRODUCT = `AI Engineer

What you'll do
- Ship LLM features to customers and own latency, uptime and cost in production
- Run A/B tests with product managers

Requirements
- Production experience with Kubernetes and CI/CD
`;

describe('analyze: evidence', () => {
  it('gives spans that point at the phrase in the original text', () => {
    const text = `Résumé 🚀 first!\r\n${RESEARCH}\r\nAlso: SHIP to Production, with A/B tests.`;
    const a = analysed(text);
    expect(a.evidence.length).toBeGreaterThan(8);
    for (const e of a.evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.phrase);
      expect(e.end).toBeGreaterThan(e.start);
    }
    expect(phrases(a, 'product')).toEqual(
      expect.arrayContaining(['ship to production', 'a/b tests']),
    );
    expect(phrases(a, 'research')).toEqual(
      expect.arrayContaining(['invent novel methods', 'neurips', 'phd', 'first-author papers']),
    );
  });

  it('takes the longest phrase where several start at the same place', () => {
    const a = analysed('We need a research engineer who works closely with research scientists.');
    expect(phrases(a)).toEqual(['research engineer', 'works closely with research scientists']);
    expect(a.evidence.every((e) => e.column === 'rnd')).toBe(true);
  });

  it('matches whole words only, in any case, with plurals', () => {
    const a = analysed('Shipment of SHIPPED features; kubernetesque; Publications; a/b tests');
    expect(phrases(a)).toEqual(['shipped', 'features', 'publications', 'a/b tests']);
  });

  it('places clear postings at their end of the spectrum', () => {
    expect(analysed(RESEARCH).role).toBe('research-scientist');
    expect(analysed(PRODUCT).role).toBe('ai-engineer');
    const rnd = analysed(
      'Build distributed training infrastructure, curate training data and keep experiments reproducible.',
    );
    expect(rnd.role).toBe('research-engineer');
    expect(rnd.dominantWork).toBe('rnd');
  });
});

describe('analyze: negation', () => {
  it('counts a denied phrase against its column', () => {
    const a = analysed('No PhD required. You will not publish papers; you will ship features.');
    const negated = a.evidence.filter((e) => e.negated).map((e) => e.phrase);
    expect(negated).toEqual(['PhD', 'publish', 'papers']);
    for (const e of a.evidence.filter((x) => x.negated)) expect(e.weight).toBeLessThan(0);
    expect(a.weights.research).toBe(0);
    expect(a.role).toBe('ai-engineer');
  });

  it('understands cues after the phrase and keeps the scope inside the clause', () => {
    const a = analysed(
      'A PhD is not required, but publications at ICML help. This is not a research role, you will ship.',
    );
    const byPhrase = Object.fromEntries(a.evidence.map((e) => [e.phrase, e.negated]));
    expect(byPhrase).toMatchObject({ PhD: true, publications: false, ICML: false, ship: false });
  });

  it('reads "without", "won\'t" and "rather than"', () => {
    const a = analysed(
      "Ship to production without needing to publish. You won't be on call. Shipping rather than papers.",
    );
    const negated = a.evidence.filter((e) => e.negated).map((e) => e.phrase);
    expect(negated).toEqual(['publish', 'on call', 'papers']);
  });
});

describe('analyze: sections', () => {
  it('ignores benefits and legal text, and counts company boilerplate little', () => {
    const boiler = `About us
We ship products to millions of customers with great uptime and low latency on Kubernetes.

Benefits
- Health insurance, 401(k) and a learning budget for production courses

We are an equal opportunity employer and serve customers worldwide.
`;
    const a = analysed(`${RESEARCH}\n${boiler}`);
    const productEvidence = a.evidence.filter((e) => e.column === 'product');
    expect(productEvidence.length).toBeGreaterThan(3);
    for (const e of productEvidence) {
      expect(['company', 'benefits', 'legal']).toContain(e.section);
      if (e.section !== 'company') expect(e.weight).toBe(0);
      else expect(e.weight).toBeLessThanOrEqual(1);
    }
    expect(a.role).toBe('research-scientist');
    expect(a.shares?.product).toBeLessThan(0.25);
    expect(a.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['title', 'responsibilities', 'requirements', 'company', 'benefits']),
    );
  });

  it('weighs nice-to-haves less than requirements', () => {
    const required = analysed('Requirements\n- Experience with Kubernetes\n');
    const nice = analysed('Nice to have\n- Experience with Kubernetes\n');
    const inline = analysed('Requirements\n- Kubernetes experience is a plus\n');
    const w = (a: Analysis) => a.evidence[0]?.weight ?? 0;
    expect(nice.evidence[0]?.section).toBe('nice-to-have');
    expect(inline.evidence[0]?.section).toBe('nice-to-have');
    expect(w(nice)).toBeLessThan(w(required) / 2);
    expect(w(inline)).toBe(w(nice));
  });

  it('finds headings written as markdown, bold, with a colon, or inline', () => {
    const a = analysed(
      '# Research Engineer\n**Responsibilities**\n- Build evals\nQualifications:\n- Python\nPreferred: a PhD\n## About Acme\nAcme ships.',
    );
    expect(a.title?.text).toBe('Research Engineer');
    expect(a.sections.map((s) => s.kind)).toEqual([
      'title',
      'responsibilities',
      'requirements',
      'nice-to-have',
      'company',
    ]);
  });
});

describe('analyze: flags', () => {
  it('flags a title that names another column than the work', () => {
    const a = analysed(PRODUCT.replace('AI Engineer', 'Research Scientist, Search'));
    expect(a.title?.column).toBe('research');
    expect(a.role).toBe('ai-engineer');
    const flag = a.flags.find((f) => f.code === 'title-mismatch');
    expect(flag?.message).toMatch(/title says research scientist, but/);
    expect(flag?.spans[0]).toEqual({ start: a.title?.start, end: a.title?.end });
    expect(codes(analysed(PRODUCT))).not.toContain('title-mismatch');
  });

  it('flags research work measured on product metrics, and product work on paper count', () => {
    const research = analysed(
      `${RESEARCH}\nHow you'll be measured\n- Uptime and GPU utilization targets of the cluster\n`,
    );
    expect(research.role).toBe('research-scientist');
    expect(research.measuredOn?.column).toBe('product');
    const flag = research.flags.find((f) => f.code === 'wrong-column-metrics');
    expect(flag?.message).toMatch(/uptime/);
    expect(flag?.spans.length).toBeGreaterThan(0);

    const product = analysed(`${PRODUCT}\nSuccess looks like\n- Papers at NeurIPS and citations\n`);
    expect(product.role).toBe('ai-engineer');
    expect(codes(product)).toContain('wrong-column-metrics');

    const fine = analysed(`${PRODUCT}\nSuccess looks like\n- Uptime, latency and KPIs\n`);
    expect(codes(fine)).not.toContain('wrong-column-metrics');
  });

  it('reads headings written with typographic apostrophes, as pasted from web pages', () => {
    const text = `${RESEARCH}\nHow you\u2019ll be measured\n- Uptime and GPU utilization targets of the cluster\n`;
    const a = analysed(text);
    expect(codes(a)).toContain('wrong-column-metrics');
    for (const e of a.evidence) expect(text.slice(e.start, e.end)).toBe(e.phrase);
  });

  it('treats a bare rubric as measures and checks them against its title', () => {
    const a = analysed(
      'Performance review rubric: Research Scientist\n- Uptime of services\n- Latency and cost\n- Features shipped',
    );
    expect(a.kind).toBe('rubric');
    expect(a.role).toBe('ai-engineer');
    expect(codes(a)).toEqual(['wrong-column-metrics']);
  });

  it('reads a rubric that is all measures as measures, and flags both traps in it', () => {
    const a = analysed(
      'Performance review rubric: Research Scientist\n- Papers published at top venues\n- Novelty of methods\n- Cluster uptime\n- Features shipped per quarter\n- Endpoint latency',
    );
    expect(a.kind).toBe('rubric');
    expect(codes(a)).toEqual(expect.arrayContaining(['wrong-column-metrics', 'two-jobs']));
    const twoJobs = a.flags.find((f) => f.code === 'two-jobs');
    expect(twoJobs?.message).toMatch(/^This grades both ends/);
    expect(twoJobs?.message).toMatch(/uptime/);
    expect(twoJobs?.message).toMatch(/novelty/);
  });

  it('says when there is nothing or too little to go on', () => {
    for (const text of ['Lorem ipsum dolor sit amet.', 'hello world', '']) {
      const none = analysed(text);
      expect(codes(none)).toEqual(['no-evidence']);
      expect(none).toMatchObject({ enough: false, role: null, shares: null, position: null });
      expect(none.confidence).toBe(0);
      expect(none.flags[0]?.message).toMatch(/^Not enough to say/);
    }
    const little = analysed('You will ship.');
    expect(codes(little)).toEqual(['low-evidence']);
    expect(little.confidence).toBeLessThan(0.5);
  });

  it('caps huge input and says so', () => {
    const a = analysed('ship '.repeat(50_000));
    expect(a.analyzed).toEqual({ chars: ANALYZE_MAX_CHARS, truncated: true });
    expect(codes(a)).toContain('truncated');
  });

  it('notices binary-looking input', () => {
    const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(codes(analysed(binary))).toContain('binary-looking');
  });
});

describe('analyze: titles', () => {
  it('reads the column a title names', () => {
    expect(titleColumn('Senior Research Scientist')).toBe('research');
    expect(titleColumn('Research Engineer, Pretraining')).toBe('rnd');
    expect(titleColumn('Machine Learning Engineer')).toBe('product');
    expect(titleColumn('Member of Technical Staff')).toBeNull();
    expect(titleColumn('Data Scientist')).toBeNull();
  });
});

describe('analyze: any input', () => {
  const valid = (text: string) => {
    const r = analyze(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Analysis.safeParse(r.value).success).toBe(true);
    const s = r.value.shares;
    expect(s === null).toBe(!r.value.enough);
    if (s) expect(Math.abs(s.research + s.rnd + s.product - 1)).toBeLessThan(1e-3);
    else expect(r.value.role).toBeNull();
    for (const e of r.value.evidence) expect(text.slice(e.start, e.end)).toBe(e.phrase);
  };

  it('returns a valid analysis for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), valid), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), valid), { numRuns: 300 });
  });

  it('returns a valid analysis for postings with noise mixed in', () => {
    const words = fc.constantFrom(
      'ship',
      'PhD',
      'no',
      'not',
      'Requirements\n',
      'Nice to have:\n',
      'About us\n',
      '- ',
      'latency',
      'research engineer',
      'publish',
      '\n',
      'How you will be measured\n',
      '💥',
      '\u0000',
    );
    const text = fc.array(fc.oneof(words, fc.string({ maxLength: 5 })), { maxLength: 80 });
    fc.assert(
      fc.property(text, (parts) => valid(parts.join(' '))),
      { numRuns: 300 },
    );
  });

  it('handles empty, huge and lone-surrogate text', () => {
    valid('');
    valid('\uD800\uDC00'.repeat(60_000));
    valid(`${'a'.repeat(ANALYZE_MAX_CHARS - 1)}\uD83D\uDE80 ship`);
    valid('\uDFFF ship \uD800');
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(analyze(`${RESEARCH}${text}`)).toEqual(analyze(`${RESEARCH}${text}`));
      }),
      { numRuns: 100 },
    );
  });

  it('returns an error value for a non-string', () => {
    for (const input of [undefined, null, 42, {}, ['ship']]) {
      const r = analyze(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_text');
    }
  });
});
