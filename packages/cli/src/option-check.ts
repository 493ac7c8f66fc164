import type { ArgsDef } from 'citty';
import { CliError, EXIT } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/**
 * Refuse options a command does not have (citty would ignore them silently), naming the ones
 * it does have, so a typo like `--jsn` is not quietly dropped, and a required option left out,
 * with its help line (which says what it takes). The word after a value option
 * (`--team-size -3`) is its value, as citty reads it, whatever it starts with.
 */
export function checkOptions(
  command: string,
  args: ArgsDef,
  argv: readonly string[],
  t: Messages,
): void {
  const known = new Map<string, string>();
  // Each option's own name, by any name it is given under (its aliases).
  const canonical = new Map<string, string>();
  const seen = new Set<string>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    known.set(name, def.type ?? 'string');
    canonical.set(name, name);
    const aliases = 'alias' in def ? def.alias : undefined;
    for (const alias of [aliases ?? []].flat()) {
      known.set(alias, def.type ?? 'string');
      canonical.set(alias, name);
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const name = token.replace(/^--?/, '').split('=')[0] ?? '';
    const negated = name.startsWith('no-') && known.get(name.slice(3)) === 'boolean';
    // As citty reads it, a value option without "=" takes the next word, even "-3": that is
    // the option's value for the command to judge, not an unknown option.
    const type = known.get(name);
    if ((type === 'string' || type === 'enum') && !token.includes('=')) i++;
    seen.add(canonical.get(name) ?? name);
    if (known.has(name) || negated) continue;
    const allowed = [...known.keys()].filter((k) => k.length > 1).map((k) => `--${k}`);
    throw new CliError(
      t['usage.unknownOption'](token.split('=')[0] ?? token, command, allowed),
      EXIT.usage,
    );
  }
  for (const [name, def] of Object.entries(args)) {
    const fallback = 'default' in def ? def.default : undefined;
    if (def.type === 'positional' || def.required !== true || fallback !== undefined) continue;
    if (seen.has(name)) continue;
    const hint = 'valueHint' in def && def.valueHint ? `=<${def.valueHint}>` : '';
    const message = t['usage.missingOption'](`--${name}${hint}`, command, def.description ?? '');
    throw new CliError(message, EXIT.usage);
  }
}
