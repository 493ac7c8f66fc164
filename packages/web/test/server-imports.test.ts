import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

// Every statement that names the server package: static imports and re-exports, and import().
const FROM_SERVER = /^(?:import|export)\b[^;]*?from\s*['"]@rolefit\/server[^'"]*['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]@rolefit\/server/g;

describe('the browser bundles take the HTTP contract from the server as types only', () => {
  it('imports @rolefit/server only with `import type` / `export type`, which the build erases', () => {
    const found: string[] = [];
    const valueImports: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(SRC, file);
      for (const [statement] of text.matchAll(FROM_SERVER)) {
        found.push(where);
        // `import { type X }` still leaves `import {} from …` behind, so only `import type` counts.
        if (!/^(?:import|export)\s+type\b/.test(statement))
          valueImports.push(`${where}: ${statement}`);
      }
      for (const _ of text.matchAll(DYNAMIC)) valueImports.push(`${where}: import(…)`);
    }
    expect(found.length, 'the web app uses the contract’s types').toBeGreaterThan(0);
    expect(valueImports).toEqual([]);
  });
});
