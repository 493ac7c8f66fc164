import type { Column, DimensionId, RoleId } from './ids.ts';

/** One anchor role of the spectrum: its name, its column and how to grade it (longer text: ROLE_PROFILES). */
export type Role = {
  id: RoleId;
  name: string;
  column: Column;
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
