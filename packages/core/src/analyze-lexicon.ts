import type { Column } from './ids.ts';

/** One phrase family that speaks for a column: a regular-expression source and its weight. */
export type LexiconEntry = { column: Column; pattern: string; weight: number };

// Patterns are matched case-insensitively between word boundaries. Weights: 3 = names the
// column outright, 2 = typical of it, 1 = leans to it, 0.5 = weak on its own.
const research: [string, number][] = [
  ['first[- ]author(?:ed)? (?:papers?|publications?)', 3],
  ['(?:top[- ]tier |leading |top |premier )?(?:ml |ai )?(?:conferences?|venues?)', 1.5],
  ['neurips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|colt|aistats|uai|jmlr|tmlr', 2.5],
  ['publication record|track record of (?:research|publications?)|publications?', 2],
  ['publish(?:es|ed|ing)?|write (?:up|papers?)|peer[- ]reviewed|papers?', 1.5],
  ['novel (?:methods?|algorithms?|architectures?|approach(?:es)?|ideas?|techniques?)', 3],
  ['new (?:methods?|algorithms?|architectures?|learning paradigms?)', 2],
  [
    'open (?:research )?(?:questions?|problems?)|unsolved problems?|(?:fundamental|foundational) (?:research|questions?|problems?)',
    3,
  ],
  [
    'research agenda|research directions?|long[- ]term research|basic research|curiosity[- ]driven',
    2.5,
  ],
  ['phd|ph\\.d\\.?|doctorate|doctoral|postdoc(?:toral)?', 2],
  ['state[- ]of[- ]the[- ]art|push(?:ing)? the (?:frontier|boundar(?:y|ies))|frontier of', 1.5],
  ['scientific (?:impact|discover(?:y|ies)|breakthroughs?|rigou?r)|breakthroughs?', 2.5],
  ['citations?|h-index|research community|academic (?:community|collaborat\\w+|background)', 2],
  ['theor(?:y|etical)|mathematical|hypothes(?:is|es)|mechanistic interpretability', 1.5],
  ['invent(?:s|ed|ing)?|original (?:ideas?|research)|formulate|new (?:knowledge|questions?)', 1.5],
  ['research scientists?|ai researchers?|scientists?', 1],
  ['multi[- ]year|over (?:several |many )?years|uncertain bets?|high[- ]risk|long[- ]horizon', 1],
  ['research(?:ing)?', 1],
  ['patents?|intellectual property', 1],
  ['new benchmarks?|design(?:ing)? benchmarks?', 2],
  ['novel(?:ty)?', 1.5],
  ['research (?:questions?|problems?|projects?|programs?|ideas?|areas?|interests?|output)', 2],
  ['explor(?:e|es|ed|ing|ation|atory)|investigat(?:e|es|ed|ing|ions?)', 1],
  ['scientific(?:ally)?|science', 1],
  ['conference papers?|journals?|workshops?|preprints?|arxiv', 1.5],
  ['academi(?:a|c)|universit(?:y|ies)|professors?|faculty|thesis|dissertation', 1],
  ['propos(?:e|es|ed|ing) (?:new|novel)|advanc(?:e|es|ing) (?:the )?(?:field|science|state)', 2.5],
  ['statistic(?:s|al)|causal(?:ity| inference)?|bayesian|probabilistic|learning theory', 1],
  ['literature|prior work|related work', 1.5],
  ['interpretability|alignment research|safety research', 1.5],
  [
    'conduct(?:s|ed|ing)? (?:original |independent |fundamental |cutting[- ]edge |novel )?research|lead(?:s|ing)? research|research (?:on|into)',
    2.5,
  ],
  [
    '(?:design|develop|invent|propose)(?:s|ed|ing)? (?:new|novel) (?:models?|methods?|algorithms?|techniques?)',
    3,
  ],
];

