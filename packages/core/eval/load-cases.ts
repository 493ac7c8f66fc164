import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { EvalCase } from './eval-case.ts';

/** Where the labelled cases live: one text file per case, YAML front matter on top. */
export const CASES_DIR = fileURLToPath(new URL('./cases/', import.meta.url));

/** Read one case file: front matter between `---` lines, then the text. */
export function parseCase(source: string, file: string): EvalCase {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no front matter`);
  const parsed = EvalCase.safeParse({ ...parse(match[1] ?? ''), text: (match[2] ?? '').trim() });
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

/** Every case in the set, in file-name order (so runs are comparable). */
export function loadCases(dir = CASES_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseCase(readFileSync(join(dir, f), 'utf8'), f));
}
