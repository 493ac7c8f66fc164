import type { Evidence, Suggestion } from '@rolefit/core';
import { lineAt } from './line-at.ts';
import type { Messages } from './messages/en.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** The suggested rewrites of an analysis, each once (phrases of one sentence share one), in text order. */
export function suggestionsOf(evidence: readonly Evidence[]): Suggestion[] {
  const byPlace = new Map<string, Suggestion>();
  for (const { suggestion: s } of evidence) {
    if (s && !byPlace.has(`${s.start}:${s.end}`)) byPlace.set(`${s.start}:${s.end}`, s);
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start);
}

/**
 * "Instead of … write …" for each suggested rewrite, with its line, then the command line that
 * prints the whole text with them applied (`apply`). Nothing when there is no suggestion.
 */
export function suggestionLines(
  evidence: readonly Evidence[],
  text: string,
  style: TerminalStyle,
  t: Messages,
  apply: string,
): string[] {
  const suggestions = suggestionsOf(evidence);
  if (suggestions.length === 0) return [];
  const out = ['', style.bold(t['analysis.suggestions'](suggestions.length))];
  suggestions.forEach((s, i) => {
    const instead = text.slice(s.start, s.end).replace(/\s+/g, ' ');
    out.push(`  ${i + 1}. ${t['analysis.suggestion'](lineAt(text, s.start), instead, s.text)}`);
  });
  out.push(`  ${style.dim(t['analysis.suggestions.apply'](apply))}`);
  return out;
}
