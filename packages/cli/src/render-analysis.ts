import {
  type Analysis,
  type AnalysisFlag,
  type Messages as CoreMessages,
  type Evidence,
  type RoleId,
  regimesIn,
  roleInSentence,
  workKindsIn,
} from '@rolefit/core';
import { confidenceWords } from './confidence-words.ts';
import { displayWidth, padEndTo } from './display-width.ts';
import { lineAt } from './line-at.ts';
import type { Messages } from './messages/en.ts';
import { levelLines } from './render-levels.ts';
import { suggestionLines } from './render-suggestions.ts';
import { renderTwoJobs, twoJobsHeadline } from './render-two-jobs.ts';
import { labelled, roleHeadline, shareLine } from './result-lines.ts';
import { spectrumBar } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** Each phrase that counted, with its column, section, line and weight. */
function evidenceLines(
  evidence: Evidence[],
  text: string,
  style: TerminalStyle,
  t: Messages,
): string[] {
  const out = ['', style.bold(t['analysis.evidence'](evidence.length))];
  if (evidence.length === 0) out.push(style.dim(`  ${t['analysis.evidence.none']}`));
  const width = Math.min(40, Math.max(0, ...evidence.map((e) => displayWidth(e.phrase) + 2)));
  const columnWidth = Math.max(
    8,
    ...(['research', 'rnd', 'product'] as const).map((c) => displayWidth(t[`column.${c}`])),
  );
  for (const e of evidence) {
    const notes = [
      t[`analysis.section.${e.section}`],
      t['analysis.evidence.line'](lineAt(text, e.start)),
      `${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)}`,
      ...(e.negated ? [t['analysis.evidence.negated']] : []),
      ...(e.measure ? [t['analysis.evidence.measure']] : []),
    ];
    out.push(
      `  ${padEndTo(t[`column.${e.column}`], columnWidth)} ${padEndTo(`"${e.phrase}"`, width)}  ${style.dim(notes.join(', '))}`,
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

/** What the report says besides the analysis: the role it was asked to judge against, and how to rewrite. */
export type AnalysisReport = {
  /** The role given with `--role`, if any: levels and rewrites are judged against it. */
  role?: RoleId | undefined;
  /** The command line that prints the text with every suggested rewrite applied. */
  rewrite: string;
};

/**
 * An analysis of a posting, rubric or ladder as readable text: where it sits, how sure, each
 * level of a rubric or ladder, each phrase that counted (with its column and line), the flags
 * and the suggested rewrites. A text that says too little gets no role, no spectrum and no
 * grading, only what was missing; `width` (0: unknown) fits the spectrum. The analysis's own
 * text (flags, verdicts, grading, rewrites) is in the language it was made in; the names of work
 * and regimes come from core's catalogue in that language, `m`.
 */
export function renderAnalysis(
  a: Analysis,
  text: string,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
  report: AnalysisReport,
  width = 0,
): string {
  const { bold, dim } = style;
  const out: string[] = [];
  const asked = report.role ? [dim(t['analysis.asked'](roleInSentence(report.role, m)))] : [];
  const rewrites = () => suggestionLines(a.evidence, text, style, t, report.rewrite);
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
    out.push(bold(t['analysis.noRole']), ...asked);
    out.push('', missing?.message ?? t['analysis.notEnough']);
    out.push(...levelLines(a.levels, style, t));
    out.push(...evidenceLines(a.evidence, text, style, t));
    out.push(
      ...flagLines(
        a.flags.filter((f) => f !== missing),
        style,
        t,
      ),
    );
    out.push(...rewrites());
    return out.join('\n');
  }
  const { line } = labelled(style, t);
  const advice = a.split ? a.twoJobs : null;
  const headline = advice
    ? twoJobsHeadline(advice, t, m)
    : roleHeadline({ role, between: a.between }, t, m);
  out.push(
    `${bold(headline)}  ${dim(`${confidenceWords(a.confidence, t)} · ${t[`analysis.kind.${a.kind}`]}${title}`)}`,
    ...asked,
  );
  const marks = advice ? { ends: shares, width } : { width };
  out.push('', spectrumBar(position, style, t, m, marks), '');
  if (advice) out.push(advice.summary, '');
  const workKinds = workKindsIn(m);
  const work = advice ? t['work.twoJobs'] : workKinds[dominantWork].name;
  out.push(line(t['label.work'], t['join.work'](work, shareLine(shares, t))));
  if (a.measuredOn) {
    const measured = workKinds[a.measuredOn.column].name;
    out.push(
      line(t['label.measured'], t['join.work'](measured, shareLine(a.measuredOn.shares, t))),
    );
  }
  const regimeName = regimesIn(m)[regime.recommended].name;
  out.push(line(t['label.titling'], t['join.titling'](regimeName, regime.cell.verdict)));
  if (a.analyzed.truncated) out.push(dim(t['analysis.truncated'](a.analyzed.chars)));
  out.push(...levelLines(a.levels, style, t));
  out.push(...evidenceLines(a.evidence, text, style, t));
  out.push(...flagLines(a.flags, style, t));
  out.push(...rewrites());
  if (advice) {
    out.push('', ...renderTwoJobs(advice, style, t, m, t['twoJobs.share.text'], a.dontGradeOn));
  } else {
    out.push('', bold(t['grading.on']), ...a.gradeOn.map((g) => `  + ${g}`));
    out.push('', bold(t['grading.off']), ...a.dontGradeOn.map((g) => `  - ${g}`));
  }
  out.push('', dim(m['note.advice']));
  return out.join('\n');
}
