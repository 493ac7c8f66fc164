import { describe, expect, it } from 'vitest';
import { ANALYZE_EXAMPLES } from './analyze-examples.ts';
import { clearlyNotEnglish } from './posting-language.ts';

describe('clearlyNotEnglish', () => {
  it('lets every English example through, and short or jargon-only text', () => {
    for (const example of ANALYZE_EXAMPLES) expect(clearlyNotEnglish(example.text)).toBe(false);
    expect(clearlyNotEnglish('Research Scientist')).toBe(false);
    expect(clearlyNotEnglish('PyTorch, JAX, CUDA, RLHF, evals, distributed training')).toBe(false);
  });
  it('catches postings in other scripts and other Latin-script languages', () => {
    expect(
      clearlyNotEnglish('私たちは大規模言語モデルの研究者を募集しています。論文の執筆経験'),
    ).toBe(true);
    expect(clearlyNotEnglish('نبحث عن باحث في التعلم الآلي لبناء نماذج لغوية جديدة')).toBe(true);
    expect(
      clearlyNotEnglish(
        'Wir suchen eine Forscherin für maschinelles Lernen, die mit uns neue Modelle entwickelt und in der Arbeit Erfahrung hat.',
      ),
    ).toBe(true);
    expect(
      clearlyNotEnglish(
        'Buscamos una persona para nuestro equipo de investigación con experiencia en el entrenamiento de modelos.',
      ),
    ).toBe(true);
    expect(
      clearlyNotEnglish(
        'Nous recherchons un ingénieur pour notre équipe, avec une expérience dans les modèles de langue.',
      ),
    ).toBe(true);
  });
});
