import type { RoleId } from '@rolefit/core';
import { shellWord } from './shell-word.ts';

/**
 * The command line that prints `file` with the suggested rewrites toward `role` applied: what
 * the report of `analyze` and of `check` point to.
 * @example rewriteCommand('ladder.md', 'research-engineer')
 * // 'rolefit analyze --role research-engineer --rewrite ladder.md'
 */
export const rewriteCommand = (file: string, role?: RoleId) =>
  `rolefit analyze${role ? ` --role ${role}` : ''} --rewrite ${shellWord(file)}`;
