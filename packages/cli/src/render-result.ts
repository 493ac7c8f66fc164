import {
  ADVICE_NOTE,
  type Column,
  type Quiz,
  type QuizResult,
  REGIMES,
  ROLES,
  type RoleId,
  WORK_KINDS,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { oneAnswerAway } from './one-answer-away.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Column shares as one line of percentages. */
export const shareLine = (shares: Record<Column, number>) =>
  `${percent(shares.research)} research · ${percent(shares.rnd)} R&D · ${percent(shares.product)} product`;

/** The role, or "between X and Y", as a headline. */
export function roleHeadline(result: { role: RoleId; between: [RoleId, RoleId] | null }): string {
  return result.between
    ? `Between ${ROLES[result.between[0]].name} and ${ROLES[result.between[1]].name}`
    : ROLES[result.role].name;
}

/** The "What would change it" lines: each promises that role alone, as the search found it. */
function changeLines(result: QuizResult, quiz: Quiz, style: TerminalStyle): string[] {
  if (result.whatWouldChange.length === 0) return [];
  const prompts = new Map(quiz.questions.map((q) => [q.id, q.prompt]));
  const out = [
    '',
    style.bold('What would change it'),
    style.dim('  Each set of changes gives that role alone: not between two roles, not two jobs.'),
  ];
  for (const change of result.whatWouldChange) {
    const n = change.changes.length;
    out.push(`  ${ROLES[change.role].name} alone: change ${n} ${n === 1 ? 'answer' : 'answers'}`);
    for (const c of change.changes)
      out.push(`    ${prompts.get(c.questionId) ?? c.questionId} → "${c.label}"`);
  }
  return out;
}

/**
 * A quiz result as readable text for a terminal; `width` (0: unknown) fits the spectrum to it.
 * A two-jobs week gets both roles, each part's grading, the risk and the ways out.
 */
export function renderResult(
  result: QuizResult,
  quiz: Quiz,
  style: TerminalStyle,
  width = 0,
): string {
  const { bold, dim, warn } = style;
  const regime = REGIMES[result.regime.recommended];
  const other = REGIMES[result.regime.other.regime];
  const prompts = new Map(quiz.questions.map((q) => [q.id, q.prompt]));
  const advice = result.split ? result.twoJobs : null;
  const sureness = [confidenceWords(result.confidence), oneAnswerAway(result)]
    .filter(Boolean)
    .join(', ');
  const out: string[] = [];
  out.push(`${bold(advice ? twoJobsHeadline(advice) : roleHeadline(result))}  ${dim(sureness)}`);
  const marks = advice ? { ends: result.shares, width } : { width };
  out.push('', spectrumBar(result.position, style, marks), '');
  if (advice) out.push(advice.summary, '');
  const work = advice ? 'Two jobs' : WORK_KINDS[result.dominantWork].name;
  out.push(`${bold('Work')}      ${work}: ${shareLine(result.shares)}`);
  out.push(`${bold('Titling')}   ${regime.name}. ${result.regime.cell.verdict}`);
  out.push(`          Risk you accept: ${result.regime.cell.risk}`);
  out.push(`          How to manage it: ${result.regime.cell.manage}`);
  out.push(`          ${dim(`${other.name} instead: ${result.regime.other.verdict}`)}`);
  if (advice) {
    out.push('', ...renderTwoJobs(advice, style, 'of the week', result.dontGradeOn));
  } else {
    out.push('', bold('Grade on'), ...result.gradeOn.map((g) => `  + ${g}`));
    out.push('', bold('Do not grade on'), ...result.dontGradeOn.map((g) => `  - ${g}`));
  }
  out.push('', bold('Why'));
  for (const pull of result.why) {
    const direction =
      pull.pull === 0
        ? 'holds the middle'
        : `pulls ${pull.pull > 0 ? '+' : ''}${pull.pull.toFixed(2)} toward ${ROLES[pull.toward].name}`;
    out.push(`  ${prompts.get(pull.questionId) ?? pull.questionId}`);
    out.push(`    ${pull.label} ${dim(`(${direction})`)}`);
  }
  out.push(...changeLines(result, quiz, style));
  if (result.mismatches.length > 0) {
    out.push('', warn(bold('Wrong column')), ...result.mismatches.map((m) => `  ! ${m.message}`));
  }
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
