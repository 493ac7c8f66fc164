/**
 * Exit codes the CLI promises: 0 ok, 1 bad input, 2 usage, 130 cancelled (Ctrl-C in `quiz`).
 * `check` answers with its code as `diff` does: 1 (`disagree`) when the documents do not agree.
 */
export const EXIT = { ok: 0, badInput: 1, disagree: 1, usage: 2, cancelled: 130 } as const;

/** The one error the CLI throws for a problem the user can fix; caught once in `main`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
