import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';
import type { Messages } from './messages/en.ts';

/** Read a whole file, or standard input when the path is `-`. */
export async function readText(
  path: string,
  stdin: NodeJS.ReadableStream,
  t: Messages,
): Promise<string> {
  if (path === '-') {
    if ((stdin as { isTTY?: boolean }).isTTY) throw new CliError(t['input.waiting']);
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(t['input.noFile'](path));
    if (code === 'EISDIR') throw new CliError(t['input.folder'](path));
    throw new CliError(t['input.unreadable'](path, (error as Error).message));
  }
}

/** Read JSON (or YAML, which includes JSON) from a file or `-`, saying where it is malformed. */
export async function readData(
  path: string,
  stdin: NodeJS.ReadableStream,
  t: Messages,
): Promise<unknown> {
  const text = await readText(path, stdin, t);
  const name = path === '-' ? t['input.stdin'] : path;
  if (text.trim() === '') throw new CliError(t['input.empty'](name));
  try {
    return JSON.parse(text);
  } catch {
    // Loaded only for text that is not JSON: most input is, and the parser is large.
    const { parse: parseYaml } = await import('yaml');
    try {
      return parseYaml(text);
    } catch (error) {
      throw new CliError(t['input.notData'](name, (error as Error).message.split('\n')[0] ?? ''));
    }
  }
}
