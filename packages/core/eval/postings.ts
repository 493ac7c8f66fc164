import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLE_IDS } from '@rolefit/core';
import { z } from 'zod';

/** One real posting of the shared evaluation set (read at run time, never copied here). */
export const Posting = z.object({
  id: z.string(),
  label: z.enum(ROLE_IDS),
  label_source: z.enum(['title', 'judged']),
  note: z.string().optional(),
  title: z.string(),
  company: z.string(),
  url: z.string(),
  text: z.string(),
});
/** A labelled posting. */
export type Posting = z.infer<typeof Posting>;

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the shared postings live: `ROLEFIT_EVAL_DIR`, else `../shared/eval` beside the clone. */
export function postingsDir(): string {
  return process.env.ROLEFIT_EVAL_DIR ?? resolve(REPO, '..', 'shared', 'eval');
}

/** The dev postings, or null when the shared folder is not beside this clone. */
export function loadPostings(file = 'postings-dev.jsonl'): Posting[] | null {
  const path = join(postingsDir(), file);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Posting.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

// The role nouns the "content, not the title" figure hides, as the issue lists them.
const ROLE_NOUNS =
  /\b(?:research scientists?|research engineers?|(?:ml|ai|ml\/ai|ai\/ml|machine learning) engineers?|researchers?|applied scientists?|members? of (?:the )?technical staff)\b/gi;

/** The text with every role noun replaced by "team member", so only the content speaks. */
export function maskRoleNouns(text: string): string {
  return text.replace(ROLE_NOUNS, 'team member');
}

/** The text the analyzer reads: with its title line on top, or without it and with role nouns masked. */
export function postingText(p: Posting, withTitle: boolean): string {
  return withTitle ? `${p.title}\n\n${p.text}` : maskRoleNouns(p.text);
}
