import {
  ADVICE_NOTE,
  type Analysis,
  type AnalysisFlag,
  type Column,
  type Evidence,
  REGIMES,
  WORK_KINDS,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { roleHeadline, shareLine } from './render-result.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

const COLUMN_LABEL: Record<Column, string> = {
  research: 'research',
  rnd: 'R&D',
  product: 'product',
};

/** The line a character offset falls on, counting from 1. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Each phrase that counted, with its column, section, line and weight. */
function evidenceLines(evidence: Evidence[], text: string, style: TerminalStyle): string[] {
  const out = [
    '',
    style.bold(`Evidence (${evidence.length} ${evidence.length === 1 ? 'phrase' : 'phrases'})`),
  ];
  if (evidence.length === 0) out.push(style.dim('  no phrase in the text speaks for any column'));
  const width = Math.min(40, Math.max(0, ...evidence.map((e) => e.phrase.length + 2)));
  for (const e of evidence) {
    const notes = [
      e.section,
      `line ${lineAt(text, e.start)}`,
      `${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)}`,
      ...(e.negated ? ['negated'] : []),
      ...(e.measure ? ['a measure'] : []),
    ];
    out.push(
      `  ${COLUMN_LABEL[e.column].padEnd(8)} ${`"${e.phrase}"`.padEnd(width)}  ${style.dim(notes.join(', '))}`,
    );
  }
  return out;
}

const flagLines = (flags: AnalysisFlag[], style: TerminalStyle) =>
  flags.length === 0
    ? []
    : [
        '',
        style.warn(style.bold('Flags')),
        ...flags.map((f) => `  ! ${f.message} ${style.dim(`[${f.code}]`)}`),
      ];

/**
 * An analysis of a posting or rubric as readable text: where it sits, how sure, each phrase
 * that counted (with its column and line), and the flags. A text that says too little gets no
 * role, no spectrum and no grading, only what was missing; `width` (0: unknown) fits the spectrum.
 */
export function renderAnalysis(a: Analysis, text: string, style: TerminalStyle, width = 0): string {
  const { bold, dim } = style;
  const out: string[] = [];
  const title = a.title
    ? ` · title "${a.title.text}"${a.title.column ? ` names ${COLUMN_LABEL[a.title.column]} work` : ' names no column'}`
    : '';
  const { position, shares, role, dominantWork, regime } = a;
  if (
    !a.enough ||
    position === null ||
    shares === null ||
    role === null ||
    dominantWork === null ||
    regime === null
  ) {
    const missing = a.flags.find((f) => f.code === 'no-evidence');
    out.push(bold('No role: the text says too little about the work'));
    out.push(
      '',
      missing?.message ??
        'Not enough to say: too little here describes research, R&D or product work.',
    );
    out.push(...evidenceLines(a.evidence, text, style));
    out.push(
      ...flagLines(
        a.flags.filter((f) => f !== missing),
        style,
      ),
    );
    return out.join('\n');
  }
  const advice = a.split ? a.twoJobs : null;
  const headline = advice ? twoJobsHeadline(advice) : roleHeadline({ role, between: a.between });
  out.push(
    `${bold(headline)}  ${dim(`${confidenceWords(a.confidence)} · reads as a ${a.kind}${title}`)}`,
  );
  const marks = advice ? { ends: shares, width } : { width };
  out.push('', spectrumBar(position, style, marks), '');
  if (advice) out.push(advice.summary, '');
  out.push(
    `${bold('Work')}      ${advice ? 'Two jobs' : WORK_KINDS[dominantWork].name}: ${shareLine(shares)}`,
  );
  if (a.measuredOn) {
    out.push(
      `${bold('Measured')}  ${WORK_KINDS[a.measuredOn.column].name}: ${shareLine(a.measuredOn.shares)}`,
    );
  }
  out.push(`${bold('Titling')}   ${REGIMES[regime.recommended].name}. ${regime.cell.verdict}`);
  if (a.analyzed.truncated)
    out.push(dim(`Only the first ${a.analyzed.chars} characters were read.`));
  out.push(...evidenceLines(a.evidence, text, style));
  out.push(...flagLines(a.flags, style));
  if (advice) {
    out.push('', ...renderTwoJobs(advice, style, 'of the work it describes', a.dontGradeOn));
  } else {
    out.push('', bold('Grade on'), ...a.gradeOn.map((g) => `  + ${g}`));
    out.push('', bold('Do not grade on'), ...a.dontGradeOn.map((g) => `  - ${g}`));
  }
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
