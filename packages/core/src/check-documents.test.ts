import { describe, expect, it } from 'vitest';
import { checkDocuments, type DocumentCheck } from './check-documents.ts';
import { fr } from './messages/fr.ts';
import { rubric } from './rubric.ts';
import { rubricMarkdown } from './rubric-markdown.ts';
import { SPLIT_NAME } from './rubric-request.ts';

const checked = (...args: Parameters<typeof checkDocuments>): DocumentCheck => {
  const r = checkDocuments(...args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const generated = (role: string) => {
  const r = rubric({ role, levels: 4 });
  if (!r.ok) throw new Error(r.error.message);
  return rubricMarkdown(r.value);
};

const POSTING = `Research Engineer, Training Infrastructure

What you'll do
- Build distributed training pipelines and evaluation harnesses for our research teams.
- Scale new methods from prototype to full-size training runs; improve experiment velocity.
`;
const PRODUCT_RUBRIC = `# Review rubric

- Measured on uptime of the serving stack, latency and on-call response times.
- Revenue impact of the features shipped.
`;
const DRIFTING_LADDER = `# Ladder

| Level | Expectations |
|---|---|
| RE1 | Builds training pipelines and eval harnesses; keeps runs reproducible. |
| RE2 | Owns the experiment infrastructure; improves experiment velocity and scales training runs. |
| RE3 | Publishes novel methods as first-author papers at NeurIPS; sets the research agenda. |
`;

describe('checkDocuments', () => {
  it('agrees when the posting, the rubric and the ladder all grade the role', () => {
    const c = checked({
      posting: POSTING,
      rubric: generated('research-engineer'),
      ladder: generated('research-engineer'),
    });
    expect(c).toMatchObject({ role: 'research-engineer', column: 'rnd', agree: true });
    expect(c.mismatches).toEqual([]);
    expect(c.summary).toBe('Every document grades research engineer work.');
    expect(c.documents.map((d) => [d.document, d.role])).toEqual([
      ['posting', 'research-engineer'],
      ['rubric', 'research-engineer'],
      ['ladder', 'research-engineer'],
    ]);
  });

  it('names each mismatch by document, with its fix, and the posting decides the role', () => {
    const c = checked({ posting: POSTING, rubric: PRODUCT_RUBRIC, ladder: DRIFTING_LADDER });
    expect(c.role).toBe('research-engineer');
    expect(c.agree).toBe(false);
    expect(c.mismatches.map((x) => [x.document, x.code])).toEqual([
      ['rubric', 'other-role'],
      ['ladder', 'wrong-levels'],
    ]);
    const [other, levels] = c.mismatches;
    expect(other?.message).toBe(
      'The review rubric grades AI engineer work, not research engineer work.',
    );
    expect(other?.gradeOn.length).toBeGreaterThan(0);
    expect(levels?.message).toContain('level "RE3" grades another column');
    // The rewrites are in the document's analysis, read against the set's role.
    const ladder = c.documents.find((d) => d.document === 'ladder');
    const rewrites = ladder?.analysis.evidence.filter((e) => e.suggestion) ?? [];
    expect(rewrites.length).toBeGreaterThan(0);
    expect(levels?.suggestions).toBe(new Set(rewrites.map((e) => e.suggestion?.start)).size);
    // The rubric had no flag of its own; read against the posting's role, its measures get rewrites.
    const rubricDoc = c.documents.find((d) => d.document === 'rubric');
    expect(rubricDoc?.analysis.evidence.some((e) => e.suggestion)).toBe(true);
  });

  it('holds every document to both parts when the posting asks for two jobs in one', () => {
    const twoJobs = `Research Scientist / AI Engineer, Assistant

What you'll do
- Invent novel methods and publish first-author papers at NeurIPS on open research questions
- Ship LLM features to customers and own latency, uptime and on-call for the service
`;
    const both = checked({ posting: twoJobs, rubric: generated(SPLIT_NAME) });
    expect(both.split).toEqual(['research-scientist', 'ai-engineer']);
    expect(both.agree).toBe(true);
    expect(both.summary).toMatch(/^Every document grades both jobs the week holds/);
    const half = checked({ posting: twoJobs, rubric: generated('research-scientist') });
    expect(half.mismatches.map((x) => [x.document, x.code, x.action])).toEqual([
      ['rubric', 'one-part', 'grade-on'],
    ]);
    expect(half.mismatches[0]?.message).toMatch(
      /only research scientist work, one of the two jobs/,
    );
    // Both parts' measures, so neither goes ungraded.
    expect(half.mismatches[0]?.gradeOn.length).toBeGreaterThan(4);
    const other = checked({ posting: twoJobs, ladder: generated('research-engineer') });
    expect(other.mismatches.map((x) => x.code)).toEqual(['other-role']);
  });

  it('checks against a role it is given, even one no document names', () => {
    const c = checked({ rubric: generated('ai-engineer'), role: 'research-scientist' });
    expect(c.role).toBe('research-scientist');
    expect(c.mismatches.map((x) => x.code)).toContain('other-role');
  });

  it('says when a document is too thin to judge, and when no role can be named', () => {
    const thin = checked({ posting: POSTING, ladder: 'Be kind. Be on time.' });
    expect(thin.mismatches.map((x) => [x.document, x.code])).toEqual([['ladder', 'not-enough']]);
    const none = checked({ posting: 'Hello.' });
    expect(none).toMatchObject({ role: null, agree: false });
    expect(none.summary).toMatch(/None of the documents/);
  });

  it('answers bad input with an error value', () => {
    expect(checkDocuments({})).toMatchObject({ ok: false, error: { code: 'no_documents' } });
    expect(checkDocuments({ posting: POSTING, role: 'designer' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_role', path: ['role'] },
    });
    expect(checkDocuments({ rubric: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_text', path: ['rubric'] },
    });
  });

  it('speaks the language it is given', () => {
    const c = checked({ posting: POSTING, rubric: PRODUCT_RUBRIC }, fr);
    expect(c.mismatches[0]?.message).not.toBe(
      checked({ posting: POSTING, rubric: PRODUCT_RUBRIC }).mismatches[0]?.message,
    );
  });
});
