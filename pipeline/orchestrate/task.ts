/**
 * One document's build, as run in the main thread or in a worker: load the document, refuse a
 * source over the size limit before reading it, build every output in memory, and swap the
 * output folder in. Returns plain data, so a worker can post it back.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { display, loadDocument } from '../corpus/document.js';
import { glossaryOnce, type Glossary } from '../glossary/load.js';
import { buildDocument } from './build-document.js';
import { describeError, InputTooLargeError } from './errors.js';
import { formatMessages } from './messages.js';
import { replaceFolder } from './write-atomic.js';
import { actionableFindings } from '../consistency/finalize.js';
import { findingLines, severityCounts } from '../consistency/lint.js';
import { RULES, type RuleInfo, type Severity } from '../rules.js';

/** Rules whose messages are findings (consistency.json), counted and printed as findings, not as build warnings. */
function isFindingRule(ruleId: string): boolean {
  const stage = (RULES as Record<string, RuleInfo>)[ruleId]?.stage;
  return stage === 'consistency' || stage === 'tables';
}

export interface BuildTask {
  readonly target: string;
  readonly corpus: string;
  readonly out: string;
  readonly maxBytes: number;
  /** The glossary folder, or undefined to build without one (also when it failed to load). */
  readonly glossaryDir?: string;
  /** Language of the consistency report's labels. */
  readonly lang?: 'ko' | 'en' | 'ja';
  /** Load kuromoji in a thread of its own (set for builds in the main thread, not in pool workers). */
  readonly tokenizerThread?: boolean;
}

export type TaskResult =
  | {
      readonly status: 'built';
      readonly id: string;
      readonly files: string[];
      /** The build's own warnings (edition stages), findings left out: those are counted in `findings`. */
      readonly warnings: string[];
      /** The actionable findings (consistency.json's, as `kaikyo check` counts them) by severity. */
      readonly findings: Record<Severity, number>;
      /** Those findings as `kaikyo check` prints them, for --verbose. */
      readonly findingLines: string[];
    }
  | { readonly status: 'failed'; readonly error: string };

/** Run one build task. Never throws: a failure is a result naming the file. */
export async function runBuildTask(task: BuildTask): Promise<TaskResult> {
  const path = display(task.target);
  try {
    const document = await loadDocument(task.target, task.corpus);
    const size = (await stat(document.sourcePath)).size;
    if (size > task.maxBytes) throw new InputTooLargeError(display(document.sourcePath), size, task.maxBytes);

    const glossary: Glossary | undefined = task.glossaryDir ? await glossaryOnce(task.glossaryDir) : undefined;
    const output = await buildDocument(document, { glossary, glossaryDir: task.glossaryDir, lang: task.lang, tokenizerThread: task.tokenizerThread });
    await replaceFolder(join(task.out, output.id), output.files);
    const findings = actionableFindings(output.findings);
    const files = { edition: display(join(task.out, output.id, 'edition.md')).replace(/\\/g, '/'), source: document.displayPath.replace(/\\/g, '/') };
    return {
      status: 'built',
      id: output.id,
      files: [...output.files.keys()].sort(),
      warnings: formatMessages(output.file, 'warning', isFindingRule),
      findings: severityCounts(findings),
      findingLines: findings.flatMap((finding) => findingLines(finding, files, task.lang ?? 'ko')),
    };
  } catch (error) {
    return { status: 'failed', error: describeError(error, path) };
  }
}
