import type { AnalysisSection, SectionKind } from './analyze-result.ts';

/** How much evidence counts in each kind of section: boilerplate nothing, nice-to-haves little. */
export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = {
  title: 0,
  summary: 1,
  responsibilities: 1.2,
  requirements: 0.9,
  'nice-to-have': 0.4,
  metrics: 1,
  company: 0.3,
  benefits: 0,
  legal: 0,
};

// Checked in this order, so "about the role" is the work and "about Acme" the company.
const HEADINGS: [SectionKind, RegExp][] = [
  [
    'legal',
    /equal (employment )?opportunit|\beeo\b|accommodation|privacy|disclaimer|diversity|inclusion|e-verify|pay transparency|\bfraud|scam/,
  ],
  [
    'benefits',
    /benefits|perks|what we offer|we offer|compensation|salary|\bpay\b|total rewards|why you('ll| will)? love|^location|how to apply|application|interview|hiring process|logistics|visa|relocation/,
  ],
  [
    'metrics',
    /how (you('ll| will| are)|we('ll| will)?|this role (is|will be)) (be )?(measure|evaluat|assess|review|judg|grad)|success (looks like|metrics|measures|criteria|in this role)|what success|measures? of success|how success|performance (review|criteria|expectations|rubric)|evaluation criteria|review criteria|grading|rubric|criteria|\bkpis?\b|\bokrs?\b|metrics|scorecard|ratings?\b|expectations/,
  ],
  [
    'nice-to-have',
    /nice[- ]to[- ]haves?|preferred|bonus|pluses|\bplus\b|desirable|good to have|extra credit|even better|ideal(ly)?\b|would be great|stand out|not required/,
  ],
  [
    'requirements',
    /requirements|qualifications|what you('ll| will)? (bring|need|have)|looking for|who you are|about you|you (have|bring|might be|may be)|must[- ]haves?|minimum|basic|skills|you should|good fit|is this you|your background|experience/,
  ],
  [
    'responsibilities',
    /responsibilit|what you('ll| will) (do|work on|own|build|be doing)|the role|your role|this role|the job|the work|in this role|day[- ]to[- ]day|duties|key tasks|scope|the position|about the (role|position|job|team|opportunity)|the team|you will|projects|overview|summary|the opportunity|what you('ll| will) achieve/,
  ],
  [
    'company',
    /about (us|the company)|^about\b|who we are|our (mission|story|values|company)|why (join|work)|life at|company/,
  ],
];

/** Inline headings of these kinds describe their own line only. */
const LINE_LABELS: ReadonlySet<SectionKind> = new Set(['benefits', 'company', 'legal']);

/** A bare "Location" or "Contract" line is a label for the line after it, not a section. */
const LABEL_HEADING =
  /^(?:locations?|contract|job type|employment type|work(?:place)? type|remote|department)\s*:?$/i;

const BULLET = /^\s*(?:[-*+•·▪◦‣–—]|\d+[.)])\s/;
const MARKED = /^\s*(?:#{1,6}\s+|\*\*|__)/;
const LINE_LEGAL =
  /equal opportunity|without regard to|reasonable accommodation|salary range|base salary|compensation range|pay range|401\(?k\)?|health insurance|dental|paid time off|parental leave|visa sponsorship|e-verify|pay transparency|stock options|equity package|are encouraged to apply|protected (veteran|characteristic)/i;
const LINE_NICE =
  /\b(is a plus|are a plus|a big plus|nice to have|nice-to-have|bonus points?|is a bonus|preferred|ideally|desirable|not required,? but|would be great)\b/i;
const LINE_MEASURE =
  /\b(measured (on|by|against)|evaluated (on|by|against)|judged (on|by)|graded (on|by)|assessed (on|by)|reviewed (on|by|against)|success (is|will be) (measured|defined|judged)|success looks like|held accountable for|accountable for (hitting|meeting)|targets? (of|for)|performance (reviews?|ratings?) (are|is|will be)|promotion (criteria|is based)|scored on)\b/i;
const COMPANY_INTRO =
  /^\s*(?:at \S+,? we|we('re| are) (a|an|the)\b|founded in|our mission|join us\b|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3} (is|was|builds|has been) (a|an|the|building|on a mission)\b)/;

const LINE_LEGAL_G = new RegExp(LINE_LEGAL.source, 'g');
const LINE_NICE_G = new RegExp(LINE_NICE.source, 'g');
const LINE_MEASURE_G = new RegExp(LINE_MEASURE.source, 'g');

/** For each line, whether a global pattern matches inside it (matches never cross a line). */
function linesMatching(
  pattern: RegExp,
  lower: string,
  bounds: readonly { start: number; end: number }[],
): boolean[] {
  const hit = new Array<boolean>(bounds.length).fill(false);
  let line = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    while (line < bounds.length - 1 && (bounds[line]?.end ?? 0) < m.index) line++;
    hit[line] = true;
    // Nothing more to learn on this line: go on from the next one.
    const next = bounds[line + 1];
    if (!next) break;
    pattern.lastIndex = Math.max(pattern.lastIndex, next.start);
  }
  return hit;
}

/** One line of the text with the kind of section it counts in. */
export type PostingLine = {
  start: number;
  end: number;
  kind: SectionKind;
  /** True when the line says how the role is measured. */
  measure: boolean;
  /**
   * True when the line lists what the role is not graded on (under "Do not grade on" or after
   * "Not measured on:"): it names other columns on purpose, so its phrases count for nothing.
   */
  notGraded: boolean;
};

/** The sections of a posting and every line's effective kind. */
export type PostingLayout = {
  title: { text: string; start: number; end: number } | null;
  sections: AnalysisSection[];
  lines: PostingLine[];
  rubric: boolean;
};

// A heading over a list of what not to grade on: "Do not grade on", "What not to measure",
// "Not evaluated on:". Cheap first test, then the heading's words.
const NOT_GRADED_LEAD = /^[\s#*_]*(?:what|do|don't|never|not)\b/i;
const NOT_GRADED =
  /^(?:(?:what )?(?:not to|we do not|we don't|do not|don't|never) (?:grade|measure|judge|assess|evaluate|review|reward)|not (?:graded|measured|judged|assessed|evaluated|reviewed|rewarded) (?:on|by))\b/;
// Unmarked, without a colon, a line is such a heading only when it holds nothing else.
const NOT_GRADED_BARE =
  /^(?:what )?(?:not to|we do not|we don't|do not|don't|never) (?:grade|measure|judge|assess|evaluate|review|reward)(?: (?:people|them|the role|this role))?(?: on| by)?(?: at this level| here)?$/;

/**
 * Whether a line opens a list of what not to grade on ('block': the lines after it, up to the
 * next heading or blank line) or is one such line itself ('line': "Not measured on: uptime").
 */
function notGradedHeading(raw: string): 'block' | 'line' | null {
  if (!NOT_GRADED_LEAD.test(raw)) return null;
  const marked = MARKED.test(raw);
  if (BULLET.test(raw) && !marked) return null;
  const text = raw
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/[*_]{2}/g, '')
    .trim()
    .toLowerCase();
  if (!NOT_GRADED.test(text)) return null;
  const colon = text.indexOf(':');
  if (colon > 0 && colon < text.length - 1) return colon <= 48 ? 'line' : null;
  const heading = text.replace(/:$/, '');
  if (/[.!?]$/.test(heading) || heading.split(/\s+/).length > 8) return null;
  return marked || text.endsWith(':') || NOT_GRADED_BARE.test(heading) ? 'block' : null;
}

const TITLE_NOUN =
  /\b(scientists?|engineers?|researchers?|developers?|staff|lead|architect|intern|specialist|fellow|rubric|review|scorecard|manager|mts)\b/i;
const ROLE_NOUN = /\b(scientist|engineer|researcher|developer|staff)\b/i;
const TITLE_PREFIX = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:job title|title|position|role)\s*:\s*/i;
const RUBRIC =
  /\b(rubric|performance review|review criteria|evaluation criteria|scorecard|promotion criteria|review template|calibration)\b/i;

function headingKind(raw: string): { kind: SectionKind; inline: boolean } | null {
  // A long line is a heading only when it opens with "Heading: …"; most lines stop here.
  if (raw.length > 100) {
    const colon = raw.indexOf(':');
    if (colon < 0 || colon > 48) return null;
  }
  const marked = MARKED.test(raw);
  if (BULLET.test(raw) && !marked) return null;
  let text = raw
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/[*_]{2}/g, '')
    .trim();
  let inline = false;
  const colon = text.indexOf(':');
  if (colon > 0 && colon < text.length - 1) {
    if (colon > 40) return null;
    text = text.slice(0, colon);
    inline = true;
  }
  const endsWithColon = text.endsWith(':');
  text = text.replace(/:$/, '').trim().toLowerCase();
  if (text.length === 0 || text.length > 60 || /[.!?]$/.test(text)) return null;
  const words = text.split(/\s+/).length;
  if (words > 8) return null;
  // A short unmarked line only counts as a heading when it opens with the heading's words.
  const loose = !marked && !endsWithColon && !inline;
  if (loose && words > 5) return null;
  for (const [kind, pattern] of HEADINGS) {
    const m = pattern.exec(text);
    if (m && (!loose || m.index === 0)) return { kind, inline };
  }
  return null;
}

function findTitle(text: string, lines: { start: number; end: number }[]) {
  for (const line of lines.slice(0, 3)) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '') continue;
    const prefix = TITLE_PREFIX.exec(raw);
    const body = raw.slice(prefix ? prefix[0].length : 0);
    const lead = body.length - body.trimStart().length + (prefix ? prefix[0].length : 0);
    const core = raw
      .slice(lead)
      .replace(/[*_#]+\s*$/, '')
      .trimEnd();
    const start = line.start + lead;
    const clean = core.replace(/^[*_#\s]+/, '');
    const words = clean.split(/\s+/).length;
    const heading = headingKind(raw)?.kind;
    if (
      (prefix || (TITLE_NOUN.test(clean) && clean.length <= 100 && words <= 14)) &&
      !/[.!?]$/.test(clean) &&
      (heading === undefined || (heading === 'metrics' && ROLE_NOUN.test(clean)))
    ) {
      const offset = core.length - clean.length;
      return { text: clean, start: start + offset, end: start + core.length };
    }
    return null;
  }
  return null;
}

/**
 * Cut a posting or rubric into sections by its headings ("Responsibilities", "Nice to have",
 * "About us", "How you'll be measured", …) and give every line the kind it counts as.
 */
export function postingSections(text: string): PostingLayout {
  const bounds: { start: number; end: number }[] = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    bounds.push({ start: from, end: end > from && text[end - 1] === '\r' ? end - 1 : end });
    if (nl === -1) break;
    from = nl + 1;
  }
  const title = findTitle(text, bounds);
  const rubric = RUBRIC.test(text.slice(0, 400));
  const sections: AnalysisSection[] = [];
  const lines: PostingLine[] = [];
  let current: AnalysisSection = {
    kind: rubric ? 'metrics' : 'summary',
    heading: null,
    start: 0,
    end: 0,
    weight: SECTION_WEIGHT[rubric ? 'metrics' : 'summary'],
  };
  const open = (kind: SectionKind, heading: string | null, start: number) => {
    current.end = start;
    if (text.slice(current.start, current.end).trim() !== '') sections.push(current);
    current = { kind, heading, start, end: start, weight: SECTION_WEIGHT[kind] };
  };
  // Each line test runs once over the whole lower-cased text instead of once per line.
  // A few letters ("İ") grow when lower-cased; then positions would drift, so test line by line.
  const lower = text.toLowerCase();
  const each = (pattern: RegExp, global: RegExp) =>
    lower.length === text.length
      ? linesMatching(global, lower, bounds)
      : bounds.map((b) => pattern.test(text.slice(b.start, b.end)));
  const legal = each(LINE_LEGAL, LINE_LEGAL_G);
  const nice = each(LINE_NICE, LINE_NICE_G);
  const measured = each(LINE_MEASURE, LINE_MEASURE_G);
  // Inside a list of what not to grade on: since its heading, and whether a line of it came yet.
  let notGraded = false;
  let listed = false;
  for (let index = 0; index < bounds.length; index++) {
    const line = bounds[index] as (typeof bounds)[number];
    const raw = text.slice(line.start, line.end);
    if (title && line.start <= title.start && title.start < Math.max(line.end, line.start + 1)) {
      open('title', title.text, line.start);
      lines.push({
        start: line.start,
        end: line.end,
        kind: 'title',
        measure: false,
        notGraded: false,
      });
      open(rubric ? 'metrics' : 'summary', null, line.end);
      continue;
    }
    const heading = headingKind(raw);
    const denial = notGradedHeading(raw);
    if (denial === 'block') {
      notGraded = true;
      listed = false;
    } else if (notGraded && (heading || MARKED.test(raw) || (listed && raw.trim() === ''))) {
      notGraded = false;
    } else if (notGraded && raw.trim() !== '') {
      listed = true;
    }
    // "Location: Madrid" or "Company: Acme" on one line labels that line, not what follows it.
    const labelOnly =
      heading !== null &&
      ((heading.inline && LINE_LABELS.has(heading.kind)) || LABEL_HEADING.test(raw.trim()));
    if (heading && !labelOnly) open(heading.kind, raw.trim(), line.start);
    let kind = labelOnly && heading ? heading.kind : current.kind;
    if (legal[index]) kind = 'legal';
    else if (kind === 'summary' && current.heading === null && COMPANY_INTRO.test(raw))
      kind = 'company';
    else if (kind !== 'company' && kind !== 'benefits' && nice[index]) kind = 'nice-to-have';
    const measure = kind === 'metrics' || (SECTION_WEIGHT[kind] > 0 && measured[index] === true);
    lines.push({
      start: line.start,
      end: line.end,
      kind,
      measure,
      notGraded: denial !== null || notGraded,
    });
  }
  current.end = text.length;
  if (current.end > current.start || sections.length === 0) sections.push(current);
  return { title, sections, lines, rubric };
}
