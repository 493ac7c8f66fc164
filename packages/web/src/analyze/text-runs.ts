import type { AnalysisSection, Evidence } from '@rolefit/core';

/** A stretch of the text with one look: inside at most one section and one piece of evidence. */
export type TextRun = {
  start: number;
  end: number;
  /** Index into the sections, or null for text outside every section. */
  section: number | null;
  /** Index into the evidence, or null for plain text. */
  evidence: number | null;
  /** False past the analyzer's limit, where nothing was read. */
  read: boolean;
  /** Index into the levels, or null for text outside every level of a rubric or ladder. */
  level: number | null;
};

type Span = { start: number; end: number };
/** A rubric's or ladder's level as the runs need it: the text that belongs to it. */
type LevelSpans = { spans: readonly Span[] };

/** The index of the span covering `at` in spans sorted by start, moving `from` forward only. */
function cover(spans: readonly Span[], order: readonly number[], at: number, from: { i: number }) {
  while (from.i < order.length && (spans[order[from.i] as number] as Span).end <= at) from.i++;
  const index = order[from.i];
  if (index === undefined) return null;
  const span = spans[index] as Span;
  return span.start <= at && at < span.end ? index : null;
}

/**
 * Evidence in drawing order: by start, the longer of two spans first (a title before the words
 * inside it), then as listed.
 */
const drawingOrder = (spans: readonly Span[]) =>
  spans
    .map((_, i) => i)
    .filter((i) => (spans[i] as Span).end > (spans[i] as Span).start)
    .sort((a, b) => {
      const [x, y] = [spans[a] as Span, spans[b] as Span];
      return x.start - y.start || y.end - x.end || a - b;
    });

/**
 * Cut the text into runs at every section boundary and at the edges of the evidence as drawn, so
 * a view can draw it with plain text nodes and marks and never parse it. Spans outside the text
 * are clipped; a span overlapping an earlier one is drawn only where it does not overlap, and a
 * span inside an earlier one (a word of a marked title) is not drawn and does not cut it.
 * `levels` (a ladder's) cut the text too, except inside a drawn phrase, which stays one mark.
 * @example textRuns('ship it', [{ start: 0, end: 4, … }], [], 7) // two runs: 'ship', ' it'
 */
export function textRuns(
  text: string,
  evidence: readonly Evidence[],
  sections: readonly AnalysisSection[],
  readChars: number = text.length,
  levels: readonly LevelSpans[] = [],
): TextRun[] {
  const length = text.length;
  const clip = (x: number) => Math.min(length, Math.max(0, x));
  const cuts = new Set([0, length, clip(readChars)]);
  for (const s of sections) cuts.add(clip(s.start)).add(clip(s.end));
  const evidenceOrder = drawingOrder(evidence);
  let reach = 0;
  const drawn: Span[] = [];
  for (const i of evidenceOrder) {
    const e = evidence[i] as Span;
    // Only the part past what earlier evidence already covers is drawn, so only it cuts.
    if (e.end > reach) {
      drawn.push({ start: Math.max(e.start, reach), end: e.end });
      cuts.add(clip(Math.max(e.start, reach))).add(clip(e.end));
    }
    reach = Math.max(reach, e.end);
  }
  const levelSpans = levels.flatMap((l, level) =>
    l.spans.map((s) => ({ start: s.start, end: s.end, level })),
  );
  for (const s of levelSpans) {
    for (const at of [s.start, s.end])
      if (!drawn.some((d) => d.start < at && at < d.end)) cuts.add(clip(at));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sectionOrder = drawingOrder(sections);
  const levelOrder = drawingOrder(levelSpans);
  const atEvidence = { i: 0 };
  const atSection = { i: 0 };
  const atLevel = { i: 0 };
  const runs: TextRun[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const level = cover(levelSpans, levelOrder, start, atLevel);
    runs.push({
      start,
      end,
      section: cover(sections, sectionOrder, start, atSection),
      evidence: cover(evidence, evidenceOrder, start, atEvidence),
      read: start < readChars,
      level: level === null ? null : (levelSpans[level]?.level ?? null),
    });
  }
  return runs;
}
