/**
 * The `kaikyo` command line. Each command lives in its own module; this file only declares
 * them. Progress and summaries go to stderr, results to stdout.
 */
import { Command } from 'commander';
import { mark } from '../trace.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../data/package-root.js';

type Register = (program: Command, setExit: (code: number) => void) => void;

// Each command's module (and what it imports) is loaded only when that command runs: a no-op
// `kaikyo build` must not pay for kuromoji, the consistency checker or the glossary tools.
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./build-command.js')).registerBuild,
  transcribe: async () => (await import('./transcribe-command.js')).registerTranscribe,
  check: async () => (await import('./check-command.js')).registerCheck,
  glossary: async () => (await import('./glossary-command.js')).registerGlossary,
};

/** kaikyo's version, from its package.json (read, not imported: a JSON import would copy package.json into dist/). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Run the CLI with `argv` (process.argv form). Resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  mark('main');
  const program = new Command();
  let exitCode = 0;
  program
    .name('kaikyo')
    .description('Turn scraped Korean/Japanese papers into clean editions, name lists, consistency reports and tables.')
    .version(packageVersion(), '-V, --version', 'print the version of kaikyo')
    .showHelpAfterError()
    .exitOverride();
  const setExit = (code: number) => (exitCode = Math.max(exitCode, code));
  const named = argv[2];
  // An unknown word or no command at all: register them all, so help and errors list them.
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]())(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // Commander stops on --help (exit 0) and on usage errors (an unknown option or command, a
    // missing argument: exit 1 in commander). A usage error is exit 2, as for a linter, so a
    // script can tell "findings found" (1) from "the command was wrong" (2).
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code === 0 ? 0 : 2;
    throw error;
  }
  mark('main done');
  return exitCode;
}
