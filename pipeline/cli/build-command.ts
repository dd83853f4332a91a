/** `kaikyo build [PATH…] [--out DIR]`: build corpus documents into the output folder. */
import type { Command } from 'commander';
import { buildCorpus } from '../build/build-corpus.js';

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('build every document in corpus/ (or only the given corpus folders or raw text files) into the output folder')
    .argument('[paths...]', 'corpus folders (with meta.yaml) or raw text files; default: every folder in --corpus')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--corpus <dir>', 'corpus folder (site profiles, default document list)', 'corpus')
    .option('-q, --quiet', 'print only failures and the summary')
    .action(async (paths: string[], options: { out: string; corpus: string; quiet?: boolean }) => {
      const started = process.hrtime.bigint();
      const summary = await buildCorpus(paths, {
        out: options.out,
        corpus: options.corpus,
        onDocument: (result, done, total) => {
          if (result.status === 'failed') process.stderr.write(`error  ${result.error}\n`);
          else if (!options.quiet) for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
          if (total > 1 && !options.quiet) process.stderr.write(`[${done}/${total}] ${result.status} ${result.path}\n`);
        },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(`kaikyo build: ${summary.built} built, ${summary.failed} failed in ${seconds.toFixed(2)} s → ${options.out}/\n`);
      if (summary.failed > 0) setExit(1);
    });
}
