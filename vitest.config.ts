import { defineConfig } from 'vitest/config';

/** Tests read @rolefit/core's TypeScript source, never its build (DEVELOPERS.md, "Builds"). */
const SOURCE = ['@rolefit/source'];

// One run covers every package; browser and database suites live beside the code they test.
export default defineConfig({
  // Added to vitest's own conditions, for the test files and for what they import.
  resolve: { conditions: SOURCE },
  ssr: { resolve: { conditions: SOURCE } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'packages/core/eval/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    // The CLI suites spawn the compiled command; it is rebuilt from source first.
    globalSetup: ['packages/cli/test/build-before-tests.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll returns as soon as its condition holds; its timeout only decides when to give up, so
    // it is half the test's (not vitest's 1 s, which a busy CI machine can miss) and still reports
    // what it waited for before the test itself times out.
    expect: { poll: { timeout: 15_000 } },
  },
});
