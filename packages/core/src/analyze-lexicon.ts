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
    '(?:off-the-shelf|existing|third-party|hosted|foundation|pre-?trained) (?:models?|llms?|apis?)|openai api|llm apis?|prompt(?:s|ing| engineering)?|rag|retrieval[- ]augmented|agents?|guardrails',
    1.5,
  ],
  ['typescript|javascript|react|node\\.js|go(?:lang)?|java|sql|postgres(?:ql)?|redis|kafka', 1],
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
];

/** The analyzer's vocabulary: every phrase family with its column and weight. */
export const LEXICON: readonly LexiconEntry[] = [
  ...research.map(([pattern, weight]) => ({ column: 'research' as const, pattern, weight })),
  ...rnd.map(([pattern, weight]) => ({ column: 'rnd' as const, pattern, weight })),
  ...product.map(([pattern, weight]) => ({ column: 'product' as const, pattern, weight })),
];

/** A compiled lexicon: one alternation to find candidates, one sticky pattern per entry. */
export type CompiledLexicon = {
  regex: RegExp;
  sticky: readonly RegExp[];
  entries: readonly LexiconEntry[];
  /** For a lower-case first character, the entries that can start with it (always ascending). */
  startingWith: (char: string) => readonly number[];
};

// Lookarounds instead of \\b so that "a/b" and "ci/cd" work, and letters of any script count.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

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
  const entries = [...lexicon];
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
  return {
    regex: new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'giu'),
    sticky: entries.map((e) => new RegExp(`(?:${e.pattern})${AFTER}`, 'iuy')),
    entries,
    startingWith: (char) => merged.get(char) ?? anywhere,
  };
}
