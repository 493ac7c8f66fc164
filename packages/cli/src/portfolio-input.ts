import { PortfolioItem, type Quiz, score } from '@rolefit/core';
import { CliError } from './cli-error.ts';

/** The keys a portfolio file may keep its list under, besides being a bare list. */
const LIST_KEYS = ['items', 'workstreams', 'people'] as const;

const ITEM_SHAPE =
  '{"name": "Evals", "effort": 2, "work": "rnd"} (work: research, rnd or product), or "shares", "result" or "answers" instead of "work"';

/** Find the list in a portfolio file and name its entries the way the file does. */
function findList(data: unknown): { list: unknown[]; noun: string } {
  if (Array.isArray(data)) return { list: data, noun: 'item' };
  if (typeof data === 'object' && data !== null) {
    for (const key of LIST_KEYS) {
      const list = (data as Record<string, unknown>)[key];
      if (Array.isArray(list)) {
        return { list, noun: key === 'people' ? 'person' : key.slice(0, -1) };
      }
    }
  }
  throw new CliError(
    `expected a list of workstreams or people, or an object with "items", "workstreams" or "people" holding one; each entry like ${ITEM_SHAPE}`,
  );
}

/** A person's own quiz answers become their quiz result, which the portfolio reads shares from. */
function scoreAnswers(
  entry: Record<string, unknown>,
  label: string,
  quiz: Quiz,
): Record<string, unknown> {
  const { answers, ...rest } = entry;
  const result = score(quiz, answers);
  if (!result.ok) {
    const issues = result.error.issues.map((issue) => `    - ${issue.message}`).join('\n');
    throw new CliError(`${label}: these answers cannot be scored:\n${issues}`);
  }
  return { ...rest, result: result.value };
}

/**
 * Turn a parsed portfolio file into the items core's `portfolio()` takes, checking each entry
 * so that an error names the entry it is about; a person's answers are scored against `quiz`.
 * @example portfolioItems({ workstreams: [{ name: 'Evals', work: 'rnd' }] }, DEFAULT_QUIZ)
 */
export function portfolioItems(data: unknown, quiz: Quiz): unknown[] {
  const { list, noun } = findList(data);
  if (list.length === 0) throw new CliError(`the list is empty; give at least one ${noun}`);
  return list.map((entry, index) => {
    const name =
      typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
    const label = `${noun} ${index + 1}${typeof name === 'string' ? ` ("${name}")` : ''}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new CliError(`${label} is not an object; expected ${ITEM_SHAPE}`);
    }
    const item =
      'answers' in entry ? scoreAnswers(entry as Record<string, unknown>, label, quiz) : entry;
    const checked = PortfolioItem.safeParse(item);
    if (!checked.success) {
      const problems = checked.error.issues.map(
        (issue) =>
          `    - ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      );
      throw new CliError(
        `${label} is not valid:\n${problems.join('\n')}\n  expected ${ITEM_SHAPE}`,
      );
    }
    return item;
  });
}
