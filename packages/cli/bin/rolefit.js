#!/usr/bin/env node
// Runs the compiled command in ../dist/, which `npm ci` (the root `prepare` script) and
// `npm run build` write; packages/cli/scripts/build-cli.ts says how.
import { fileURLToPath } from 'node:url';

// A closed pipe (`rolefit export | head`) ends the output; it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const compiled = new URL('../dist/main.js', import.meta.url);
const { main } = await import(compiled.href).catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !error.message.includes(fileURLToPath(compiled))) {
    throw error;
  }
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  process.stderr.write(
    `rolefit: the command is not built yet; run "npm ci" or "npm run build" in ${root}\n`,
  );
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2));
