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
import type { TerminalStyle } from './terminal-style.ts';

const WIDTH = 60;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Place labels on a line of spaces: left-aligned, centred and right-aligned. */
function labelLine(): string {
  const left = 'Research scientist';
  const middle = 'Research engineer';
  const right = 'AI engineer';
  const mid = Math.round(WIDTH / 2 - middle.length / 2);
  return `${left}${' '.repeat(mid - left.length)}${middle}${' '.repeat(WIDTH + 1 - right.length - mid - middle.length)}${right}`;
}

const column = (position: number) => Math.round(Math.min(1, Math.max(0, position)) * WIDTH);

/**
 * The spectrum as a line with the three anchors and a marker at the position; `dots` (say, a
 * team's workstreams) are drawn as `o` on the line itself.
 */
export function spectrumBar(
  position: number,
  style: TerminalStyle,
  dots: readonly number[] = [],
): string {
  const onLine = new Set(dots.map(column));
  const line = Array.from({ length: WIDTH + 1 }, (_, i) =>
    onLine.has(i) ? 'o' : i === 0 || i === WIDTH ? '|' : i === WIDTH / 2 ? '+' : '-',
  ).join('');
  const marker = `${' '.repeat(column(position))}${style.accent('^')} ${position.toFixed(2)}`;
  return [`  ${labelLine()}`, `  ${line}`, `  ${marker}`].join('\n');
}

/** Column shares as one line of percentages. */
export const shareLine = (shares: Record<Column, number>) =>
  `${percent(shares.research)} research · ${percent(shares.rnd)} R&D · ${percent(shares.product)} product`;

/** The role, or "between X and Y", as a headline. */
export function roleHeadline(result: { role: RoleId; between: [RoleId, RoleId] | null }): string {
  return result.between
    ? `Between ${ROLES[result.between[0]].name} and ${ROLES[result.between[1]].name}`
    : ROLES[result.role].name;
}

/** A quiz result as readable text for a terminal. */
export function renderResult(result: QuizResult, quiz: Quiz, style: TerminalStyle): string {
  const { bold, dim, warn } = style;
  const regime = REGIMES[result.regime.recommended];
  const other = REGIMES[result.regime.other.regime];
  const prompts = new Map(quiz.questions.map((q) => [q.id, q.prompt]));
  const out: string[] = [];
  out.push(`${bold(roleHeadline(result))}  ${dim(`confidence ${percent(result.confidence)}`)}`);
  out.push('', spectrumBar(result.position, style), '');
  out.push(
    `${bold('Work')}      ${WORK_KINDS[result.dominantWork].name}: ${shareLine(result.shares)}`,
  );
  out.push(`${bold('Titling')}   ${regime.name}. ${result.regime.cell.verdict}`);
  out.push(`          Risk you accept: ${result.regime.cell.risk}`);
  out.push(`          How to manage it: ${result.regime.cell.manage}`);
  out.push(`          ${dim(`${other.name} instead: ${result.regime.other.verdict}`)}`);
  out.push('', bold('Grade on'), ...result.gradeOn.map((g) => `  + ${g}`));
  out.push('', bold('Do not grade on'), ...result.dontGradeOn.map((g) => `  - ${g}`));
  out.push('', bold('Why'));
  for (const pull of result.why) {
    const direction =
      pull.pull === 0
        ? 'holds the middle'
        : `pulls ${pull.pull > 0 ? '+' : ''}${pull.pull.toFixed(2)} toward ${ROLES[pull.toward].name}`;
    out.push(`  ${prompts.get(pull.questionId) ?? pull.questionId}`);
    out.push(`    ${pull.label} ${dim(`(${direction})`)}`);
  }
  if (result.whatWouldChange.length > 0) {
    out.push('', bold('What would change it'));
    for (const change of result.whatWouldChange) {
      const steps = change.changes.map((c) => `"${c.label}" for ${c.questionId}`).join(', ');
      out.push(`  ${ROLES[change.role].name}: answer ${steps}`);
    }
  }
  if (result.mismatches.length > 0) {
    out.push('', warn(bold('Wrong column')), ...result.mismatches.map((m) => `  ! ${m.message}`));
  }
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
