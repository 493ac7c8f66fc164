import {
  ADVICE_NOTE,
  type Analysis,
  type AnalysisFlag,
  type Evidence,
  REGIMES,
  WORK_KINDS,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import type { Messages } from './messages/en.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { labelled, roleHeadline, shareLine } from './result-lines.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The line a character offset falls on, counting from 1. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Each phrase that counted, with its column, section, line and weight. */
function evidenceLines(
  evidence: Evidence[],
  text: string,
  style: TerminalStyle,
  t: Messages,
): string[] {
  const out = ['', style.bold(t['analysis.evidence'](evidence.length))];
  if (evidence.length === 0) out.push(style.dim(`  ${t['analysis.evidence.none']}`));
  const width = Math.min(40, Math.max(0, ...evidence.map((e) => e.phrase.length + 2)));
  for (const e of evidence) {
    const notes = [
      t[`analysis.section.${e.section}`],
      t['analysis.evidence.line'](lineAt(text, e.start)),
      `${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)}`,
      ...(e.negated ? [t['analysis.evidence.negated']] : []),
      ...(e.measure ? [t['analysis.evidence.measure']] : []),
    ];
    out.push(
      `  ${t[`column.${e.column}`].padEnd(8)} ${`"${e.phrase}"`.padEnd(width)}  ${style.dim(notes.join(', '))}`,
    );
  }
  return out;
}

const flagLines = (flags: AnalysisFlag[], style: TerminalStyle, t: Messages) =>
  flags.length === 0
    ? []
    : [
        '',
        style.warn(style.bold(t['analysis.flags'])),
        ...flags.map((f) => `  ! ${f.message} ${style.dim(`[${f.code}]`)}`),
      ];

/**
 * An analysis of a posting or rubric as readable text: where it sits, how sure, each phrase
 * that counted (with its column and line), and the flags. A text that says too little gets no
 * role, no spectrum and no grading, only what was missing; `width` (0: unknown) fits the spectrum.
 */
export function renderAnalysis(
  a: Analysis,
  text: string,
  style: TerminalStyle,
  t: Messages,
  width = 0,
): string {
  const { bold, dim } = style;
  const out: string[] = [];
  const title = a.title
    ? ` · ${a.title.column ? t['analysis.title'](a.title.text, t[`column.${a.title.column}`]) : t['analysis.title.noColumn'](a.title.text)}`
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
    out.push(bold(t['analysis.noRole']));
    out.push('', missing?.message ?? t['analysis.notEnough']);
    out.push(...evidenceLines(a.evidence, text, style, t));
    out.push(
      ...flagLines(
        a.flags.filter((f) => f !== missing),
        style,
        t,
      ),
    );
    return out.join('\n');
  }
  const { line } = labelled(style, t);
  const advice = a.split ? a.twoJobs : null;
  const headline = advice
    ? twoJobsHeadline(advice, t)
    : roleHeadline({ role, between: a.between }, t);
  out.push(
    `${bold(headline)}  ${dim(`${confidenceWords(a.confidence, t)} · ${t[`analysis.kind.${a.kind}`]}${title}`)}`,
  );
  const marks = advice ? { ends: shares, width } : { width };
  out.push('', spectrumBar(position, style, t, marks), '');
  if (advice) out.push(advice.summary, '');
  const work = advice ? t['work.twoJobs'] : WORK_KINDS[dominantWork].name;
  out.push(line(t['label.work'], `${work}: ${shareLine(shares, t)}`));
  if (a.measuredOn) {
    const measured = WORK_KINDS[a.measuredOn.column].name;
    out.push(line(t['label.measured'], `${measured}: ${shareLine(a.measuredOn.shares, t)}`));
  }
  out.push(line(t['label.titling'], `${REGIMES[regime.recommended].name}. ${regime.cell.verdict}`));
  if (a.analyzed.truncated) out.push(dim(t['analysis.truncated'](a.analyzed.chars)));
  out.push(...evidenceLines(a.evidence, text, style, t));
  out.push(...flagLines(a.flags, style, t));
  if (advice) {
    out.push('', ...renderTwoJobs(advice, style, t, t['twoJobs.share.text'], a.dontGradeOn));
  } else {
    out.push('', bold(t['grading.on']), ...a.gradeOn.map((g) => `  + ${g}`));
    out.push('', bold(t['grading.off']), ...a.dontGradeOn.map((g) => `  - ${g}`));
  }
  out.push('', dim(ADVICE_NOTE));
  return out.join('\n');
}
