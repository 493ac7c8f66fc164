import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ } from '../default-quiz.ts';
import { loadLanguage } from '../language-pack.ts';
import { LANGUAGES } from '../languages.ts';
import { quizTextOf } from '../quiz-text.ts';
import { score } from '../score.ts';
import { catalogueProblems } from './catalogue-check.ts';
import { en } from './en.ts';

const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const capital = (l: string) => l[0]?.toUpperCase() + l.slice(1);
const answersAt = (i: number) =>
  Object.fromEntries(DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[i]?.id as string]));

describe.each(OTHERS)("core's %s catalogues", (language) => {
  it('have every key of the English ones, in the same shapes, and use every value', async () => {
    const messages = (await import(`./${language}.ts`))[language];
    expect(catalogueProblems(en, messages)).toEqual([]);
    const quizText = (await import(`./quiz-${language}.ts`))[`quizText${capital(language)}`];
    expect(catalogueProblems(quizTextOf(DEFAULT_QUIZ), quizText)).toEqual([]);
  });

  it('ask the same quiz, ids and weights unchanged, and score it to the same result', async () => {
    const pack = await loadLanguage(language);
    expect(pack.quiz.locale).toBe(language);
    const shape = (q: typeof DEFAULT_QUIZ) =>
      [...q.questions, ...q.context].map((x) => [
        x.id,
        x.options.map((o) => JSON.stringify({ ...o, label: '' })),
      ]);
    expect(shape(pack.quiz)).toEqual(shape(DEFAULT_QUIZ));
    expect(pack.quiz.questions[0]?.prompt).not.toBe(DEFAULT_QUIZ.questions[0]?.prompt);
    for (const i of [0, 2, 4]) {
      const here = score(pack.quiz, answersAt(i), pack.messages);
      const english = score(DEFAULT_QUIZ, answersAt(i));
      if (!here.ok || !english.ok) throw new Error('the answers should score');
      expect({ ...here.value, text: null }).toMatchObject({
        position: english.value.position,
        role: english.value.role,
        split: english.value.split,
        regime: { recommended: english.value.regime.recommended },
      });
      expect(here.value.gradeOn).not.toEqual(english.value.gradeOn);
    }
  });
});
