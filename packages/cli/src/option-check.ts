import type { ArgsDef } from 'citty';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/**
 * Refuse options a command does not have (citty would ignore them silently), naming the ones
 * it does have, so a typo like `--jsn` is not quietly dropped.
 */
export function checkOptions(
  command: string,
  args: ArgsDef,
  argv: readonly string[],
  t: Messages,
): void {
  const known = new Map<string, string>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    known.set(name, def.type ?? 'string');
    const aliases = 'alias' in def ? def.alias : undefined;
    for (const alias of [aliases ?? []].flat()) known.set(alias, def.type ?? 'string');
  }
  for (const token of argv) {
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const name = token.replace(/^--?/, '').split('=')[0] ?? '';
    const negated = name.startsWith('no-') && known.get(name.slice(3)) === 'boolean';
    if (known.has(name) || negated) continue;
    const allowed = [...known.keys()].filter((k) => k.length > 1).map((k) => `--${k}`);
    throw new CliError(
      t['usage.unknownOption'](token.split('=')[0] ?? token, command, allowed),
      EXIT.usage,
    );
  }
}
