import type { Quiz } from './quiz-schema.ts';
import { SCORED_QUIZ } from './scored-quiz.ts';

/** The default English quiz: the scored questions about the work that fills most of the week, and two optional context questions (title, review metrics). */
export const DEFAULT_QUIZ: Quiz = {
  ...SCORED_QUIZ,
  context: [
    {
      id: 'title',
      kind: 'title',
      prompt: 'What title does the person doing this work hold today?',
      help: 'Optional. It does not move the result; it shows whether the title fits the work.',
      options: [
        {
          id: 'research-scientist',
          label: 'Research scientist or AI researcher',
          column: 'research',
        },
        { id: 'research-engineer', label: 'Research engineer', column: 'rnd' },
        { id: 'engineer', label: 'ML, AI or software engineer', column: 'product' },
        {
          id: 'shared',
          label: 'One shared title, such as Member of Technical Staff',
          column: null,
        },
        { id: 'none', label: 'Nobody yet, or something else', column: null },
      ],
    },
    {
      id: 'reviewed-on',
      kind: 'review',
      prompt: 'What is that person reviewed on today?',
      help: 'Optional. It does not move the result; it shows whether the metrics fit the work.',
      options: [
        { id: 'papers', label: 'Papers, citations, novelty', column: 'research' },
        {
          id: 'velocity',
          label: 'Experiment velocity, infrastructure, reproducibility',
          column: 'rnd',
        },
        {
          id: 'shipping',
          label: 'What shipped: uptime, latency, cost, product metrics',
          column: 'product',
        },
        { id: 'unclear', label: 'Nothing clear yet', column: null },
      ],
    },
  ],
};
