import { describe, expect, it } from 'vitest';
import { confidenceBand } from './confidence.ts';
import { DEFAULT_QUIZ } from './default-quiz.ts';
import { ADVICE_NOTE, jobBrief } from './job-brief.ts';
import { score } from './score.ts';

const resultAt = (index: number, extra: Record<string, string> = {}) => {
  const answers = Object.fromEntries(
    DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id]),
  );
  const r = score(DEFAULT_QUIZ, { ...answers, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('jobBrief', () => {
  it("covers the role's core question, outputs, grading, horizon, background and titling", () => {
    const brief = jobBrief(resultAt(4));
    expect(brief).toMatch(/^# Job brief: AI engineer/);
    for (const heading of [
      'Core question',
      'Outputs',
      'Optimize for',
      'Grade on',
      'Do not grade on',
      'Time horizon',
      'Background to look for',
      'Titling',
    ]) {
      expect(brief).toContain(`## ${heading}`);
    }
    expect(brief).toContain('One flat title');
    expect(brief).toContain(ADVICE_NOTE);
  });

  it('says when the work sits between two roles', () => {
    expect(jobBrief(resultAt(3))).toMatch(
      /between \*\*Research engineer\*\* and \*\*AI engineer\*\*/,
    );
    expect(jobBrief(resultAt(0))).not.toMatch(/sits between/);
  });

  it('gives a two-jobs week a section per part, the risk and the ways out, not one role', () => {
    const result = resultAt(0, { output: 'shipped', 'time-horizon': 'weeks' });
    expect(result.split).toEqual(['research-scientist', 'ai-engineer']);
    const brief = jobBrief(result);
    expect(brief).toMatch(/^# Job brief: two jobs in one \(Research scientist \+ AI engineer\)\n/);
    expect(brief).toContain(result.twoJobs?.summary);
    expect(brief).toContain('## Part 1: Research scientist (60% of the week)');
    expect(brief).toContain('## Part 2: AI engineer (40% of the week)');
    expect(brief.match(/### Grade this part on/g)).toHaveLength(2);
    for (const heading of ['Do not grade on', 'The risk', 'Ways out', 'Titling']) {
      expect(brief).toContain(`\n## ${heading}\n`);
    }
    for (const option of result.twoJobs?.options ?? []) expect(brief).toContain(option);
    // Not one role's brief: no single core question or spectrum position for the average.
    expect(brief).not.toContain('## Core question');
    expect(brief).not.toContain('Spectrum position');
    expect(brief).toContain(ADVICE_NOTE);
  });

  it('puts the confidence band next to the number', () => {
    const result = resultAt(4);
    expect(jobBrief(result)).toContain(
      `| Confidence | ${Math.round(result.confidence * 100)}% (${confidenceBand(result.confidence)}) |`,
    );
  });
});
