import { describe, expect, it } from 'vitest';
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
});
