/**
 * `kaikyo check [PATH…]`: check the Japanese names of corpus documents against the glossary and
 * print the findings like a linter (`file:line:column  rule  message`), or as JSON. Exit 1 when
 * a finding reaches `--fail-on`, 2 when the run itself is broken (glossary, suppressions, input).
 */
import type { Command } from 'commander';
import { loadGlossary } from '../glossary/load.js';
import { findingMessage, mergeFindings, loadSuppressions, consistencyJson } from '../consistency/index.js';
import { isReportLanguage } from '../consistency/i18n/index.js';
import { checkDocument, documentPaths } from '../consistency/run.js';
import type { Finding } from '../consistency/types.js';
import { DEFAULT_MAX_BYTES } from '../source/read-bounded.js';
import { defaultGlossaryDir } from './glossary-path.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;
type FailOn = keyof typeof RANK | 'none';

/** One linter line per finding, at its first occurrence; the count of further places follows. */
export function formatFinding(finding: Finding, lang: 'ko' | 'en' | 'ja'): string {
  const first = finding.occurrences[0];
  const place = `${finding.file ?? '-'}:${first?.line ?? 1}:${first?.column ?? 1}`;
  const more = finding.occurrences.length > 1 ? ` [+${finding.occurrences.length - 1}]` : '';
  return `${place}  ${finding.ruleId}  ${findingMessage(finding, lang)}${more}`;
}

/** True when any finding is at least as severe as `failOn`. */
export function reaches(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('check how the Japanese names of corpus documents are written in Korean, against the glossary')
    .argument('[paths...]', 'corpus folders (with meta.yaml) or raw text files; default: every folder in --corpus')
    .option('--corpus <dir>', 'corpus folder', 'corpus')
    .option('--glossary <dir>', 'glossary folder, with its suppressions.yaml (default: the one kaikyo ships)', defaultGlossaryDir())
    .option('--max-bytes <n>', 'largest source file accepted, in bytes', process.env.KAIKYO_MAX_BYTES ?? String(DEFAULT_MAX_BYTES))
    .option('--format <format>', 'text (one line per finding) or json', 'text')
    .option('--lang <lang>', 'language of the messages: ko, en or ja', 'ko')
    .option('--fail-on <severity>', 'exit 1 when a finding has this severity or a higher one: error, warning, info or none', 'error')
    .action(async (paths: string[], options: { corpus: string; glossary: string; format: string; lang: string; failOn: string; maxBytes: string }) => {
      const fail = (message: string) => {
        process.stderr.write(`kaikyo check: ${message}\n`);
        setExit(2);
      };
      if (options.format !== 'text' && options.format !== 'json') return fail(`--format must be text or json, not "${options.format}"`);
      if (!isReportLanguage(options.lang)) return fail(`--lang must be ko, en or ja, not "${options.lang}"`);
      if (!['error', 'warning', 'info', 'none'].includes(options.failOn)) return fail(`--fail-on must be error, warning, info or none, not "${options.failOn}"`);
      const maxBytes = Number(options.maxBytes);
      if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return fail(`--max-bytes must be a positive whole number, not "${options.maxBytes}"`);
      const lang = options.lang;
      let glossary;
      let suppressions;
      try {
        glossary = await loadGlossary(options.glossary);
        suppressions = await loadSuppressions(options.glossary);
      } catch (error) {
        return fail((error as Error).message);
      }
      const lists: Finding[][] = [];
      for (const path of await documentPaths(paths, options.corpus)) {
        try {
          lists.push((await checkDocument(path, { corpus: options.corpus, glossary, suppressions, maxBytes })).findings);
        } catch (error) {
          process.stderr.write(`kaikyo check: ${path}: ${(error as Error).message}\n`);
          setExit(2);
        }
      }
      const findings = mergeFindings(...lists);
      if (options.format === 'json') process.stdout.write(consistencyJson(findings));
      else for (const finding of findings) process.stdout.write(`${formatFinding(finding, lang)}\n`);
      const counts = Object.fromEntries((['error', 'warning', 'info'] as const).map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length]));
      process.stderr.write(`kaikyo check: ${findings.length} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)\n`);
      if (reaches(findings, options.failOn as FailOn)) setExit(1);
    });
}
