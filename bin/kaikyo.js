#!/usr/bin/env node
// The kaikyo CLI runs the compiled pipeline, which `npm install` builds (the "prepare"
// script): the bundle in dist/bundle/ when it is there, the plain compiled dist/ otherwise.
// Running from source would cost a TypeScript transpile on every start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A reader that stops early (`kaikyo check | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Anything that escapes the CLI's own handling (an error thrown from a timer or a stream) is one
// line, not a stack trace; --debug shows the stack.
const debug = process.argv.includes('--debug');
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    const message = error instanceof Error ? (debug ? error.stack : error.message.split('\n')[0]) : String(error);
    process.stderr.write(`kaikyo: ${message}${debug ? '' : ' (--debug shows where)'}\n`);
    process.exit(2);
  });
}

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const entry = existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/pipeline/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('kaikyo: dist/ is missing; run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
