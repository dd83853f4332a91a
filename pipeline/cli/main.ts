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

/**
 * Run the CLI with `argv` (process.argv form). Resolves to the exit code. A failure of the run
 * itself (the glossary, the output folder's lock, anything unexpected) is one line on stderr
 * and exit code 2; `--debug` adds its stack trace.
 */
export async function main(givenArgv: readonly string[]): Promise<number> {
  mark('main');
  const debug = givenArgv.includes('--debug');
  const argv = givenArgv.filter((arg) => arg !== '--debug');
  const program = new Command();
  let exitCode = 0;
  program
    .name('kaikyo')
    .description('Turn scraped Korean/Japanese papers into clean editions, name lists, consistency reports and tables.')
    .version(packageVersion(), '-V, --version', 'print the version of kaikyo')
    .option('--debug', 'show the stack trace of a failure')
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
    process.stderr.write(`${failureLine(error, argv[2], debug)}\n`);
    return 2;
  }
  mark('main done');
  return exitCode;
}

const EXPECTED = new Set(['RunError', 'LockError', 'GlossaryError', 'DataError', 'DecodeError']);

/** One line for a failure of the run: `kaikyo <command>: <message>` (the message names the file), or the stack with --debug. */
export function failureLine(error: unknown, command: string | undefined, debug: boolean): string {
  const prefix = command && command in COMMANDS ? `kaikyo ${command}` : 'kaikyo';
  if (debug && error instanceof Error && error.stack) return `${prefix}: ${error.stack}`;
  const message = error instanceof Error ? error.message : String(error);
  // Errors kaikyo raises on purpose already say what and where (a list of problems may follow
  // the first line); anything else may be a bug, and its first line is all that is shown.
  if (error instanceof Error && EXPECTED.has(error.name)) return `${prefix}: ${message}`;
  return `${prefix}: ${message.split('\n')[0]}${debug ? '' : ' (--debug shows where)'}`;
}
