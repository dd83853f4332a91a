/** `kaikyo build [PATH…] [--out DIR]`: build corpus documents into the output folder. */
import type { Command } from 'commander';
import { defaultGlossaryDir } from '../glossary/default-dir.js';
import { existsSync } from 'node:fs';
import { isLanguage } from '../i18n/languages.js';
import { buildCorpus, DEFAULT_MAX_BYTES, defaultWorkers } from '../orchestrate/build-corpus.js';

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('build every document in corpus/ (or only the given corpus folders or raw text files) into the output folder')
    .argument('[paths...]', 'corpus folders (with meta.yaml) or raw text files; default: every folder in --corpus')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--corpus <dir>', 'corpus folder (site profiles, default document list)', 'corpus')
    .option('--glossary <dir>', 'glossary folder (default: the one kaikyo ships)', defaultGlossaryDir())
    .option('--lang <lang>', 'language of the consistency report (ko, en, ja)', 'ko')
    .option('-j, --workers <n>', 'worker threads for a build of several documents (default: one per core)')
    .option('-f, --force', 'rebuild every document even when its outputs are current')
    .option('--max-bytes <n>', 'largest source file accepted, in bytes', process.env.KAIKYO_MAX_BYTES ?? String(DEFAULT_MAX_BYTES))
    .option('-q, --quiet', 'print only failures and the summary')
    .option('-v, --verbose', 'print every warning of every document (kaikyo check lists the findings too)')
    .action(async (paths: string[], options: { out: string; corpus: string; glossary: string; lang: string; workers?: string; quiet?: boolean; verbose?: boolean; force?: boolean; maxBytes: string }) => {
      const started = process.hrtime.bigint();
      const maxBytes = Number(options.maxBytes);
      if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
        process.stderr.write(`kaikyo build: --max-bytes must be a positive whole number, not "${options.maxBytes}"\n`);
        setExit(2);
        return;
      }
      if (!isLanguage(options.lang)) {
        process.stderr.write(`kaikyo build: --lang must be ko, en or ja, not "${options.lang}"\n`);
        setExit(2);
        return;
      }
      const lang = options.lang;
      const workers = options.workers === undefined ? defaultWorkers() : Number(options.workers);
      if (!Number.isSafeInteger(workers) || workers < 0) {
        process.stderr.write(`kaikyo build: --workers must be a whole number, not "${options.workers}"\n`);
        setExit(2);
        return;
      }
      const summary = await buildCorpus(paths, {
        out: options.out,
        corpus: options.corpus,
        glossary: existsSync(options.glossary) ? options.glossary : undefined,
        lang,
        workers,
        force: options.force,
        maxBytes,
        onDocument: (result, done, total) => {
          if (result.status === 'failed') process.stderr.write(`error  ${result.error}\n`);
          else if (result.status === 'built' && options.verbose) for (const line of [...result.findingLines, ...result.warnings]) process.stderr.write(`${line}\n`);
          if (result.status === 'built' && !options.quiet) {
            // The same count as `kaikyo check` (actionable findings, tables included), by severity.
            const { error, warning, info } = result.findings;
            const total = error + warning + info;
            const other = result.warningCount > 0 ? `; ${result.warningCount} build warning(s)${options.verbose ? '' : ' (--verbose lists them)'}` : '';
            if (total > 0 || other) process.stderr.write(`${result.path}: ${total} finding(s) (${error} error(s), ${warning} warning(s), ${info} info); see ${options.out}/${result.id}/consistency.md or run kaikyo check${other}\n`);
          }
          if (total > 1 && !options.quiet) process.stderr.write(`[${done}/${total}] ${result.status} ${result.path}\n`);
          else if (result.status === 'skipped' && !options.quiet) process.stderr.write(`unchanged ${result.path}\n`);
        },
      });
      if (summary.glossaryError) {
        process.stderr.write(`error  ${summary.glossaryError}\nkaikyo build: the glossary did not load; documents were built without it\n`);
        setExit(1);
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(
        `kaikyo build: ${summary.built} built, ${summary.skipped} unchanged, ${summary.failed} failed in ${seconds.toFixed(2)} s → ${options.out}/\n`,
      );
      if (process.env.KAIKYO_STATS) {
        // For bench/: the peak resident memory of the whole process, workers included.
        process.stderr.write(`kaikyo-stats ${JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, built: summary.built, skipped: summary.skipped, failed: summary.failed })}\n`);
      }
      if (summary.failed > 0) setExit(1);
    });
}
