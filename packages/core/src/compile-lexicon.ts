import { type LexiconEntry, NEUTRAL_PHRASES } from './analyze-lexicon.ts';

/** A compiled lexicon: one alternation to find candidates, one sticky pattern per entry. */
export type CompiledLexicon = {
  /** Entries at this index or above are neutral phrases: matched, then dropped. */
  neutralFrom: number;
  regex: RegExp;
  sticky: readonly RegExp[];
  /** The candidate scanner for a reading mode (see `ScanMode`). */
  scanner: (mode: ScanMode) => RegExp;
  entries: readonly LexiconEntry[];
  /** For a lower-case first character, the entries that can start with it (always ascending). */
  startingWith: (char: string) => readonly number[];
  /**
   * The entry with the longest match at `start` (-1 for none) and the match's length, in a
   * text read in `mode`.
   */
  longestAt: (
    text: string,
    start: number,
    mode: ScanMode,
    first?: FirstMatch,
  ) => { entry: number; length: number };
};

/** An entry already known to match at a place (from the scanner), and its match's length. */
export type FirstMatch = { entry: number; length: number };

/**
 * How a text is matched: `fold`, case-insensitively (the text as given); `lower`, a lower-cased
 * text, without case folding; `ascii`, a lower-cased text with no letter or digit outside ASCII,
 * where word edges need no Unicode classes. Each is faster than the one before, same matches.
 */
export type ScanMode = 'fold' | 'lower' | 'ascii';

// Lookarounds instead of \\b so that "a/b" and "ci/cd" work, and letters of any script count.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';
const EDGES: Readonly<Record<ScanMode, { before: string; after: string; flags: string }>> = {
  fold: { before: BEFORE, after: AFTER, flags: 'iu' },
  lower: { before: BEFORE, after: AFTER, flags: 'u' },
  ascii: { before: '(?<![a-z0-9_])', after: '(?![a-z0-9_])', flags: '' },
};

/** The mode a text can be read in, given its lower-cased form. */
export function scanModeOf(text: string, lower: string): ScanMode {
  if (lower.length !== text.length) return 'fold';
  // Letters and digits beyond ASCII would need the Unicode word edges.
  return /(?!\p{ASCII})[\p{L}\p{N}]/u.test(lower) ? 'lower' : 'ascii';
}

/** The index just past the group or class that opens at `i`. */
function skipAtom(src: string, i: number): number {
  if (src[i] === '\\') return i + 2;
  if (src[i] === '[') return src.indexOf(']', i + 1) + 1;
  if (src[i] !== '(') return i + 1;
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') j = src.indexOf(']', j);
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j + 1;
  }
  return src.length;
}

function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i = skipAtom(src, i)) {
    if (src[i] === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The characters a pattern can start with, lower-cased; null when it could start with anything. */
export function firstChars(src: string): Set<string> | null {
  const all = new Set<string>();
  for (const alt of alternatives(src)) {
    const first = firstOfSequence(alt);
    if (!first) return null;
    for (const c of first) all.add(c);
  }
  return all;
}

function firstOfSequence(seq: string): Set<string> | null {
  if (seq === '') return null;
  const end = skipAtom(seq, 0);
  const atom = seq.slice(0, end);
  let first: Set<string> | null;
  if (atom.startsWith('(')) first = firstChars(atom.slice(atom.startsWith('(?:') ? 3 : 1, -1));
  else if (atom.startsWith('[')) {
    const body = atom.slice(1, -1);
    first = /^\^|.-./.test(body) || body.includes('\\') ? null : new Set(body.toLowerCase());
  } else if (atom.startsWith('\\')) first = /[a-z]/i.test(atom[1] ?? '') ? null : new Set(atom[1]);
  else first = new Set(atom.toLowerCase());
  const quantifier = seq[end];
  if (quantifier !== '?' && quantifier !== '*') return first;
  const rest = firstOfSequence(seq.slice(end + 1));
  return first && rest ? new Set([...first, ...rest]) : null;
}

/**
 * Compile a lexicon: the alternation finds where a phrase starts, then the entries that can start
 * with that character are tried there and the longest match wins ("research engineer" over
 * "research").
 */
export function compileLexicon(lexicon: readonly LexiconEntry[]): CompiledLexicon {
  const entries: LexiconEntry[] = [
    ...lexicon,
    ...NEUTRAL_PHRASES.map((pattern) => ({ column: 'rnd' as const, pattern, weight: 0 })),
  ];
  const source = entries.map((e) => `(?:${e.pattern})`).join('|');
  const anywhere: number[] = [];
  const byChar = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const first = firstChars(e.pattern);
    if (!first) anywhere.push(i);
    else for (const c of first) byChar.set(c, [...(byChar.get(c) ?? []), i]);
  });
  const merged = new Map<string, readonly number[]>();
  for (const [c, list] of byChar)
    merged.set(
      c,
      [...list, ...anywhere].sort((a, b) => a - b),
    );
  const startingWith = (char: string) => merged.get(char) ?? anywhere;
  // One sticky alternation per first character and per position in its entry list, built when
  // first needed: an exec finds the first entry from there that matches, so the longest of them
  // takes a couple of execs instead of one per entry.
  const tails = new Map<string, RegExp>();
  const tail = (char: string, from: number, mode: ScanMode): RegExp => {
    const key = `${mode}${from}:${char}`;
    let re = tails.get(key);
    if (!re) {
      const list = startingWith(char).slice(from);
      const body = list.map((i) => `(${(entries[i] as LexiconEntry).pattern})`).join('|');
      re = new RegExp(`(?:${body})${EDGES[mode].after}`, `${EDGES[mode].flags}y`);
      tails.set(key, re);
    }
    return re;
  };
  const scanners = new Map<ScanMode, RegExp>();
  const scanner = (mode: ScanMode) => {
    let re = scanners.get(mode);
    if (!re) {
      const { before, after, flags } = EDGES[mode];
      // One group per entry, so a match says which entry matched first.
      const groups = entries.map((e) => `(${e.pattern})`).join('|');
      re = new RegExp(`${before}(?:${groups})${after}`, `g${flags}`);
      scanners.set(mode, re);
    }
    return re;
  };
  const longestAt = (text: string, start: number, mode: ScanMode, first?: FirstMatch) => {
    const char = text.charAt(start).toLowerCase();
    const list = startingWith(char);
    let entry = first?.entry ?? -1;
    let length = first?.length ?? 0;
    // After a first match the search goes on with the entries listed after it.
    // (An entry not in the list, which the prefilter test rules out, means a full search.)
    for (let from = first ? list.indexOf(first.entry) + 1 : 0; from < list.length; ) {
      const re = tail(char, from, mode);
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) break;
      // The first group that took part is the entry that matched.
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const at = from + g - 1;
      if (m[0].length > length) {
        entry = list[at] as number;
        length = m[0].length;
      }
      from = at + 1;
    }
    return { entry, length };
  };
  return {
    neutralFrom: lexicon.length,
    regex: new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'giu'),
    sticky: entries.map((e) => new RegExp(`(?:${e.pattern})${AFTER}`, 'iuy')),
    scanner,
    entries,
    startingWith,
    longestAt,
  };
}
