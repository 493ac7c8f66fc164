import type { DimensionId, RoleId } from './ids.ts';

/** How a role reads to people: what it is called, what it is for, how it looks on each dimension. */
export type RoleProfile = {
  /** Other names the role goes by. */
  aliases: string[];
  summary: string;
  /** What the role looks like on each of the five dimensions. */
  profile: Record<DimensionId, string>;
};

/**
 * The longer descriptions of the three roles, kept apart from `ROLES` so that surfaces which only
 * name and grade a role (the widget) don't carry them.
 */
export const ROLE_PROFILES: Readonly<Record<RoleId, RoleProfile>> = {
  'research-scientist': {
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
  },
  'research-engineer': {
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
  },
  'ai-engineer': {
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
  },
};
