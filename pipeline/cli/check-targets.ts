/**
 * What `kaikyo check` is given and what it checks: a corpus folder (with meta.yaml), a raw text
 * file, or an output folder (output/<id>/, found again through its apparatus.json's `source`, or
 * the corpus folder of the same name). Each is built in memory exactly as `kaikyo build` builds
 * it, so check and build report the same findings (every stage's, tables included).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { display, listCorpus, loadDocument } from '../corpus/document.js';
import { DataError } from '../data/data-error.js';
import type { Finding } from '../consistency/types.js';
import type { Glossary } from '../glossary/load.js';
import { buildDocument } from '../orchestrate/build-document.js';

/** One checked document. */
export interface CheckedDocument {
  /** The source as shown to the user (relative to the working directory). */
  readonly source: string;
  /** edition.md of the document in the output folder, as shown to the user: the file places point into. */
  readonly edition: string;
  /** Every finding of the build (consistency.json's), `file` set to `edition`. */
  readonly findings: readonly Finding[];
}

/** Options of checkTarget. */
export interface CheckTargetOptions {
  readonly corpus: string;
  readonly out: string;
  readonly glossary: Glossary;
  readonly glossaryDir: string;
  readonly lang: 'ko' | 'en' | 'ja';
  /** Largest source accepted, in bytes (checked before reading). */
  readonly maxBytes?: number;
}

/** The paths to check: the given ones, or every corpus folder. */
export async function checkPaths(paths: readonly string[], corpus: string): Promise<string[]> {
  return paths.length > 0 ? paths.map((path) => resolve(path)) : listCorpus(resolve(corpus));
}

/**
 * The corpus folder or text file behind `path`: itself, or for an output folder the source its
 * apparatus.json names (else the corpus folder of the same id). Throws a DataError naming the
 * path when it is none of these.
 */
export function resolveTarget(path: string, corpus: string): { target: string; out?: string } {
  const absolute = resolve(path);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory() || existsSync(join(absolute, 'meta.yaml'))) return { target: absolute };
  const apparatus = join(absolute, 'apparatus.json');
  const named = join(resolve(corpus), basename(absolute));
  if (existsSync(apparatus) || existsSync(join(absolute, 'consistency.json'))) {
    const source = existsSync(apparatus) ? (JSON.parse(readFileSync(apparatus, 'utf8')) as { source?: unknown }).source : undefined;
    const folder = typeof source === 'string' ? resolve(source, '..') : undefined;
    if (folder && existsSync(join(folder, 'meta.yaml'))) return { target: folder, out: resolve(absolute, '..') };
    if (typeof source === 'string' && existsSync(resolve(source))) return { target: resolve(source), out: resolve(absolute, '..') };
    if (existsSync(join(named, 'meta.yaml'))) return { target: named, out: resolve(absolute, '..') };
    throw new DataError(display(absolute), 1, 1, '', 'an output folder whose source is gone (no corpus folder of that name, nor the source its apparatus.json names)');
  }
  throw new DataError(display(absolute), 1, 1, '', 'is a folder with neither meta.yaml (a corpus folder) nor apparatus.json (an output folder)');
}

/** Build one target in memory and return its findings. Throws what the build throws. */
export async function checkTarget(path: string, options: CheckTargetOptions): Promise<CheckedDocument> {
  const { target, out } = resolveTarget(path, options.corpus);
  const document = await loadDocument(target, resolve(options.corpus), { maxBytes: options.maxBytes });
  const output = await buildDocument(document, { glossary: options.glossary, glossaryDir: options.glossaryDir, lang: options.lang, maxBytes: options.maxBytes });
  const edition = toPosix(relativeOrAbsolute(join(out ?? resolve(options.out), output.id, 'edition.md')));
  const source = toPosix(document.displayPath);
  return { source, edition, findings: output.findings.map((finding) => ({ ...finding, file: edition })) };
}

function relativeOrAbsolute(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}
