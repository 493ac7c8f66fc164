import { stripVTControlCharacters } from 'node:util';
import { displayWidth, isWide } from './display-width.ts';

const visible = displayWidth;

/** Punctuation a line must not start with (kinsoku): closing marks, and the Japanese long vowel. */
const NO_START = new Set('、。，．,.）」』】〕〉》！？：；・ー…‥％)]}!?:;'.split(''));
/** Punctuation a line must not end with: opening marks. */
const NO_END = new Set('（「『【〔〈《([{'.split(''));

/**
 * A word cut where a line may break inside it: next to a wide character, as Japanese and Chinese
 * text breaks between characters rather than at spaces, but never before closing punctuation or
 * after opening punctuation. A word with no wide character stays whole; colour codes, which hold
 * none, are never cut.
 */
function pieces(word: string): string[] {
  const chars = [...word];
  if (!chars.some(isWide)) return [word];
  const out: string[] = [];
  let piece = '';
  chars.forEach((char, i) => {
    const before = chars[i - 1];
    const breaks =
      before !== undefined &&
      (isWide(before) || isWide(char)) &&
      !NO_START.has(char) &&
      !NO_END.has(before);
    if (breaks && piece !== '') {
      out.push(piece);
      piece = '';
    }
    piece += char;
  });
  if (piece !== '') out.push(piece);
  return out;
}

/** One line wrapped at spaces (and between wide characters), continuing under its text. */
function wrapLine(line: string, width: number): string {
  if (visible(line) <= width) return line;
  // The text starts after the indentation and a bullet ("  + ", "  2. "), or after a label
  // ("Titling   "); in an indented row of columns (a table, a level), under its last column.
  const plain = stripVTControlCharacters(line);
  const lead =
    /^\s+\S.*\S {2,}(?=\S)/.exec(plain)?.[0] ??
    /^(\S+ {2,}|\s*(?:(?:[+\-!]|\d+\.) )?)/.exec(plain)?.[0] ??
    '';
  const leadWidth = visible(lead);
  const indent = ' '.repeat(Math.min(leadWidth, Math.floor(width / 2)));
  // Where the lead ends in the raw line, skipping colour codes.
  let at = 0;
  while (visible(line.slice(0, at)) < leadWidth && at < line.length) at++;
  // Each piece with what joins it to the one before: a space between words, nothing inside one.
  const parts = line
    .slice(at)
    .split(' ')
    .flatMap((word, w) => pieces(word).map((text, p) => ({ text, space: w > 0 && p === 0 })));
  const [first, ...rest] = parts;
  const rows: string[] = [];
  let row = line.slice(0, at) + (first?.text ?? '');
  for (const part of rest) {
    const glue = part.space ? ' ' : '';
    if (visible(row) + glue.length + visible(part.text) > width) {
      rows.push(row);
      row = indent + part.text;
    } else {
      row = `${row}${glue}${part.text}`;
    }
  }
  rows.push(row);
  return rows.join('\n');
}

/**
 * Wrap text to `width` columns for a terminal, each line continuing under its own text. Colour
 * codes are not counted, a wide character counts two columns; below `least` columns (40: what a
 * result's label columns need) the text is left as it is.
 */
export function wrapLines(text: string, width: number, least = 40): string {
  if (!(width >= Math.max(1, least))) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}
