/** `kaikyo build [PATH…] [--out DIR]`: build corpus documents into the output folder. */
import type { Command } from 'commander';
import { isLanguage } from '../i18n/languages.js';
import { buildCorpus, DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, defaultWorkers } from '../orchestrate/build-corpus.js';
import { chosenGlossaryDir, defaultGlossaryDir } from './glossary-path.js';

interface BuildFlags {
  out: string;
  corpus: string;
  glossary?: string | boolean;
  lang: string;
  workers?: string;
  quiet?: boolean;
  verbose?: boolean;
  force?: boolean;
  maxBytes: string;
  deadline?: string;
  maxMemory: string;
}

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('build every document in corpus/ (or only the given corpus folders or raw text files) into the output folder')
    .argument('[paths...]', 'corpus folders (with meta.yaml) or raw text files; default: every folder in --corpus')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--corpus <dir>', 'corpus folder (site profiles, default document list)', 'corpus')
    .option('--glossary <dir>', 'glossary folder (default: the one kaikyo ships); a missing or broken one stops the build')
    .option('--no-glossary', 'build without a glossary (no consistency findings, no glossary readings)')
    .option('--lang <lang>', 'language of the consistency report (ko, en, ja)', 'ko')
    .option('-j, --workers <n>', 'worker threads (default and most: one per core; 0 builds in this thread, without deadlines or memory limits)')
    .option('-f, --force', 'rebuild every document even when its outputs are current')
    .option('--max-bytes <n>', 'largest source file accepted, in bytes', process.env.KAIKYO_MAX_BYTES ?? String(DEFAULT_MAX_BYTES))
    .option('--deadline <seconds>', 'stop a document that builds longer than this (default: 60 s plus 60 s per MiB of its source)', process.env.KAIKYO_DEADLINE)
    .option('--max-memory <mb>', 'memory limit of each build worker, in MB', process.env.KAIKYO_MAX_MEMORY ?? String(DEFAULT_MAX_MEMORY_MB))
    .option('-q, --quiet', 'print only failures and the summary')
    .option('-v, --verbose', 'print every warning of every document (kaikyo check lists the findings too)')
    .action(async (paths: string[], options: BuildFlags) => {
      const started = process.hrtime.bigint();
      const bad = (message: string) => {
        process.stderr.write(`kaikyo build: ${message}\n`);
        setExit(2);
      };
      const maxBytes = Number(options.maxBytes);
      if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return bad(`--max-bytes must be a positive whole number, not "${options.maxBytes}"`);
      if (!isLanguage(options.lang)) return bad(`--lang must be ko, en or ja, not "${options.lang}"`);
      const lang = options.lang;
      const workers = options.workers === undefined ? defaultWorkers() : Number(options.workers);
      if (!Number.isSafeInteger(workers) || workers < 0) return bad(`--workers must be a whole number, not "${options.workers}"`);
      if (workers > defaultWorkers() && !options.quiet) process.stderr.write(`kaikyo build: --workers ${workers} is more than the ${defaultWorkers()} cores; using ${defaultWorkers()}\n`);
      const deadline = options.deadline === undefined ? undefined : Number(options.deadline);
      if (deadline !== undefined && !(Number.isFinite(deadline) && deadline > 0)) return bad(`--deadline must be a positive number of seconds, not "${options.deadline}"`);
      const maxMemoryMb = Number(options.maxMemory);
      if (!Number.isSafeInteger(maxMemoryMb) || maxMemoryMb < 64) return bad(`--max-memory must be a whole number of MB, at least 64, not "${options.maxMemory}"`);
      const summary = await buildCorpus(paths, {
        out: options.out,
        corpus: options.corpus,
        glossary: chosenGlossaryDir(options.glossary),
        lang,
        workers,
        force: options.force,
        maxBytes,
        deadline,
        maxMemoryMb,
        onNotice: (message) => process.stderr.write(`kaikyo build: ${message}\n`),
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
