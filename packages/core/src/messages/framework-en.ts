import type { Catalogue } from './catalogue.ts';

/**
 * The English framework text that scoring itself puts into a result (role names, grade-on lists,
 * the titling grid, the two-jobs advice) and the note every result carries. Kept apart from the
 * rest of `en` so a surface that only scores (the widget) carries only this part; `en` merges it.
 * Ids name what the text is about (a role, a grid cell); where the framework says several things
 * about one id, its value is a small record (a role's name and lists, a cell's verdict, risk and
 * way to manage it), and a list is an array read in order.
 */
export const frameworkEn = {
  'role.research-scientist': {
    name: 'Research scientist',
    gradeOn: [
      'The originality of the questions asked and the methods proposed',
      'Results that others adopt and build on: papers, benchmarks, methods',
      'The rigour of experiments and of the write-up',
      'Progress on long bets, judged over quarters and years rather than sprints',
    ],
    dontGradeOn: [
      'Uptime, latency or GPU-utilization targets',
      'Features shipped per sprint',
      'Short-term product metrics',
    ],
  },
  'role.research-engineer': {
    name: 'Research engineer',
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
  'role.ai-engineer': {
    name: 'AI engineer',
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
  /**
   * A role's name inside a sentence. English lowers the first letter, not an acronym's ("research
   * engineer", "AI engineer"); a language whose nouns keep their capital returns the name as is.
   */
  'role.inSentence': (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase()),

  'regime.separate-tracks.name': 'Separate tracks',
  'regime.flat.name': 'One flat title',

  'work.research.name': 'Research-heavy',
  'work.rnd.name': 'R&D-heavy',
  'work.product.name': 'Product-heavy',
  'grid.research.separate-tracks': {
    verdict:
      'Fits. A research track of its own shields open-ended work from the roadmap and lets each role be measured on what it is for.',
    risk: 'Handoffs between groups, and friction over who has the higher status.',
    manage:
      'Write down the interfaces between the groups (who hands what to whom, and when) instead of hoping it sorts itself out, and credit research engineers as full co-authors.',
    example:
      'DeepMind keeps research scientists and research engineers on separate tracks; AlphaFold began in its applied team, mostly research engineers who spent the first months on data, metrics and infrastructure.',
  },
  'grid.research.flat': {
    verdict:
      'Risky. Without a track of its own, open-ended work keeps losing to the next deadline on the roadmap.',
    risk: 'Long bets get squeezed out, or research becomes invisible: the people are there, but the company no longer treats research as part of what it is.',
    manage:
      'Protect research time and budget explicitly, and review research on research outcomes rather than on production metrics.',
  },
  'grid.rnd.separate-tracks': {
    verdict:
      'Works, provided a named research-engineer role owns the bridge from result to system.',
    risk: 'If nobody owns the bridge, results stall between the groups and handoffs slow everything down.',
    manage:
      'Make the research engineer the owner of the bridge, with a ladder and metrics of its own (experiment velocity, reproducibility, what reached production), not a service desk for scientists.',
  },
  'grid.rnd.flat': {
    verdict: 'Works, because in practice everyone is doing research engineering anyway.',
    risk: 'The translation work goes unrecognized when no title names it, and longer research bets lose out to shipping.',
    manage:
      'Grade the bridge work on its own terms (experiment velocity, reproducibility, what reached production) even under one title.',
  },
  'grid.product.separate-tracks': {
    verdict:
      'Overhead. Separate ladders add process and status friction for little gain when the methods are already known.',
    risk: 'A two-tier feeling between people with ideas and people who scale them, and slower shipping through handoffs.',
    manage:
      'If you keep the tracks, keep the research track small, tie it to concrete product questions and give both tracks the same standing.',
  },
  'grid.product.flat': {
    verdict: 'Fits. One title gives shared ownership of what ships and keeps the team fast.',
    risk: 'Open-ended research can get squeezed out by the next deadline, and a pure scientist may not want to live on production metrics.',
    manage:
      'Keep a protected slice of time for longer bets, and do not hire scientists into a role graded on production metrics.',
    example:
      'OpenAI and Anthropic give research and engineering hires one title, Member of Technical Staff; xAI went further and says it has only engineers.',
  },
  'twoJobs.role': {
    summary:
      'This week holds two jobs: open research and shipping product, with little bridge work between them. Treat it as two roles, not as the research-engineer middle.',
    risk: 'Whichever column it is graded on, a large part of the week is graded on the wrong one: research judged by what shipped, or shipping by papers. The long bets usually lose to the deadline.',
    options: [
      'Split it: a research scientist for the open questions and an AI engineer for what ships, each with its own ladder and metrics.',
      'Add the bridge: a research engineer who turns research results into something the product side can ship.',
      'If one person keeps both for now, say how much of the week each part gets, and review each part on its own column.',
    ],
  },
  'twoJobs.dontGradeOn': [
    'The research part on uptime, latency or features shipped',
    'The product part on papers, citations or novelty',
  ],
  'note.advice':
    'This is advice about the work, not a verdict about a person. Do not use it to screen or rank candidates.',
};

/** What a catalogue of the framework text must hold: every key of `frameworkEn`, same shapes. */
export type FrameworkMessages = Catalogue<typeof frameworkEn>;
