/**
 * The `kaikyo` command line. Each command lives in its own module; this file only declares
 * them. Progress and summaries go to stderr, results to stdout.
 */
import { Command } from 'commander';
import { registerBuild } from './build-command.js';
import { registerCheck } from './check-command.js';
import { registerGlossary } from './glossary-command.js';
import { registerTranscribe } from './transcribe-command.js';

/** Run the CLI with `argv` (process.argv form). Resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('kaikyo')
    .description('Turn scraped Korean/Japanese papers into clean editions, name lists, consistency reports and tables.')
    .showHelpAfterError()
    .exitOverride();
  const setExit = (code: number) => (exitCode = Math.max(exitCode, code));
  registerBuild(program, setExit);
  registerTranscribe(program, setExit);
  registerCheck(program, setExit);
  registerGlossary(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    throw error;
  }
  return exitCode;
}
