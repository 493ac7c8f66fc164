import { defineConfig } from 'vitest/config';

// One run covers every package; browser and database suites live beside the code they test.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'packages/core/eval/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll returns as soon as its condition holds; its timeout only decides when to give up, so
    // it is half the test's (not vitest's 1 s, which a busy CI machine can miss) and still reports
    // what it waited for before the test itself times out.
    expect: { poll: { timeout: 15_000 } },
  },
});
