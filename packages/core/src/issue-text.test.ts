import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENGLISH_ISSUE_WORDS, issueMessage, loadIssueWords, ourMessages } from './issue-text.ts';

const Body = z.object({
  items: z.array(z.object({ effort: z.number(), name: z.string().min(1, 'name it') })),
});
const issuesOf = (input: unknown) => {
  const parsed = Body.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return parsed.error.issues;
};

describe('issueMessage', () => {
  const input = {
    items: [
      { effort: 1, name: 'a' },
      { effort: 'lots', name: '' },
    ],
  };
  const [typed, named] = issuesOf(input);

  it("rewords Zod's own issue in a language, with the type found at the issue's path", async () => {
    expect(typed?.path).toEqual(['items', 1, 'effort']);
    expect(issueMessage(typed as z.core.$ZodIssue, input, await loadIssueWords('de'))).toBe(
      'Ungültige Eingabe: erwartet Zahl, erhalten string',
    );
  });

  it('keeps English as Zod said it, and a message of a schema that is not ours as written', async () => {
    expect(issueMessage(typed as z.core.$ZodIssue, input, ENGLISH_ISSUE_WORDS)).toBe(
      typed?.message,
    );
    expect(issueMessage(named as z.core.$ZodIssue, input, await loadIssueWords('fr'))).toBe(
      'name it',
    );
  });

  it('finds our own messages by their English text', async () => {
    const ours = ourMessages(
      { 'x.named': 'name it', 'x.count': (n: number) => `${n}` },
      {
        'x.named': 'nommez-le',
        'x.count': (n: number) => `${n}`,
      },
    );
    expect(issueMessage(named as z.core.$ZodIssue, input, await loadIssueWords('fr'), ours)).toBe(
      'nommez-le',
    );
    expect(ours('something else')).toBeUndefined();
  });
});
