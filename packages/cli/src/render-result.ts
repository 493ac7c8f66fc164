import {
  type Messages as CoreMessages,
  type Quiz,
  type QuizResult,
  regimesIn,
  rolesIn,
  workKindsIn,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import type { Messages } from './messages/en.ts';
import { oneAnswerAway } from './one-answer-away.ts';
import { pullWords } from './pull-words.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { labelled, roleHeadline, shareLine } from './result-lines.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The "What would change it" lines: each promises that role alone, as the search found it. */
function changeLines(
  result: QuizResult,
  quiz: Quiz,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
): string[] {
  if (result.whatWouldChange.length === 0) return [];
  const roles = rolesIn(m);
  const prompts = new Map(quiz.questions.map((q) => [q.id, q.prompt]));
  const out = ['', style.bold(t['result.change']), style.dim(`  ${t['result.change.note']}`)];
  for (const change of result.whatWouldChange) {
    out.push(`  ${t['result.change.role'](roles[change.role].name, change.changes.length)}`);
    for (const c of change.changes)
      out.push(
        `    ${t['result.change.answer'](prompts.get(c.questionId) ?? c.questionId, c.label)}`,
      );
  }
  return out;
}

/**
 * A quiz result as readable text for a terminal; `width` (0: unknown) fits the spectrum to it.
 * A two-jobs week gets both roles, each part's grading, the risk and the ways out. The text is
 * the command line's (`t`) around core's (`m`: names of roles, work and regimes, the note), and
 * the result's and the quiz's own, all three in one language.
 */
export function renderResult(
  result: QuizResult,
  quiz: Quiz,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  width = 0,
): string {
  const { bold, dim, warn } = style;
  const { line, indent } = labelled(style, t);
  const regimes = regimesIn(m);
  const regime = regimes[result.regime.recommended];
  const other = regimes[result.regime.other.regime];
  const prompts = new Map(quiz.questions.map((q) => [q.id, q.prompt]));
  const advice = result.split ? result.twoJobs : null;
  const confidence = confidenceWords(result.confidence, t);
  const away = oneAnswerAway(result, t, m);
  const sureness = away ? t['join.sureness'](confidence, away) : confidence;
  const out: string[] = [];
  const headline = advice ? twoJobsHeadline(advice, t, m) : roleHeadline(result, t, m);
  out.push(`${bold(headline)}  ${dim(sureness)}`);
  const marks = advice ? { ends: result.shares, width } : { width };
  out.push('', spectrumBar(result.position, style, t, m, marks), '');
  if (advice) out.push(advice.summary, '');
  const work = advice ? t['work.twoJobs'] : workKindsIn(m)[result.dominantWork].name;
  out.push(line(t['label.work'], t['join.work'](work, shareLine(result.shares, t))));
  // The same order as the web page's result: the answer, then a wrong title or metrics, then
  // two jobs' advice, then titling, grading, why and what would change it.
  if (result.mismatches.length > 0) {
    out.push(
      '',
      warn(bold(t['result.mismatches'])),
      ...result.mismatches.map((m) => `  ! ${m.message}`),
    );
  }
  if (advice) {
    out.push(
      '',
      ...renderTwoJobs(advice, style, t, m, t['twoJobs.share.week'], result.dontGradeOn),
    );
  }
  out.push('');
  out.push(line(t['label.titling'], t['join.titling'](regime.name, result.regime.cell.verdict)));
  out.push(`${indent}${t['titling.risk'](result.regime.cell.risk)}`);
  out.push(`${indent}${t['titling.manage'](result.regime.cell.manage)}`);
  out.push(`${indent}${dim(t['titling.other'](other.name, result.regime.other.verdict))}`);
  if (!advice) {
    out.push('', bold(t['grading.on']), ...result.gradeOn.map((g) => `  + ${g}`));
    out.push('', bold(t['grading.off']), ...result.dontGradeOn.map((g) => `  - ${g}`));
  }
  out.push('', bold(t['result.why']));
  for (const pull of result.why) {
    const direction = t['result.why.alone'](
      pullWords(pull.pull, result.why.length, t),
      rolesIn(m)[pull.toward].name,
    );
    out.push(`  ${prompts.get(pull.questionId) ?? pull.questionId}`);
    out.push(`    ${pull.label} ${dim(`(${direction})`)}`);
  }
  out.push(...changeLines(result, quiz, style, t, m));
  out.push('', dim(m['note.advice']));
  return out.join('\n');
}
