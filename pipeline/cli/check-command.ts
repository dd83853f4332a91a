/**
 * `kaikyo check [PATH…]`: the findings of corpus documents, raw text files or output folders,
 * printed like a linter (text), as consistency.json's shape (json) or as SARIF 2.1.0 (sarif).
 * Each document is built in memory as `kaikyo build` builds it, so both count the same
 * findings: the actionable ones (confirmations and duplicates stay in consistency.json).
 * Places point into edition.md (the source when not in the edition), and each line says which.
 * Exit 0 when clean, 1 when a finding reaches `--fail-on`, 2 for a usage or input error
 * (a bad option, a broken glossary or suppressions file, an unreadable document).
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consistencyJson } from '../consistency/json.js';
import { actionableFindings } from '../consistency/finalize.js';
import { isReportLanguage, type ReportLanguage } from '../consistency/i18n/index.js';
import { countLine, findingLines, reaches, type FailOn } from '../consistency/lint.js';
import { sarifLog, type SarifDocument } from '../consistency/sarif.js';
import { loadSuppressions } from '../consistency/suppressions.js';
import { packageRoot } from '../data/package-root.js';
import { loadGlossary } from '../glossary/load.js';
import { checkPaths, checkTarget } from './check-targets.js';
import { DEFAULT_MAX_BYTES } from '../source/read-bounded.js';
import { defaultGlossaryDir } from './glossary-path.js';

export { reaches } from '../consistency/lint.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('report the findings of corpus documents like a linter: names against the glossary, tables against the text')
    .argument('[paths...]', 'corpus folders (with meta.yaml), raw text files or output folders (output/<id>); default: every folder in --corpus')
    .option('--corpus <dir>', 'corpus folder', 'corpus')
    .option('--glossary <dir>', 'glossary folder, with its suppressions.yaml and loanwords.tsv (default: the one kaikyo ships)', defaultGlossaryDir())
    .option('--max-bytes <n>', 'largest source file accepted, in bytes', process.env.KAIKYO_MAX_BYTES ?? String(DEFAULT_MAX_BYTES))
    .option('-o, --out <dir>', 'output folder whose edition.md the places point into', 'output')
    .option('--format <format>', 'text (one line per finding, then its places), json (consistency.json\'s shape) or sarif (SARIF 2.1.0)', 'text')
    .option('--lang <lang>', 'language of the messages: ko, en or ja', 'ko')
    .option('--fail-on <severity>', 'exit 1 when a finding has this severity or a higher one: error, warning, info or none', 'error')
    .action(async (paths: string[], options: { corpus: string; glossary: string; out: string; format: string; lang: string; failOn: string; maxBytes: string }) => {
      const fail = (message: string) => {
        process.stderr.write(`kaikyo check: ${message}\n`);
        setExit(2);
      };
      if (!(FORMATS as readonly string[]).includes(options.format)) return fail(`--format must be text, json or sarif, not "${options.format}"`);
      if (!isReportLanguage(options.lang)) return fail(`--lang must be ko, en or ja, not "${options.lang}"`);
      if (!['error', 'warning', 'info', 'none'].includes(options.failOn)) return fail(`--fail-on must be error, warning, info or none, not "${options.failOn}"`);
      const maxBytes = Number(options.maxBytes);
      if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return fail(`--max-bytes must be a positive whole number, not "${options.maxBytes}"`);
      const lang: ReportLanguage = options.lang;
      let glossary;
      try {
        glossary = await loadGlossary(options.glossary);
        await loadSuppressions(options.glossary); // a broken decisions file is a usage error, reported once here
      } catch (error) {
        return fail((error as Error).message);
      }
      const documents: SarifDocument[] = [];
      for (const path of await checkPaths(paths, options.corpus)) {
        try {
          const checked = await checkTarget(path, { corpus: options.corpus, out: options.out, glossary, glossaryDir: options.glossary, lang, maxBytes });
          documents.push({ ...checked, findings: actionableFindings(checked.findings) });
        } catch (error) {
          fail((error as Error).message);
        }
      }
      const findings = documents.flatMap((document) => document.findings);
      if (options.format === 'json') process.stdout.write(consistencyJson(findings));
      else if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(sarifLog(documents, { lang, version: version() }), null, 2)}\n`);
      else for (const document of documents) for (const finding of document.findings) process.stdout.write(`${findingLines(finding, document, lang).join('\n')}\n`);
      process.stderr.write(`kaikyo check: ${countLine(findings)}\n`);
      if (reaches(findings, options.failOn as FailOn)) setExit(1);
    });
}
