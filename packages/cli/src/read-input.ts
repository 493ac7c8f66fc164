import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** Read a whole file, or standard input when the path is `-`. */
export async function readText(
  path: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  if (path === '-') {
    if ((stdin as { isTTY?: boolean }).isTTY) {
      throw new CliError(
        'waiting for input on standard input: pipe a file in, or give a file path instead of "-"',
      );
    }
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder; give a file`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Read JSON (or YAML, which includes JSON) from a file or `-`, saying where it is malformed. */
export async function readData(path: string, stdin?: NodeJS.ReadableStream): Promise<unknown> {
  const text = await readText(path, stdin);
  const name = path === '-' ? 'standard input' : path;
  if (text.trim() === '')
    throw new CliError(`${name} is empty; expected JSON such as {"answers": {…}}`);
  try {
    return JSON.parse(text);
  } catch {
    // Loaded only for text that is not JSON: most input is, and the parser is large.
    const { parse: parseYaml } = await import('yaml');
    try {
      return parseYaml(text);
    } catch (error) {
      throw new CliError(
        `${name} is neither JSON nor YAML: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
}
