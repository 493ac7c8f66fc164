// Every answer set of the quiz's scored questions, scored: how many land on each role, between
// two roles, as two jobs, and how many are one answer from another role.
import {
  type ConfidenceBand,
  confidenceBand,
  DEFAULT_QUIZ,
  type QuizResult,
  type RoleId,
  score,
} from '@rolefit/core';

/** What the census counts. */
export type Census = {
  total: number;
  byRole: Record<RoleId, number>;
  /** Role alone: neither between nor split. */
  alone: Record<RoleId, number>;
  between: number;
  split: number;
  oneChangeFromFlip: number;
  byBand: Record<ConfidenceBand, number>;
};

/** Every combination of options, one per scored question, in a fixed order. */
export function* allAnswerSets(quiz = DEFAULT_QUIZ): Generator<Record<string, string>> {
  const ids = quiz.questions.map((q) => q.options.map((o) => o.id));
  const pick = new Array(ids.length).fill(0);
  while (true) {
    yield Object.fromEntries(quiz.questions.map((q, i) => [q.id, ids[i]?.[pick[i]] as string]));
    let i = ids.length - 1;
    while (i >= 0 && pick[i] === (ids[i]?.length ?? 1) - 1) pick[i--] = 0;
    if (i < 0) return;
    pick[i]++;
  }
}

/** Score every answer set and count. */
export function quizCensus(quiz = DEFAULT_QUIZ): Census {
  const census: Census = {
    total: 0,
    byRole: { 'research-scientist': 0, 'research-engineer': 0, 'ai-engineer': 0 },
    alone: { 'research-scientist': 0, 'research-engineer': 0, 'ai-engineer': 0 },
    between: 0,
    split: 0,
    oneChangeFromFlip: 0,
    byBand: { high: 0, moderate: 0, low: 0 },
  };
  for (const answers of allAnswerSets(quiz)) {
    const r = score(quiz, answers);
    if (!r.ok) throw new Error(r.error.message);
    const v: QuizResult = r.value;
    census.total++;
    census.byRole[v.role]++;
    if (v.between) census.between++;
    else if (v.split) census.split++;
    else census.alone[v.role]++;
    if (v.changesToFlip === 1) census.oneChangeFromFlip++;
    census.byBand[confidenceBand(v.confidence)]++;
  }
  return census;
}
