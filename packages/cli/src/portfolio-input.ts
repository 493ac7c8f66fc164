import {
  type Messages as CoreMessages,
  en as coreEn,
  ENGLISH_ISSUE_WORDS,
  type IssueWords,
  issueMessage,
  ourMessages,
  PortfolioItem,
  type Quiz,
  score,
} from '@rolefit/core';
import { CliError } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/** The keys a portfolio file may keep its list under, besides being a bare list. */
const LIST_KEYS = ['items', 'workstreams', 'people'] as const;

/** An entry in JSON, as the errors show one. */
const ITEM_EXAMPLE = '{"name": "Evals", "effort": 2, "work": "rnd"}';

/** What a file's entries are called: a bare list or `items` holds items, `people` persons. */
type Noun = 'item' | 'workstream' | 'person';
const NOUNS: Readonly<Record<(typeof LIST_KEYS)[number], Noun>> = {
  items: 'item',
  workstreams: 'workstream',
  people: 'person',
};

/** Find the list in a portfolio file and name its entries the way the file does. */
function findList(data: unknown, t: Messages): { list: unknown[]; noun: Noun } {
  if (Array.isArray(data)) return { list: data, noun: 'item' };
  if (typeof data === 'object' && data !== null) {
    for (const key of LIST_KEYS) {
      const list = (data as Record<string, unknown>)[key];
      if (Array.isArray(list)) return { list, noun: NOUNS[key] };
    }
  }
  throw new CliError(t['portfolio.notList'](t['portfolio.entry.shape'](ITEM_EXAMPLE)));
}

/** A person's own quiz answers become their quiz result, which the portfolio reads shares from. */
function scoreAnswers(
  entry: Record<string, unknown>,
  label: string,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
): Record<string, unknown> {
  const { answers, ...rest } = entry;
  const result = score(quiz, answers, m);
  if (!result.ok) {
    const problems = result.error.issues.map((issue) => issue.message);
    throw new CliError(t['portfolio.entry.unscorable'](label, problems));
  }
  return { ...rest, result: result.value };
}

/**
 * Turn a parsed portfolio file into the items core's `portfolio()` takes, checking each entry
 * so that an error names the entry it is about; a person's answers are scored against `quiz`,
 * and the problems with an entry are worded from `m`, or by `words` where Zod finds them.
 * @example portfolioItems({ workstreams: [{ name: 'Evals', work: 'rnd' }] }, DEFAULT_QUIZ, en, coreEn)
 */
export function portfolioItems(
  data: unknown,
  quiz: Quiz,
  t: Messages,
  m: CoreMessages,
  words: IssueWords = ENGLISH_ISSUE_WORDS,
): unknown[] {
  const ours = ourMessages(coreEn, m);
  const { list, noun } = findList(data, t);
  const nounText = t[`portfolio.noun.${noun}`];
  if (list.length === 0) throw new CliError(t['portfolio.empty'](nounText));
  const shape = t['portfolio.entry.shape'](ITEM_EXAMPLE);
  return list.map((entry, index) => {
    const name =
      typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
    const label = t['portfolio.entry'](
      nounText,
      index + 1,
      typeof name === 'string' ? name : undefined,
    );
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new CliError(t['portfolio.entry.notObject'](label, shape));
    }
    const item =
      'answers' in entry
        ? scoreAnswers(entry as Record<string, unknown>, label, quiz, t, m)
        : entry;
    const checked = PortfolioItem.safeParse(item);
    if (!checked.success) {
      const problems = checked.error.issues.map(
        (issue) =>
          `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issueMessage(issue, item, words, ours)}`,
      );
      throw new CliError(t['portfolio.entry.invalid'](label, problems, shape));
    }
    return item;
  });
}
