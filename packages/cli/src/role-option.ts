import { ROLE_IDS, type RoleId } from '@rolefit/core';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/**
 * `--role` as given: one of core's role ids, or undefined when it was left out. Any other value
 * is a usage error (exit 2) naming the roles there are.
 * @example roleOption('research-engineer', t) // 'research-engineer'
 */
export function roleOption(value: unknown, t: Messages): RoleId | undefined {
  if (value === undefined) return undefined;
  const role = ROLE_IDS.find((r) => r === value);
  if (role === undefined) {
    throw new CliError(t['option.role.invalid'](String(value), ROLE_IDS), EXIT.usage);
  }
  return role;
}