const rnd: [string, number][] = [
  ['research engineer(?:ing|s)?', 3],
  [
    'training infra(?:structure)?|research infra(?:structure)?|ml infra(?:structure)?|infra(?:structure)?',
    2,
  ],
  [
    'distributed training|large[- ]scale training|pre-?training|training runs?|training (?:loops?|jobs?|stack|pipelines?|code)',
    2.5,
  ],
  [
    '(?:experiment(?:ation)?|research) (?:velocity|frameworks?|tooling|platforms?|infrastructure)',
    3,
  ],
  ['experiment(?:s|al|ation)? at scale|run(?:ning)? experiments?|experiments?|ablations?', 1.5],
  ['reproduc(?:e|ible|ibility)|replicat(?:e|ion)', 2.5],
  [
    'scal(?:e|ing) (?:up )?(?:training|models?|experiments?|methods?|research)|scaling laws?|scaling',
    2,
  ],
  [
    'data (?:curation|mixtures?|quality)|curat(?:e|ed|ing) (?:data(?:sets?)?|training data)|dataset (?:construction|curation)|training data|datasets?',
    2,
  ],
  [
    'eval(?:uation)? (?:harness(?:es)?|suites?|infrastructure|frameworks?|pipelines?)|evals?|metrics design|design(?:ing)? metrics',
    2,
  ],
  [
    '(?:work(?:s|ing)?|partner(?:s|ing)?|collaborat\\w*) (?:closely )?(?:with|alongside) (?:our |the )?(?:research(?:ers| scientists?| teams?)|scientists)',
    3,
  ],
  [
    '(?:implement|prototype|translate|turn)\\w* (?:research )?(?:ideas?|results?|papers?) into',
    2.5,
  ],
  [
    'gpu clusters?|tpus?|gpus?|accelerators?|jax|pytorch|cuda|triton|kernels?|mixed precision|sharding|model parallel(?:ism)?|data parallel(?:ism)?|fsdp|deepspeed|megatron|slurm',
    1.5,
  ],
  ['fine[- ]tun(?:e|es|ed|ing)|post[- ]training|rlhf|reinforcement learning from', 1],
  ['co[- ]author(?:s|ed)?|equal contributors?', 1.5],
  [
    'throughput of (?:experiments|research)|iteration speed|faster experiments?|debug(?:ging)? training|loss curves?|checkpoint(?:s|ing)?|hyperparameters?',
    2,
  ],
  ['ml systems|machine learning systems|systems for (?:ml|machine learning)', 1.5],
  [
    'train(?:s|ed|ing)? (?:large |foundation |frontier |the )?(?:models?|llms?|networks?)|model training',
    2,
  ],
  ['benchmark(?:s|ing)?|evaluat(?:e|es|ed|ing|ions?)', 1],
  ['large[- ]scale|at scale', 1],
  ['high[- ]performance computing|hpc|supercomput(?:er|ers|ing)|compute clusters?|clusters?', 1.5],
  [
    'profil(?:e|es|ing)|performance (?:analysis|modell?ing|optimi[sz]ation|engineering)|compilers?',
    1.5,
  ],
  ['prototyp(?:e|es|ed|ing)|implement(?:s|ed|ing|ation)?', 1],
  ['simulat(?:ion|ions|or|ors)|synthetic data|data generation|ground truth|annotation', 1],
  ['research (?:tooling|tools|code|codebases?)|tools for research(?:ers)?', 2.5],
  ['data pipelines?|data loaders?|data processing|pre-?training data', 1],
  ['(?:rl|reinforcement learning) environments?|training environments?', 2],
  [
    '(?:enabl|support|accelerat|empower)(?:e|es|ed|ing|s)? (?:our |the )?(?:research(?:ers| teams?| scientists)?|scientists)',
    3,
  ],
  [
    'optimi[sz](?:e|es|ed|ing|ation)? (?:of )?(?:training|models?|performance|throughput|kernels?)',
    1.5,
  ],
];

