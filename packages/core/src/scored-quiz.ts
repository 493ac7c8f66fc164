import type { Quiz } from './quiz-schema.ts';

const R = { research: 1, rnd: 0, product: 0 };
const RR = { research: 0.5, rnd: 0.5, product: 0 };
const D = { research: 0, rnd: 1, product: 0 };
const DP = { research: 0, rnd: 0.5, product: 0.5 };
const P = { research: 0, rnd: 0, product: 1 };

/**
 * The default quiz's five scored questions, without the optional context questions: what the
 * widget asks (it never asks for a title or review metrics, so it need not carry their text).
 */
export const SCORED_QUIZ: Quiz = {
  id: 'rolefit',
  version: 1,
  locale: 'en',
  title: 'Which role does this work call for?',
  intro:
    'Five questions about the work that fills most of the week. Answer for the work, not for the person doing it.',
  questions: [
    {
      id: 'core-question',
      dimension: 'core-question',
      prompt: 'What question is that work trying to answer?',
      options: [
        { id: 'unknown', label: 'What is true or possible that nobody has shown yet?', weights: R },
        {
          id: 'test-idea',
          label: 'Does this new idea hold up? We need to show it, and fast.',
          weights: RR,
        },
        {
          id: 'build-to-test',
          label: 'What must we build so experiments run fast and repeatably?',
          weights: D,
        },
        {
          id: 'make-real',
          label: 'How do we turn a method that works in the lab into a system?',
          weights: DP,
        },
        {
          id: 'ship',
          label: 'How do we ship this to users reliably, at scale, at a sane cost?',
          weights: P,
        },
      ],
    },
    {
      id: 'output',
      dimension: 'output',
      prompt: 'When a piece of that work is finished, what is there to show?',
      options: [
        { id: 'paper', label: 'A paper, a new method or a new benchmark', weights: R },
        {
          id: 'prototype',
          label: 'A prototype that beats the best result so far, and its write-up',
          weights: RR,
        },
        {
          id: 'infra',
          label: 'Training or eval infrastructure, curated data, an experiment framework',
          weights: D,
        },
        {
          id: 'scaled',
          label: 'A method that now runs at scale, ready for a product team',
          weights: DP,
        },
        {
          id: 'shipped',
          label: 'A service or feature in production, and what it did to the numbers',
          weights: P,
        },
      ],
    },
    {
      id: 'optimizes-for',
      dimension: 'optimizes-for',
      prompt: 'What does a good month push up?',
      options: [
        { id: 'novelty', label: 'Novelty: a result others will cite and build on', weights: R },
        {
          id: 'both',
          label: 'A publishable result, reached through fast, careful experiments',
          weights: RR,
        },
        { id: 'velocity', label: 'Experiment velocity and reproducibility', weights: D },
        {
          id: 'quality',
          label: 'Model quality on evals that predict what users will see',
          weights: DP,
        },
        { id: 'kpis', label: 'Uptime, latency, cost or a product metric', weights: P },
      ],
    },
    {
      id: 'time-horizon',
      dimension: 'time-horizon',
      prompt: 'How long until you know whether the work paid off?',
      options: [
        { id: 'years', label: 'Years, and it may never pay off', weights: R },
        { id: 'year-or-two', label: 'A year or two', weights: RR },
        { id: 'months', label: 'A few months', weights: D },
        { id: 'quarter', label: 'About a quarter', weights: DP },
        { id: 'weeks', label: 'Weeks: the next release tells us', weights: P },
      ],
    },
    {
      id: 'background',
      dimension: 'background',
      prompt: 'Who would you hire to do that work tomorrow?',
      options: [
        { id: 'phd', label: 'A PhD with first-author papers in the field', weights: R },
        {
          id: 'hybrid',
          label: 'A researcher who writes solid code, or an engineer who reads papers',
          weights: RR,
        },
        {
          id: 'ml-systems',
          label: 'A strong computer scientist who has built ML systems',
          weights: D,
        },
        {
          id: 'applied',
          label: 'A software engineer who has fine-tuned, evaluated and served models',
          weights: DP,
        },
        { id: 'swe', label: 'A product software engineer with production experience', weights: P },
      ],
    },
  ],
  context: [],
};
