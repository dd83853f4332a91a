/**
 * Load the glossary: every glossary/*.yaml file, in sorted order, validated against
 * glossary/schema.json and checked across files. Any problem stops the load with one
 * GlossaryError that lists them all; a run must not go on with half a glossary.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { validatorFor } from '../data/validate.js';
import glossarySchema from '../../glossary/schema.json' with { type: 'json' };
import { crossCheck } from './check.js';
import { combineProblems, GlossaryError } from './error.js';
import { createGlossary } from './glossary.js';
import type { LocatedEntry } from './parse.js';
import type { Glossary } from './schema.js';

export { GlossaryError } from './error.js';
export { createGlossary, japaneseForms, koreanForms, koreanStatus, normalizeForm } from './glossary.js';
export { GLOSSARY_KINDS } from './schema.js';
export type {
  Glossary,
  GlossaryEntry,
  GlossaryEntryData,
  GlossaryExample,
  GlossaryKind,
  GlossaryOrigin,
  KoBasis,
  KoreanStatus,
} from './schema.js';

/** Options of loadGlossary. */
export interface LoadGlossaryOptions {
  /** A JSON Schema to validate each file with instead of glossary/schema.json (tests). */
  readonly schema?: object;
}

// The schema compiler and the YAML parser (parse.ts) load only when the YAML is read: a build
// from the compiled copy (cache.ts) needs neither. Every problem of a file is listed.
const validatorOf = (schema: object) => validatorFor(schema, { allErrors: true });

/**
 * Read every `*.yaml` file of `dir` (other files, such as kanji-forms.tsv, are not glossary
 * entries), in code-unit order of their names so the result does not depend on the file system.
 * Throws a GlossaryError naming file, line, column and field of the first problem, with all
 * problems in `problems`.
 */
export async function loadGlossary(dir: string, options: LoadGlossaryOptions = {}): Promise<Glossary> {
  const validate = validatorOf(options.schema ?? glossarySchema);
  const { parseGlossaryFile } = await import('./parse.js');
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      // suppressions.yaml sits beside the glossary but holds the consistency checker's
      // reasoned exceptions, not entries (pipeline/consistency/suppressions.ts reads it).
      .filter((item) => item.isFile() && item.name.endsWith('.yaml') && item.name !== 'suppressions.yaml')
      .map((item) => item.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    throw new GlossaryError(dir, 1, 1, '', `cannot read the glossary folder: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new GlossaryError(dir, 1, 1, '', 'no *.yaml glossary files');
  const files = names.map((name) => join(dir, name));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const located: LocatedEntry[] = [];
  const problems: GlossaryError[] = [];
  files.forEach((file, index) => {
    const parsed = parseGlossaryFile(texts[index], file, validate);
    located.push(...parsed.entries);
    problems.push(...parsed.problems);
  });
  problems.push(...crossCheck(located));
  if (problems.length > 0) throw combineProblems(problems, new Map(files.map((file, index) => [file, index])));
  return createGlossary(located.map((at) => at.entry));
}

const shared = new Map<string, Promise<Glossary>>();

/**
 * One load per folder per process, shared by every caller (load it when a plugin is attached,
 * not per document). A failed load is forgotten, so fixing the data and calling again retries.
 */
export function glossaryOnce(dir: string): Promise<Glossary> {
  const key = resolve(dir);
  let pending = shared.get(key);
  if (!pending) {
    // The compiled copy skips YAML parsing and schema validation when nothing changed.
    pending = import('./cache.js').then((cache) => cache.loadGlossaryCached(dir));
    shared.set(key, pending);
    pending.catch(() => {
      if (shared.get(key) === pending) shared.delete(key);
    });
  }
  return pending;
}
