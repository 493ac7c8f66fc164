import type { Quiz } from '@rolefit/core';

const isMap = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Data in the text when it is JSON, or YAML with a top-level key `keys` names; else undefined. */
async function dataIn(text: string, keys: ReadonlySet<string>): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch {
    // Prose is not worth loading the YAML parser for: only text with a line like "answers:".
    const keyed = text.split('\n').some((line) => keys.has(/^([\w-]+)\s*:/.exec(line)?.[1] ?? ''));
    if (!keyed) return undefined;
    const { parse } = await import('yaml');
    try {
      return parse(text);
    } catch {
      return undefined;
    }
  }
}

/**
 * Whether a text is answers to `quiz` rather than prose: the object `rolefit score` takes
 * (`{"answers": {…}}`, which a result printed by `score --json` also is), or a bare object of
 * question ids, at least one with one of its option ids. A posting or rubric is neither.
 * @example await looksLikeAnswers('{"core-question": "ship"}', DEFAULT_QUIZ) // true
 */
export async function looksLikeAnswers(text: string, quiz: Quiz): Promise<boolean> {
  const questions = new Map([...quiz.questions, ...quiz.context].map((q) => [q.id, q]));
  const data = await dataIn(text, new Set(['answers', ...questions.keys()]));
  if (!isMap(data)) return false;
  if (isMap(data.answers)) return Object.keys(data.answers).some((id) => questions.has(id));
  const entries = Object.entries(data);
  return (
    entries.length > 0 &&
    entries.every(([id]) => questions.has(id)) &&
    entries.some(([id, option]) => questions.get(id)?.options.some((o) => o.id === option))
  );
}
