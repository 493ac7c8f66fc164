import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('embed.d.ts, the types a host page imports', () => {
  it('matches the widget source and types what a host writes (types/embed-types-check.ts)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      file('../tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    if (!config) throw new Error('packages/web/tsconfig.json did not parse');
    const program = ts.createProgram([file('../types/embed-types-check.ts')], {
      ...config.options,
      composite: false,
      noEmit: true,
      emitDeclarationOnly: false,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
    // A whole type-check of the widget's source and core: seconds, more on a busy machine.
  }, 120_000);
});
