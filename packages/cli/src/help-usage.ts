import type { ArgDef, ArgsDef, CommandDef, CommandMeta, Resolvable, SubCommandsDef } from 'citty';
import { displayWidth, padEndTo, padStartTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import type { TerminalStyle } from './terminal-style.ts';

const resolve = async <T>(value: Resolvable<T> | undefined): Promise<T | undefined> =>
  typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;

/** What follows an option or argument in the help, as citty writes it: `=<N>`, `=<csv|json>`. */
function valueHint(name: string, arg: ArgDef): string {
  const hint = arg.valueHint ? `=<${arg.valueHint}>` : '';
  if (!arg.type || arg.type === 'positional' || arg.type === 'boolean') return hint;
  if (arg.type === 'enum' && arg.options?.length) return `=<${arg.options.join('|')}>`;
  return hint || `=<${name.replaceAll('-', '_')}>`;
}

/**
 * Rows of cells as aligned columns, as citty lays out its help: the first column right-aligned,
 * the others left-aligned and padded to the widest cell (in columns, colour codes left out), each
 * cell after `prefix`.
 */
function columns(rows: readonly string[][], prefix = '  '): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  return rows
    .map((row) =>
      row
        .map(
          (cell, i) =>
            prefix + (i === 0 ? padStartTo(cell, widths[i] ?? 0) : padEndTo(cell, widths[i] ?? 0)),
        )
        .join('  '),
    )
    .join('\n');
}

/**
 * A command's help in citty's layout (description, usage line, arguments, options, commands),
 * with its headings and hints from the catalogue and its colours from `style`, the CLI's one
 * colour decision. Covers the arguments the commands define: positionals, strings and booleans,
 * with aliases, value hints, defaults and "required".
 * @example await renderHelp(scoreCommand(io, quiz, en), root, terminalStyle(process.stdout), en)
 */
export async function renderHelp(
  command: CommandDef,
  parent: CommandDef | undefined,
  style: TerminalStyle,
  t: Messages,
): Promise<string> {
  const { accent } = style;
  const grey = (s: string) => style.paint('gray', s);
  const heading = (s: string) => style.paint('underline', style.bold(s));
  const meta: CommandMeta = (await resolve(command.meta)) ?? {};
  const parentMeta: CommandMeta = (await resolve(parent?.meta)) ?? {};
  const name = `${parentMeta.name ? `${parentMeta.name} ` : ''}${meta.name ?? ''}`;
  const args: ArgsDef = (await resolve(command.args)) ?? {};
  const positionals: string[][] = [];
  const options: string[][] = [];
  const usage: string[] = [];
  const describe = (description: string | undefined, required: boolean, fallback: unknown) =>
    [
      description,
      required ? grey(t['help.required']) : '',
      fallback === undefined ? '' : grey(t['help.default'](String(fallback))),
    ]
      .filter(Boolean)
      .join(' ');
  for (const [argName, arg] of Object.entries(args)) {
    const hint = valueHint(argName, arg);
    const fallback = 'default' in arg ? arg.default : undefined;
    if (arg.type === 'positional') {
      const upper = argName.toUpperCase();
      const required = arg.required !== false && fallback === undefined;
      positionals.push([accent(upper + hint), describe(arg.description, required, fallback)]);
      usage.push(required ? `<${upper}>` : `[${upper}]`);
      continue;
    }
    const required = arg.required === true && fallback === undefined;
    const aliases = [('alias' in arg ? arg.alias : undefined) ?? []].flat();
    const flags = [...aliases.map((a) => `-${a}`), `--${argName}`].join(', ') + hint;
    options.push([accent(flags), describe(arg.description, required, fallback)]);
    if (required) usage.push(`--${argName}${hint}`);
  }
  const commands: string[][] = [];
  const subCommands: SubCommandsDef | undefined = await resolve(command.subCommands);
  if (subCommands) {
    const names: string[] = [];
    for (const [subName, sub] of Object.entries(subCommands)) {
      const subMeta = await resolve((await resolve(sub))?.meta);
      if (subMeta?.hidden) continue;
      const labels = [subName, ...[subMeta?.alias ?? []].flat()];
      commands.push([accent(labels.join(', ')), subMeta?.description ?? '']);
      names.push(...labels);
    }
    usage.push(names.join('|'));
  }
  const version = meta.version ?? parentMeta.version ?? '';
  const withOptions = options.length > 0 || positionals.length > 0;
  const lines = [
    grey(t['help.title'](meta.description ?? '', name, version)),
    '',
    `${heading(t['help.usage'])} ${accent(`${name}${withOptions ? ` ${t['help.usage.options']}` : ''} ${usage.join(' ')}`)}`,
    '',
  ];
  if (positionals.length > 0)
    lines.push(heading(t['help.arguments']), '', columns(positionals), '');
  if (options.length > 0) lines.push(heading(t['help.options']), '', columns(options), '');
  if (commands.length > 0) {
    lines.push(heading(t['help.commands']), '', columns(commands), '');
    lines.push(t['help.commands.more'](accent(t['help.commands.command'](name))));
  }
  return lines.join('\n');
}
