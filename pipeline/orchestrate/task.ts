/**
 * One document's build, as run in a worker (or, with `--workers 0`, in the main thread): load
 * the document (its source refused before reading when it is over the size limit, not a regular
 * file or outside its folder), build every output in memory, and swap the output folder in.
 * Returns plain data, so a worker can post it back.
 */
import { join } from 'node:path';
import { display, loadDocument } from '../corpus/document.js';
import { glossaryOnce, type Glossary } from '../glossary/load.js';
import { buildDocument } from './build-document.js';
import { describeError } from './errors.js';
import { outputDigest } from './manifest.js';
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
  /** The id the run gave this document (unique in the run); the build checks it is the document's. */
  readonly id: string;
  /** How the document is named in messages (its source, relative to the working directory). */
  readonly shown: string;
  readonly corpus: string;
  readonly out: string;
  readonly maxBytes: number;
  /** The glossary folder, or undefined to build without one. */
  readonly glossaryDir?: string;
  /** Language of the consistency report's labels. */
  readonly lang?: 'ko' | 'en' | 'ja';
  /** Load kuromoji in a thread of its own (a single-document build), not in this thread. */
  readonly tokenizerThread?: boolean;
  /** The source has kana or kanji (so the tokenizer thread can start before anything else). */
  readonly japanese?: boolean;
}

export type TaskResult =
  | {
      readonly status: 'built';
      readonly id: string;
      readonly files: Record<string, string>;
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
  try {
    const document = await loadDocument(task.target, task.corpus, { maxBytes: task.maxBytes });
    if (document.meta.id !== task.id) throw new Error(`its id changed during the build (from "${task.id}" to "${document.meta.id}"); build it again`);
    const glossary: Glossary | undefined = task.glossaryDir ? await glossaryOnce(task.glossaryDir) : undefined;
    const output = await buildDocument(document, { glossary, glossaryDir: task.glossaryDir, lang: task.lang, tokenizerThread: task.tokenizerThread, maxBytes: task.maxBytes });
    await replaceFolder(join(task.out, output.id), output.files);
    const digests = Object.fromEntries([...output.files].map(([name, content]) => [name, outputDigest(content)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

    const findings = actionableFindings(output.findings);
    const places = { edition: display(join(task.out, output.id, 'edition.md')).replace(/\\/g, '/'), source: document.displayPath.replace(/\\/g, '/') };
    return {
      status: 'built',
      id: output.id,
      files: digests,
      warnings: formatMessages(output.file, 'warning', isFindingRule),
      findings: severityCounts(findings),
      findingLines: findings.flatMap((finding) => findingLines(finding, places, task.lang ?? 'ko')),
    };
  } catch (error) {
    return { status: 'failed', error: describeError(error, task.shown) };
  }
}
