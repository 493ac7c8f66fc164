import type { Column } from './ids.ts';

// The analyzer's phrase table: data only. `compile-lexicon.ts` turns it into the matchers; the
// fit (`npm run fit`) reads these weights as its prior.

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
