import { ADVICE_NOTE, type Analysis, type Column, REGIMES, WORK_KINDS } from '@rolefit/core';
import { roleHeadline, shareLine, spectrumBar } from './render-result.ts';
import type { TerminalStyle } from './terminal-style.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const COLUMN_LABEL: Record<Column, string> = {
  research: 'research',
  rnd: 'R&D',
  product: 'product',
};

/** The line a character offset falls on, counting from 1. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * An analysis of a posting or rubric as readable text: where it sits, how sure, each phrase
 * that counted (with its column and line), and the flags.
 */
export function renderAnalysis(a: Analysis, text: string, style: TerminalStyle): string {
  const { bold, dim, warn } = style;
  const out: string[] = [];
  const title = a.title
    ? ` · title "${a.title.text}"${a.title.column ? ` names ${COLUMN_LABEL[a.title.column]} work` : ' names no column'}`
    : '';
  out.push(
    `${bold(roleHeadline(a))}  ${dim(`confidence ${percent(a.confidence)} · reads as a ${a.kind}${title}`)}`,
  );
  out.push('', spectrumBar(a.position, style), '');
  out.push(`${bold('Work')}      ${WORK_KINDS[a.dominantWork].name}: ${shareLine(a.shares)}`);
  if (a.measuredOn) {
    out.push(
      `${bold('Measured')}  ${WORK_KINDS[a.measuredOn.column].name}: ${shareLine(a.measuredOn.shares)}`,
    );
  }
  out.push(`${bold('Titling')}   ${REGIMES[a.regime.recommended].name}. ${a.regime.cell.verdict}`);
  if (a.analyzed.truncated)
    out.push(dim(`Only the first ${a.analyzed.chars} characters were read.`));

  out.push(
    '',
    bold(`Evidence (${a.evidence.length} ${a.evidence.length === 1 ? 'phrase' : 'phrases'})`),
  );
  if (a.evidence.length === 0) out.push(dim('  no phrase in the text speaks for any column'));
  const width = Math.min(40, Math.max(0, ...a.evidence.map((e) => e.phrase.length + 2)));
  for (const e of a.evidence) {
    const notes = [
      e.section,
      `line ${lineAt(text, e.start)}`,
      `${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)}`,
      ...(e.negated ? ['negated'] : []),
      ...(e.measure ? ['a measure'] : []),
    ];
    out.push(
      `  ${COLUMN_LABEL[e.column].padEnd(8)} ${`"${e.phrase}"`.padEnd(width)}  ${dim(notes.join(', '))}`,
    );
  }
  if (a.flags.length > 0) {
    out.push(
      '',
      warn(bold('Flags')),
      ...a.flags.map((f) => `  ! ${f.message} ${dim(`[${f.code}]`)}`),
    );
  }
  out.push('', bold('Grade on'), ...a.gradeOn.map((g) => `  + ${g}`));
  out.push('', bold('Do not grade on'), ...a.dontGradeOn.map((g) => `  - ${g}`));
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
