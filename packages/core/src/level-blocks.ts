import type { TextSpan } from './analyze-result.ts';

/** One level of a rubric or career ladder as the text lays it out: its name and its text. */
export type LevelBlock = {
  /** The level as the text names it: "Level 3 — Owns a line of work", "L4", "Senior". */
  name: string;
  /** The heading the level sits under ("Research engineer track"), or null. */
  ladder: string | null;
  /** Where the level's name is written. */
  label: TextSpan;
  /** The text that belongs to the level: one range under a heading, cells of a table column. */
  spans: TextSpan[];
};

// A level's label: numbered ("Level 3", "L4", "IC2", "E5", "Band 2") or a named rung. A named
// rung only counts as a heading or a table cell, never as a sentence that starts with "Senior".
const NUMBERED =
  /^(?:(?:level|lvl|grade|band|tier|step|rung)\s*[-–:#.]?\s*\d{1,2}|(?:l|ic|e|p|m|t|mts|swe|rs|re|ae)[-\s]?\d{1,2})(?![\d.%])\b/i;
const NAMED =
  /^(?:entry[- ]level|junior|associate|intermediate|mid(?:[- ]level)?|senior staff|senior|staff|principal|distinguished|fellow)\b/i;
const HEADING_MARK = /^\s*(#{1,6})\s+/;
const BOLD = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** An unmarked line this long or longer is a sentence, not a level's heading. */
const MAX_HEADING = 90;
/** A bold or unmarked level heading has this rank: below every `#` heading. */
const PLAIN_RANK = 7;

type Line = { start: number; end: number; raw: string };

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > from && text[stop - 1] === '\r' ? stop - 1 : stop;
    out.push({ start: from, end, raw: text.slice(from, end) });
    if (nl === -1) break;
    from = nl + 1;
  }
  return out;
}

/** Whether a short piece of text (a heading's words, a cell) names a level. */
function isLevelLabel(text: string, named: boolean): boolean {
  const clean = text.replace(/^[*_\s]+/, '');
  return NUMBERED.test(clean) || (named && NAMED.test(clean));
}

/** A `#` heading's rank and words, a bold line's, or null for a line that is no heading. */
function headingOf(raw: string): { rank: number; text: string; offset: number } | null {
  const mark = HEADING_MARK.exec(raw);
  if (mark?.[1]) {
    const text = raw.slice(mark[0].length).replace(/[#\s]+$/, '');
    return { rank: mark[1].length, text, offset: mark[0].length };
  }
  const bold = BOLD.exec(raw);
  if (bold?.[1]) return { rank: PLAIN_RANK, text: bold[1], offset: raw.indexOf(bold[1]) };
  return null;
}

/** A line that names a level on its own: a marked heading, or a short numbered line. */
function levelHeading(line: Line): { rank: number; name: TextSpan } | null {
  const heading = headingOf(line.raw);
  if (heading) {
    if (!isLevelLabel(heading.text, true)) return null;
    const start = line.start + heading.offset;
    return { rank: heading.rank, name: { start, end: start + heading.text.length } };
  }
  const trimmed = line.raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING || /[.!?;,]$/.test(trimmed)) return null;
  if (!isLevelLabel(trimmed, false)) return null;
  const start = line.start + line.raw.indexOf(trimmed);
  const words = trimmed.replace(/:$/, '');
  return { rank: PLAIN_RANK, name: { start, end: start + words.length } };
}

/** The cells of a table row, each with where its text is. */
function cellsOf(line: Line): TextSpan[] {
  const cells: TextSpan[] = [];
  const { raw } = line;
  let from = raw.indexOf('|') === raw.search(/\S/) ? raw.indexOf('|') + 1 : 0;
  while (from <= raw.length) {
    const bar = raw.indexOf('|', from);
    const stop = bar === -1 ? raw.length : bar;
    const piece = raw.slice(from, stop);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (bar !== -1 || text !== '') {
      cells.push({ start: line.start + from + lead, end: line.start + from + lead + text.length });
    }
    if (bar === -1) break;
    from = bar + 1;
  }
  return cells;
}

/** Levels laid out as a table: one per row (levels down the side) or column (levels across). */
function tableLevels(text: string, rows: Line[], ladder: string | null): LevelBlock[] {
  const [head, , ...body] = rows.map(cellsOf);
  if (!head || body.length === 0) return [];
  const words = (span: TextSpan) => text.slice(span.start, span.end);
  const down = body.filter((cells) => cells[0] && isLevelLabel(words(cells[0]), true));
  if (down.length >= 2) {
    return body.flatMap((cells, i) => {
      const first = cells[0];
      const row = rows[i + 2];
      if (!first || !row || !isLevelLabel(words(first), true)) return [];
      return [
        { name: words(first), ladder, label: first, spans: [{ start: row.start, end: row.end }] },
      ];
    });
  }
  const across = head.slice(1).filter((cell) => isLevelLabel(words(cell), true));
  if (across.length < 2) return [];
  return head.flatMap((cell, column) => {
    if (column === 0 || !isLevelLabel(words(cell), true)) return [];
    const spans = body.flatMap((cells) => (cells[column] ? [cells[column]] : []));
    return [{ name: words(cell), ladder, label: cell, spans }];
  });
}

/**
 * The levels of a rubric or career ladder: headings that name a level ("### Level 2 — …",
 * "**L4**", "IC3: Senior") with the text under each up to the next level or a heading above it,
 * and Markdown tables with a level per row or per column. Fewer than two levels is no ladder: an
 * empty list, so a posting titled "Senior Research Engineer" has none.
 * @example levelBlocks('## L1\nShips fixes.\n## L2\nOwns a service.').map((l) => l.name) // ['L1', 'L2']
 */
export function levelBlocks(text: string): LevelBlock[] {
  const lines = linesOf(text);
  const levels: LevelBlock[] = [];
  // The `#` headings seen so far, nearest last, to name each level's ladder.
  const outline: { rank: number; text: string }[] = [];
  const ladderAbove = (rank: number) => {
    for (let i = outline.length - 1; i >= 0; i--) {
      const h = outline[i];
      if (h && h.rank < rank) return h.text;
    }
    return null;
  };
  let open: { block: LevelBlock; until: number } | null = null;
  const close = (end: number) => {
    if (!open) return;
    const span = open.block.spans[0];
    if (span) span.end = Math.max(span.start, end);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.raw.includes('|') && TABLE_RULE.test(lines[i + 1]?.raw ?? '')) {
      let last = i + 2;
      while (last < lines.length && (lines[last]?.raw ?? '').includes('|')) last++;
      const table = tableLevels(text, lines.slice(i, last), ladderAbove(PLAIN_RANK + 1));
      if (table.length > 0) {
        close(line.start);
        levels.push(...table);
        i = last - 1;
        continue;
      }
    }
    const level = levelHeading(line);
    if (level) {
      close(line.start);
      const ladder = ladderAbove(level.rank);
      const block = {
        name: text.slice(level.name.start, level.name.end).trim(),
        ladder,
        label: level.name,
        spans: [{ start: line.start, end: text.length }],
      };
      levels.push(block);
      // A `#` level ends at a heading of its rank or above; a bold one at its ladder's rank.
      const above = outline.findLast((h) => h.rank < level.rank)?.rank ?? PLAIN_RANK - 1;
      open = { block, until: level.rank < PLAIN_RANK ? level.rank : above };
      continue;
    }
    const heading = HEADING_MARK.test(line.raw) ? headingOf(line.raw) : null;
    if (heading) {
      if (open && heading.rank <= open.until) close(line.start);
      while ((outline.at(-1)?.rank ?? 0) >= heading.rank) outline.pop();
      outline.push({ rank: heading.rank, text: heading.text });
    } else if (open && RULE.test(line.raw)) {
      close(line.start);
    }
  }
  close(text.length);
  return levels.length >= 2 ? levels : [];
}
