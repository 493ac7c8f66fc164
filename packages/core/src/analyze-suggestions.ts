import type { Evidence, TextSpan } from './analyze-result.ts';
import type { Column } from './ids.ts';

// What to measure instead, by the column the text should grade and what the wrong phrase was
// about. Data, like the phrase lexicon: the analyzer reads English, so what it writes back into
// the text is English whatever language the page is in.

/** What a wrong-column phrase is about: the first family whose pattern matches it. */
const FAMILIES: readonly (readonly [Column, string, RegExp])[] = [
  [
    'product',
    'reliability',
    /uptime|availab|latency|\bsla|\bslo|on-?call|incident|reliab|error|p9\d|throughput/,
  ],
  ['product', 'cost', /cost|spend|budget|efficien/],
  [
    'product',
    'business',
    /revenue|conversion|retention|kpi|engagement|growth|customer|user|adoption|business|a\/b/,
  ],
  ['product', 'shipping', /ship|launch|release|deliver|feature|roadmap|sprint|deadline|production/],
  [
    'research',
    'papers',
    /paper|publica|publish|citation|h-index|conference|venue|journal|author|arxiv|neurips|icml|iclr/,
  ],
  [
    'research',
    'novelty',
    /novel|breakthrough|state[- ]of[- ]the[- ]art|invent|patent|original|new method|discover/,
  ],
  ['research', 'horizon', /year|long[- ]term|horizon/],
  ['rnd', 'velocity', /velocity|iteration|turnaround|experiment/],
  ['rnd', 'reproducibility', /reproduc/],
  ['rnd', 'infrastructure', /infra|cluster|pipeline|training|scale|distributed|gpu/],
];

/** Replacements by the column to grade, then by family; `*` for a column's phrase of no family. */
const INSTEAD: Readonly<Record<Column, Readonly<Record<string, string>>>> = {
  research: {
    reliability: 'scientific rigour: results reproduced, with their caveats stated',
    cost: 'what each study taught about the research question, for the compute it used',
    business: 'research questions answered and novel methods others take up',
    shipping: 'findings published when the research is ready, not on a release date',
    velocity: 'the research questions each study settled, negative results included',
    reproducibility: 'scientific rigour: findings other researchers can check against prior work',
    infrastructure: 'the research questions answered and the novel methods found',
    'product*': 'research questions answered and novel methods others take up',
    'rnd*': 'novel results and the open questions they settle',
  },
  rnd: {
    reliability: 'experiment turnaround the team can rely on, with reproducible training runs',
    cost: 'compute per experiment and how fast training runs come back',
    business: 'research results turned into training code and eval suites others build on',
    shipping: 'methods carried from prototype to full-size training runs',
    papers: 'research ideas turned into reproducible training runs the team builds on',
    novelty: 'experiment velocity: how fast a new idea gets a reproducible test',
    horizon: 'experiment velocity, from idea to reproducible result',
    'product*': 'experiment velocity and reproducible training runs',
    'research*': 'experiment velocity and reproducible training runs',
  },
  product: {
    papers: 'features shipped to users and what they changed',
    novelty: 'user problems solved in production with proven methods',
    horizon: 'a steady pace of releases, quarter after quarter',
    velocity: 'release cadence and the user metrics it moves',
    reproducibility: 'uptime, latency and cost per request in production',
    infrastructure: 'the reliability and cost of the serving path',
    'research*': 'features shipped to users and their measured effect',
    'rnd*': 'reliability, latency and cost in production',
  },
};

/** A rewrite of part of the text: replace `start`–`end` with `text`. */
export type Suggestion = TextSpan & { text: string };

/** What to measure instead of one wrong-column phrase, for a role graded on `intended`. */
export function replacementFor(phrase: string, from: Column, intended: Column): string | null {
  const said = phrase.toLowerCase();
  const family = FAMILIES.find(([column, , pattern]) => column === from && pattern.test(said));
  const table = INSTEAD[intended];
  return (family && table[family[1]]) ?? table[`${from}*`] ?? null;
}

// A sentence ends at . ; ! ?, a line break or a table cell's bar; a clause also at a comma.
const SENTENCE_STOP = /[.;!?\n|]/g;
const CLAUSE_STOP = /[.,;:!?\n|()]|\s[—–-]\s/g;
// What may open a sentence before its words: space, a bullet, a number, bold marks.
const OPENING = /^(?:\s|[-*+•·▪◦‣–—]|\d+[.)]|\*\*|__)*/;
// A lead-in that says what follows is a measure: kept, and only the measures are rewritten.
const LEAD_IN =
  /(?:(?:measured|judged|graded|evaluated|assessed|reviewed|rewarded|scored) (?:on|by|against)|success (?:is|looks like|means)|accountable for|targets?(?: of| for)?|kpis?|metrics?|:)\s*$/i;

