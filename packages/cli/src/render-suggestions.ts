import { type Evidence, uniqueSuggestions } from '@rolefit/core';
import { lineAt } from './line-at.ts';
import type { Messages } from './messages/en.ts';
import type { TerminalStyle } from './terminal-style.ts';

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
  const suggestions = uniqueSuggestions(evidence);
  if (suggestions.length === 0) return [];
  const out = ['', style.bold(t['analysis.suggestions'](suggestions.length))];
  suggestions.forEach((s, i) => {
    const instead = text.slice(s.start, s.end).replace(/\s+/g, ' ');
    out.push(`  ${i + 1}. ${t['analysis.suggestion'](lineAt(text, s.start), instead, s.text)}`);
  });
  out.push(`  ${style.dim(t['analysis.suggestions.apply'](apply))}`);
  return out;
}