const product: [string, number][] = [
  ['ship(?:s|ped|ping)?|launch(?:es|ed|ing)?|deliver(?:s|ed|ing)? (?:features?|products?)', 2],
  ['production(?:ize|ise|ized|ised|izing|ising)?|productioni[sz]ation', 2],
  ['latency|p9[59]|throughput|response times?', 2],
  ['utili[sz]ation targets?', 2.5],
  ['uptime|availability|slos?|slas?|service[- ]level|on[- ]call|incident(?:s| response)?|pager', 3],
  ['reliab(?:le|ility)|resilien(?:t|ce)|observability|monitoring|alerting', 1],
  [
    'cost(?:s)?(?: per (?:request|query|token|call))?|inference costs?|unit economics|cloud spend',
    1.5,
  ],
  [
    'a/b tests?|a/b testing|ab tests?|experiments? in production|online experiments?|split tests?',
    3,
  ],
  ['customers?|end[- ]users?|users?|clients?|user experience|ux', 1.5],
  ['product (?:metrics|managers?|teams?|features?|surfaces?|roadmap|engineering)|products?', 2],
  ['features?|roadmap|sprints?|releases?', 1.5],
  [
    'kpis?|conversion|retention|engagement|revenue|business (?:metrics|outcomes?|impact|value)|nps',
    2.5,
  ],
  [
    'apis?|sdks?|endpoints?|integrat(?:e|es|ed|ing|ions?)|webhooks?|microservices?|backend services?',
    1.5,
  ],
  [
    'ci/cd|continuous (?:integration|delivery|deployment)|deploy(?:s|ed|ing|ments?)?|rollouts?|canary',
    2,
  ],
  ['kubernetes|k8s|docker|containers?|terraform|aws|gcp|azure|serverless', 1.5],
  ['serving|inference (?:stack|servers?|services?|endpoints?)|model serving|vllm|caching', 2],
  [
    '(?:off-the-shelf|existing|third-party|hosted|pre-?trained) (?:models?|llms?|apis?)|openai api|llm apis?|prompt(?:s|ing| engineering)?|rag|retrieval[- ]augmented|guardrails',
    1.5,
  ],
  ['typescript|javascript|react|node\\.js|golang|java|sql|postgres(?:ql)?|redis|kafka', 1],
  [
    'software engineering|production experience|full[- ]stack|backend|frontend|web (?:apps?|services?)|mobile',
    1.5,
  ],
  [
    'stakeholders?|go[- ]to[- ]market|sales|support tickets?|business|saas|enterprise|e-?commerce|ads|advertising|payments?',
    1,
  ],
  [
    'mlops|llmops|model (?:registry|versioning|monitoring)|(?:data |model )?drift|feature (?:stores?|pipelines?|flags?)|rollbacks?|shadow (?:mode|deployments?)',
    2,
  ],
  ['big data|spark|hive|airflow|etl', 1],
  ['weeks|quarterly (?:goals|roadmap)|deadlines?|fast[- ]paced', 0.5],
  ['scalable (?:systems?|services?|solutions?|applications?)|solutions?|applications?', 1],
  ['use cases?|customer[- ]facing|user[- ]facing|real[- ]time', 1.5],
  ['agents?|agentic', 0.5],
  [
    '(?:deploy|ship|integrat|launch|serv)(?:e|es|ed|ing|s)? (?:\\w+ ){0,2}(?:to|in|into) (?:production|(?:our |the )?products?)',
    3,
  ],
  [
    'product (?:requirements|owners?|designers?|analytics)|business stakeholders|end[- ]to[- ]end product',
    2,
  ],
  ['cross[- ]functional|business (?:problems?|needs|requirements|units?)', 1.5],
  ['maintain(?:s|ed|ing)?|maintenance|code reviews?|unit tests?|testing|agile|scrum', 1],
];

/**
 * Phrases that contain a column's word but say nothing about the work: a degree in "computer
 * science" is not research. They are matched like the others (so "science" inside them never
 * counts) and then dropped.
 */
export const NEUTRAL_PHRASES: readonly string[] = [
  'computer science|data science|(?:a |an )?related (?:field|discipline)|science,? technology,? engineering',
  'data scientists?|applied scientists?|research (?:and|&) development|r&d',
  'product (?:and|&) (?:engineering|research) teams|research (?:and|&) product teams',
];

/** The analyzer's vocabulary: every phrase family with its column and weight. */
export const LEXICON: readonly LexiconEntry[] = [
  ...research.map(([pattern, weight]) => ({ column: 'research' as const, pattern, weight })),
  ...rnd.map(([pattern, weight]) => ({ column: 'rnd' as const, pattern, weight })),
  ...product.map(([pattern, weight]) => ({ column: 'product' as const, pattern, weight })),
];

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
