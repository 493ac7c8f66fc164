import { stripVTControlCharacters } from 'node:util';

/**
 * Characters a terminal draws two columns wide: East Asian wide and fullwidth ones (Hangul,
 * kana, CJK ideographs and punctuation, fullwidth forms) and pictographic emoji.
 */
const WIDE =
  /[\u1100-\u115F\u231A\u231B\u2329\u232A\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Characters a terminal draws in no column of their own: combining marks (Arabic vowel marks), format characters. */
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Whether a terminal draws `char` (one code point) two columns wide. */
export const isWide = (char: string): boolean => WIDE.test(char);

/**
 * How many columns `text` takes in a terminal, colour codes left out: two for each wide
 * character (Japanese, Chinese), none for a combining mark, one for anything else.
 * @example displayWidth('AIエンジニア') // 12
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripVTControlCharacters(text)) {
    if (char.charCodeAt(0) < 0x300) width += 1;
    else if (ZERO.test(char)) continue;
    else width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** `text` followed by spaces to `width` columns, as `padEnd` pads it for one-column characters. */
export const padEndTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Spaces then `text`, to `width` columns, as `padStart` pads it for one-column characters. */
export const padStartTo = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
