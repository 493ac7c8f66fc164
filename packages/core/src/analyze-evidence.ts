import { isNegated } from './analyze-negation.ts';
import type { Evidence } from './analyze-result.ts';
import { type CompiledLexicon, scanModeOf } from './compile-lexicon.ts';
import type { PostingLayout } from './posting-sections.ts';
import { SECTION_WEIGHT } from './posting-sections.ts';

// A negated phrase counts against its column at this fraction of its weight.
const NEGATED = -0.5;
// The k-th repeat of the same phrase counts DECAY^k, so one word cannot carry a posting.
const DECAY = 0.7;
const FLOOR = 0.2;

/** One phrase found in the text, with the lexicon entry it matched and what it counts per unit of weight. */
export type Hit = Omit<Evidence, 'weight'> & {
  entry: number;
  /** Section weight × repeat decay (negative when negated): the entry's weight is multiplied by it. */
  factor: number;
};

/**
 * Every lexicon phrase in the text, the longest phrase at each place, with the factor its section,
 * repeats and negation give it. Linear in the entries' weights, so a model can be fitted on it.
 */
export function findHits(text: string, layout: PostingLayout, compiled: CompiledLexicon): Hit[] {
  const { entries } = compiled;
  // Lower-case once and match without case folding, unless lower-casing changes the length
  // (a few letters, such as "İ", do): spans must point into the original text.
  const lower = text.toLowerCase();
  const mode = scanModeOf(text, lower);
  const folded = mode !== 'fold';
  const scan = folded ? lower : text;
  const regex = compiled.scanner(mode);
  const seen = new Map<string, number>();
  const out: Hit[] = [];
  let line = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(scan); m; m = regex.exec(scan)) {
    const start = m.index;
    // The alternation takes the first pattern that matches here; take the longest instead.
    // The scanner has one group per entry: the first that took part matched first.
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const found = compiled.longestAt(scan, start, mode, { entry: g - 1, length: m[0].length });
    const best = found.entry;
    const end = start + found.length;
    if (best < 0 || end === start) {
      regex.lastIndex = start + Math.max(1, m[0].length);
      continue;
    }
    regex.lastIndex = end;
    if (best >= compiled.neutralFrom) continue;
    while (line < layout.lines.length - 1 && (layout.lines[line]?.end ?? 0) < start) line++;
    const where = layout.lines[line];
    const kind = where?.kind ?? 'summary';
    const entry = entries[best] as (typeof entries)[number];
    const negated = isNegated(text, start, end);
    const phrase = text.slice(start, end);
    const said = folded ? scan.slice(start, end) : phrase.toLowerCase();
    const repeats = seen.get(said) ?? 0;
    // A list of what not to grade on names other columns on purpose: no evidence either way.
    const notGraded = where?.notGraded === true;
    if (!negated && !notGraded) seen.set(said, repeats + 1);
    const section = SECTION_WEIGHT[kind];
    out.push({
      entry: best,
      column: entry.column,
      phrase,
      start,
      end,
      factor: notGraded
        ? 0
        : negated
          ? NEGATED * section
          : section * Math.max(FLOOR, DECAY ** repeats),
      section: kind,
      negated,
      measure: where?.measure ?? false,
    });
  }
  return out;
}
