import { register } from 'node:module';

/** The commands that import @rolefit/server, which is TypeScript source. */
export const SERVER_COMMANDS: ReadonlySet<string> = new Set(['serve', 'export']);

/** Resolves @rolefit/core (and any workspace package) to its source, as the server's tests do. */
const SOURCE_CONDITION =
  'data:text/javascript,export const resolve = (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, "@rolefit/source"] });';

/**
 * Let this process import TypeScript, for the commands that load the server: registers tsx, and
 * resolves the workspace packages the server imports to their source, as `npm start` does.
 * Compiling the server on load takes a second or so, which only `serve` and `export` pay.
 * Does nothing when the CLI itself runs from source (under tsx or vitest).
 */
export async function registerTypeScript(): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return;
  const tsx = await import('tsx/esm/api');
  tsx.register();
  // Registered after tsx, so it runs first and tsx resolves with the condition added.
  register(SOURCE_CONDITION);
}
