#!/usr/bin/env node
// The CLI runs its TypeScript sources directly; tsx compiles them on load.
import { register } from 'tsx/esm/api';

// A closed pipe (`rolefit export | head`) ends the output; it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
