import { type AnalysisLevel, spectrumPosition } from '@rolefit/core';
import { displayWidth, padEndTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import { shareLine } from './result-lines.ts';
import { compactSpectrum } from './spectrum-bar.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** Level names wider than this are not padded to: the rest of the line follows them. */
const NAME_WIDTH = 32;

/**
 * A rubric's or ladder's levels, one line each: its name, where its criteria sit on a compact
 * spectrum, the column it grades and its shares; a level with a flag is marked `!` and its flags
 * follow it. A ladder heading is shown above its levels when the text has more than one ladder.
 */
export function levelLines(
  levels: readonly AnalysisLevel[],
  style: TerminalStyle,
  t: Messages,
): string[] {
  if (levels.length === 0) return [];
  const out = ['', style.bold(t['analysis.levels'](levels.length))];
  const several = new Set(levels.map((l) => l.ladder)).size > 1;
  const width = Math.min(NAME_WIDTH, Math.max(...levels.map((l) => displayWidth(l.name))));
  let ladder: string | null | undefined;
  for (const level of levels) {
    if (several && level.ladder !== ladder) {
      ladder = level.ladder;
      if (ladder !== null) out.push(`  ${style.bold(ladder)}`);
    }
    const flagged = level.flags.length > 0;
    const name = padEndTo(level.name, width);
    const grades =
      level.shares && level.column
        ? t['analysis.level.grades'](t[`column.${level.column}`], shareLine(level.shares, t))
        : style.dim(t['analysis.level.tooLittle']);
    const bar = compactSpectrum(level.shares ? spectrumPosition(level.shares) : null, style);
    out.push(
      flagged
        ? `  ${style.warn('!')} ${style.warn(style.bold(name))}  ${bar}  ${grades}`
        : `    ${name}  ${bar}  ${grades}`,
    );
    for (const f of level.flags) out.push(`      ${f.message} ${style.dim(`[${f.code}]`)}`);
  }
  return out;
}
