import { readFileSync } from 'node:fs';
import { DEFAULT_QUIZ, score } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { looksLikeAnswers } from './looks-like-answers.ts';

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
const looks = (text: string) => looksLikeAnswers(text, DEFAULT_QUIZ);

describe('looksLikeAnswers', () => {
  it('knows the answers files `rolefit score` takes, in JSON and YAML', async () => {
    expect(await looks(example('answers-product.json'))).toBe(true);
    expect(await looks(example('answers-research.yaml'))).toBe(true);
    expect(await looks('{"answers": {"core-question": "ship"}}')).toBe(true);
  });

  it('knows a result printed by `score --json`, and a bare object of question and option ids', async () => {
    const result = score(DEFAULT_QUIZ, {
      'core-question': 'ship',
      output: 'shipped',
      'optimizes-for': 'kpis',
      'time-horizon': 'weeks',
      background: 'swe',
    });
    expect(result.ok).toBe(true);
    expect(await looks(JSON.stringify(result.ok && result.value))).toBe(true);
    expect(await looks('{"core-question": "ship", "output": "shipped"}')).toBe(true);
    expect(await looks('core-question: ship\ntitle: research-scientist\n')).toBe(true);
  });

  it('leaves postings, rubrics and other data to the analyzer', async () => {
    for (const text of [
      example('posting-research-engineer.md'),
      'title: Research Engineer\n\nWe ship models to users.\n',
      '---\ntitle: Research Engineer\n---\n\nWe train models.\n',
      'title: Research Engineer\n',
      '{"title": "Research Engineer", "description": "Train and ship models"}',
      '{"answers": "we ship weekly"}',
      '[{"core-question": "ship"}]',
      '"ship"',
    ]) {
      expect(await looks(text), text).toBe(false);
    }
  });
});