function nextStop(text: string, from: number, pattern: RegExp, limit: number): number {
  pattern.lastIndex = from;
  const hit = pattern.exec(text);
  return Math.min(hit ? hit.index : text.length, limit);
}

/**
 * Where the sentence holding `at` starts (after the last stop before it and any opening marks),
 * and whether it starts one in its own right (after a line break, a full stop or a cell's bar)
 * rather than a clause after a semicolon.
 */
function sentenceStart(text: string, at: number): { start: number; capital: boolean } {
  let i = at;
  while (i > 0 && !/[.;!?\n|]/.test(text[i - 1] as string)) i--;
  const opening = OPENING.exec(text.slice(i, at));
  return { start: i + (opening ? opening[0].length : 0), capital: i === 0 || text[i - 1] !== ';' };
}

/**
 * Suggestions for wrong-column phrases (`wrong`, evidence of `text`), toward the column the text
 * should grade (`intended`). The phrases of one sentence are rewritten together, by what its
 * heaviest phrase was about: after a lead-in ("Measured on …") the measures from the first to
 * the end of the last one's clause ("uptime of the training cluster" → "experiment turnaround
 * the team can rely on"); a sentence that is itself the wrong criterion ("Ships features
 * weekly") becomes "Graded on …" the right one.
 */
export function suggestionsFor(
  text: string,
  wrong: readonly Evidence[],
  intended: Column,
): Map<Evidence, Suggestion> {
  const out = new Map<Evidence, Suggestion>();
  const sorted = [...wrong].sort((a, b) => a.start - b.start);
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as Evidence;
    const sentenceEnd = nextStop(text, first.end, SENTENCE_STOP, text.length);
    const group: Evidence[] = [];
    while (i < sorted.length && (sorted[i] as Evidence).start < sentenceEnd) {
      group.push(sorted[i] as Evidence);
      i++;
    }
    const heaviest = [...group].sort((a, b) => b.weight - a.weight || a.start - b.start);
    const instead = heaviest
      .map((e) => replacementFor(e.phrase, e.column, intended))
      .find((r) => r !== null);
    if (!instead) continue;
    const { start: from, capital } = sentenceStart(text, first.start);
    const last = group.at(-1) as Evidence;
    const suggestion = LEAD_IN.test(text.slice(from, first.start))
      ? {
          start: first.start,
          end: nextStop(text, last.end, CLAUSE_STOP, sentenceEnd),
          text: instead,
        }
      : {
          start: from,
          end: sentenceEnd,
          text: graded(instead, capital),
        };
    // Never end a replacement in the middle of trailing space.
    while (suggestion.end > suggestion.start && /\s/.test(text[suggestion.end - 1] as string)) {
      suggestion.end--;
    }
    for (const e of group) out.set(e, suggestion);
  }
  return out;
}

/** "Graded on …", capitalised where a sentence starts. */
const graded = (instead: string, capital: boolean) =>
  `${capital ? 'Graded' : 'graded'} on ${instead}`;

/**
 * The distinct rewrites of a text's evidence, in text order: the phrases of one sentence share
 * one, so it appears once.
 * @example uniqueSuggestions(analysis.evidence).length // how many rewrites to show
 */
export function uniqueSuggestions(
  evidence: readonly { suggestion?: Suggestion | undefined }[],
): Suggestion[] {
  const byPlace = new Map<string, Suggestion>();
  for (const { suggestion: s } of evidence) {
    if (s && !byPlace.has(`${s.start}:${s.end}`)) byPlace.set(`${s.start}:${s.end}`, s);
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start);
}

/**
 * The text with every suggestion of its evidence applied (each once), for a user to copy.
 * @example rewriteText(text, analysis.evidence)
 */
export function rewriteText(
  text: string,
  evidence: readonly { suggestion?: Suggestion | undefined }[],
): string {
  let out = text;
  let floor = Number.POSITIVE_INFINITY;
  // From the end, so earlier offsets stay right; an edit that overlaps a later one is skipped.
  for (const s of uniqueSuggestions(evidence).reverse()) {
    if (s.end > floor) continue;
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    floor = s.start;
  }
  return out;
}
