import type { Column, DimensionId, RoleId } from './ids.ts';

/** One anchor role of the spectrum, described in the product's own words. */
export type Role = {
  id: RoleId;
  name: string;
  column: Column;
  /** Other names the role goes by. */
  aliases: string[];
  summary: string;
  /** What the role looks like on each of the five dimensions. */
  profile: Record<DimensionId, string>;
  /** What to grade the role on. */
  gradeOn: string[];
  /** Metrics from another column: grading on these is the trap. */
  dontGradeOn: string[];
};

/** A dimension of the comparison, named for people. */
export type Dimension = { id: DimensionId; name: string };

/** The five dimensions, in the order the quiz asks them. */
export const DIMENSIONS: readonly Dimension[] = [
  { id: 'core-question', name: 'Core question' },
  { id: 'output', name: 'Output' },
  { id: 'optimizes-for', name: 'Optimizes for' },
  { id: 'time-horizon', name: 'Time horizon' },
  { id: 'background', name: 'Typical background' },
];

/** The three anchor roles, research end first. */
export const ROLES: Readonly<Record<RoleId, Role>> = {
  'research-scientist': {
    id: 'research-scientist',
    name: 'Research scientist',
    column: 'research',
    aliases: ['AI researcher', 'research scientist'],
    summary:
      'Asks questions nobody has answered, invents methods to answer them and writes up what was learned. The product is knowledge that others build on.',
    profile: {
      'core-question': 'What is true, or possible, that nobody has shown yet?',
      output: 'Papers, new methods, new benchmarks',
      'optimizes-for': 'Novelty and scientific impact',
      'time-horizon': 'Years',
      background: 'A PhD and a record of publications',
    },
    gradeOn: [
      'The originality of the questions asked and the methods proposed',
      'Results that others adopt and build on: papers, benchmarks, methods',
      'The rigour of experiments and of the write-up',
      'Progress on long bets, judged over quarters and years rather than sprints',
    ],
    dontGradeOn: [
      'Uptime, latency or GPU-utilisation targets',
      'Features shipped per sprint',
      'Short-term product metrics',
    ],
  },
  'research-engineer': {
    id: 'research-engineer',
    name: 'Research engineer',
    column: 'rnd',
    aliases: ['research engineer', 'ML research engineer'],
    summary:
      'Builds what turns an idea into a test you can trust: training and evaluation infrastructure, curated data, metrics and experiments that run at scale. The bridge between a research result and a working system, and often a co-author.',
    profile: {
      'core-question': 'What do we need to build to find out, quickly and repeatably?',
      output: 'Training infrastructure, experiment frameworks, methods that run at scale',
      'optimizes-for': 'Experiment velocity and reproducibility',
      'time-horizon': 'Months, up to a couple of years',
      background: 'Strong computer science plus hands-on ML systems experience',
    },
    gradeOn: [
      'Experiment velocity: how fast an idea becomes a result the team trusts',
      'Reproducibility and reliability of training and evaluation pipelines',
      'The quality of the data and metrics the team relies on',
      'Methods scaled up and carried across into systems',
    ],
    dontGradeOn: [
      'Paper count alone, as if the role were pure research',
      'Product metrics alone, as if the role were pure product work',
      'Novelty of ideas the role was not asked to originate',
    ],
  },
  'ai-engineer': {
    id: 'ai-engineer',
    name: 'AI engineer',
    column: 'product',
    aliases: ['ML engineer', 'product AI engineer', 'AI engineer'],
    summary:
      'Picks and adapts existing models and turns them into systems that run reliably, scale and earn their keep: data pipelines, serving, latency and cost, product integration, A/B tests.',
    profile: {
      'core-question': 'How do we ship this to users, reliably and at scale?',
      output: 'Services in production, product features, A/B test wins',
      'optimizes-for': 'Uptime, latency, cost and business metrics',
      'time-horizon': 'Weeks to a few months',
      background: 'Software engineering and production experience',
    },
    gradeOn: [
      'What shipped, and how reliably it runs',
      'Latency, cost and quality in production',
      'Movement in product metrics and experiment results',
      'How quickly the team learns from users and iterates',
    ],
    dontGradeOn: [
      'Paper count or citations',
      'Novelty of methods for its own sake',
      'Benchmark records with no line to users',
    ],
  },
};
