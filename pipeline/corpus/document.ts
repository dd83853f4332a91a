/**
 * A corpus document: its folder, metadata, source file and editorial data. Loading validates
 * every data file; a problem is a DataError naming the file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';

import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DataError } from '../data/data-error.js';
import { packageRoot } from '../data/package-root.js';
import { loadYamlData, locateInYaml } from '../data/load-yaml.js';
import { assertInside, assertReadable, DEFAULT_MAX_BYTES } from '../source/read-bounded.js';
import { compileDataPattern, UnsafePatternError } from '../data/patterns.js';
import type { BlockLayout } from '../edition/blocks.js';
import type { SiteProfile } from '../edition/chrome.js';
import type { CorrectionRule } from '../edition/corrections.js';
import { correctionsSchema, layoutSchema, metaSchema, siteSchema } from './schemas.js';

export interface DocumentMeta {
  id: string;
  title: string;
  author: { name: string; affiliation?: string; note?: string };
  year: number;
  dataAsOf?: string;
  language: string;
  source: { file: string; description?: string; site?: string };
  pages?: { announced: number; present: number; note?: string };
}

export interface CorpusDocument {
  /** Folder of the document (absolute), or undefined for a bare text file. */
  readonly folder?: string;
  /** The source file (absolute). */
  readonly sourcePath: string;
  /** How paths are shown in messages: relative to the working directory. */
  readonly displayPath: string;
  /**
   * How the source is named in outputs, the same on every machine and from every working
   * directory: relative to the corpus folder's parent (`corpus/<id>/source.txt`) for a corpus
   * document, `<folder>/<file>` for a document folder elsewhere, the file name for a raw file
   * (and for a document made in code without it).
   */
  readonly corpusPath?: string;
  readonly meta: DocumentMeta;
  readonly site?: SiteProfile;
  readonly layout: BlockLayout[];
  readonly corrections: CorrectionRule[];
  /** Absolute paths of every file the document's build depends on (for cache keys). */
  readonly inputs: string[];
}

/**
 * What a build must know of a document before building it, read cheaply and with bounded
 * memory (only meta.yaml is parsed; the editorial data and the site profiles are parsed by the
 * build itself, in a worker with a memory limit): its id, its source and the files it depends on.
 */
export interface DocumentPlan {
  readonly id: string;
  readonly folder?: string;
  readonly sourcePath: string;
  readonly displayPath: string;
  /** Absolute paths of every file the build depends on, source first (for cache keys). */
  readonly inputs: string[];
  /**
   * Which document this is, for the output folder's ownership: `corpus:<id>` for a corpus
   * document (and a raw copy of one), the absolute path for a folder or raw file elsewhere. Two
   * different owners never share an output folder, in one build or across builds.
   */
  readonly owner: string;
}

/** Options of loading: the size limit of sources (DEFAULT_MAX_BYTES when not given). */
export interface LoadOptions {
  readonly maxBytes?: number;
}

/** meta.yaml is parsed before a build's memory limit applies: it must be small. */
const META_MAX_BYTES = 1024 * 1024;

/** Show a path relative to the working directory. */
export function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

/** Load a corpus folder (with meta.yaml) or a bare text file, with everything a build needs. */
export async function loadDocument(path: string, corpusRoot: string, options: LoadOptions = {}): Promise<CorpusDocument> {
  const absolute = resolve(path);
  if (existsSync(join(absolute, 'meta.yaml'))) return loadFolder(absolute, corpusRoot, options);
  if (!existsSync(absolute)) throw new DataError(display(absolute), 1, 1, '', 'no such file or corpus folder');
  return loadRawFile(absolute, corpusRoot, options);
}

/** The plan of a corpus folder or bare text file (see {@link DocumentPlan}). */
export async function planDocument(path: string, corpusRoot: string, options: LoadOptions = {}): Promise<DocumentPlan> {
  const absolute = resolve(path);
  if (existsSync(join(absolute, 'meta.yaml'))) {
    const { meta: _meta, ...plan } = await planFolder(absolute, corpusRoot, options);
    return plan;
  }
  if (!existsSync(absolute)) throw new DataError(display(absolute), 1, 1, '', 'no such file or corpus folder');
  const text = await rawText(absolute, options);
  const known = await corpusDocumentWithText(text, corpusRoot, options);
  if (known) return { id: known.id, owner: known.owner, sourcePath: absolute, displayPath: display(absolute), inputs: [absolute, ...known.inputs.filter((input) => input !== known.sourcePath)] };
  // Any site profile may be the one that recognises the file: a change to any of them counts.
  return { id: rawId(absolute), owner: absolute, sourcePath: absolute, displayPath: display(absolute), inputs: [absolute, ...(await siteProfiles(corpusRoot))] };
}

/** A raw file's id: its name without extension, lower-cased, other characters as hyphens. */
function rawId(absolute: string): string {
  return basename(absolute).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'document';
}

async function rawText(absolute: string, options: LoadOptions): Promise<string> {
  const { readSource } = await import('../source/decode.js');
  const { normalize } = await import('../source/normalize.js');
  return normalize((await readSource(absolute, { maxBytes: options.maxBytes, shown: display(absolute) })).decoded.text).text;
}

/**
 * A raw text file. When its text (decoded, newlines unified, NFC) is a corpus document's source
 * in another encoding or with other line ends, it is that document and gets its metadata and
 * editorial data. Otherwise it gets what can be recognised from its shape: the site profile
 * whose header it carries, and the title the header repeats.
 */
async function loadRawFile(absolute: string, corpusRoot: string, options: LoadOptions): Promise<CorpusDocument> {
  const text = await rawText(absolute, options);
  const knownPlan = await corpusDocumentWithText(text, corpusRoot, options);
  const shown = { sourcePath: absolute, displayPath: display(absolute), corpusPath: basename(absolute) };
  if (knownPlan) {
    const known = await loadFolder(knownPlan.folder!, corpusRoot, options);
    return { ...known, ...shown, inputs: [absolute, ...known.inputs.filter((input) => input !== known.sourcePath)] };
  }

  const recognised = await recogniseSite(text, corpusRoot);
  return {
    ...shown,
    meta: { id: rawId(absolute), title: '', author: { name: '' }, year: 0, language: '', source: { file: basename(absolute), ...(recognised ? { site: recognised.site.id } : {}) } },
    site: recognised?.site,
    layout: [],
    corrections: [],
    inputs: recognised ? [absolute, recognised.path] : [absolute],
  };
}

/** The plan of the corpus document whose source has exactly this text, if any (corpus read once per process). */
async function corpusDocumentWithText(text: string, corpusRoot: string, options: LoadOptions): Promise<DocumentPlan | undefined> {
  const { digestOf } = await import('../orchestrate/digest.js');
  const byText = await corpusTexts(corpusRoot, options);
  return byText.get(digestOf([text]));
}

const corpusTextCache = new Map<string, Promise<Map<string, DocumentPlan>>>();

function corpusTexts(corpusRoot: string, options: LoadOptions): Promise<Map<string, DocumentPlan>> {
  const key = resolve(corpusRoot);
  let pending = corpusTextCache.get(key);
  if (!pending) {
    pending = (async () => {
      const { digestOf } = await import('../orchestrate/digest.js');
      const map = new Map<string, DocumentPlan>();
      if (!existsSync(key)) return map;
      for (const folder of await listCorpus(key)) {
        try {
          const plan = await planFolder(folder, key, options);
          map.set(digestOf([await rawText(plan.sourcePath, options)]), plan);
        } catch {
          // A broken corpus document is reported when it is built, not here.
        }
      }
      return map;
    })();
    corpusTextCache.set(key, pending);
  }
  return pending;
}

/**
 * Where the site profiles are: the corpus's own `sites/`, or, for a corpus without one (a raw
 * file built outside a checkout), the profiles kaikyo ships in its package.
 */
function sitesFolder(corpusRoot: string): string {
  const own = join(corpusRoot, 'sites');
  return existsSync(own) ? own : join(packageRoot(), 'corpus', 'sites');
}

/** The site profiles of the corpus (or the shipped ones), sorted. */
async function siteProfiles(corpusRoot: string): Promise<string[]> {
  const folder = sitesFolder(corpusRoot);
  if (!existsSync(folder)) return [];
  const { readdir } = await import('node:fs/promises');
  return (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort().map((file) => join(folder, file));
}

/**
 * The site profile whose header the text carries: every profile in corpus/sites/ is tried and the
 * one that recognises the longest header wins (a full page's header also starts like an excerpt
 * page's), ties going to the profile first by file name. None: the page keeps every line.
 */
async function recogniseSite(text: string, corpusRoot: string): Promise<{ site: SiteProfile; title: string; path: string } | undefined> {
  const { splitSegments } = await import('../edition/segments.js');
  const { stripChrome } = await import('../edition/chrome.js');
  const segments = splitSegments(text).slice(0, 60);
  let best: { site: SiteProfile; title: string; path: string; lines: number } | undefined;
  for (const path of await siteProfiles(corpusRoot)) {
    const site = await loadSite(path);
    const result = stripChrome(segments, site);
    const lines = result.chrome.filter((line) => line.part === 'header').length;
    if (lines > 0 && (!best || lines > best.lines)) best = { site, title: result.site.siteTitle ?? '', path, lines };
  }
  return best && { site: best.site, title: best.title, path: best.path };
}

/**
 * A corpus folder's meta.yaml and the paths it implies. Checks that the id is the folder's name
 * (one folder, one output) and that the source is a file inside the folder.
 */
async function planFolder(folder: string, corpusRoot: string, options: LoadOptions = {}): Promise<DocumentPlan & { meta: DocumentMeta }> {
  const metaPath = join(folder, 'meta.yaml');
  await guardDataFile(metaPath, folder, META_MAX_BYTES);
  const meta = await loadYamlData<DocumentMeta>(metaPath, metaSchema, display(metaPath));
  if (meta.id !== basename(folder)) {
    const { readFile } = await import('node:fs/promises');
    const place = locateInYaml(await readFile(metaPath, 'utf8'), ['id']);
    throw new DataError(display(metaPath), place.line, place.column, 'id', `"${meta.id}" must be the name of the document's folder, "${basename(folder)}" (the id names its output folder)`);
  }
  const sourcePath = resolve(folder, meta.source.file);
  const lexical = relative(folder, sourcePath);
  if (lexical === '' || lexical.startsWith('..') || isAbsolute(lexical)) {
    const { readFile } = await import('node:fs/promises');
    const place = locateInYaml(await readFile(metaPath, 'utf8'), ['source', 'file']);
    throw new DataError(display(metaPath), place.line, place.column, 'source.file', `"${meta.source.file}" is not inside the document's folder; a source must be a file in its folder`);
  }
  // The build hashes the source before it reads it: it must be a regular file within the limit.
  await assertInside(folder, sourcePath, display(sourcePath));
  await assertReadable(sourcePath, display(sourcePath), options.maxBytes ?? DEFAULT_MAX_BYTES);
  const inputs = [metaPath, sourcePath];
  if (meta.source.site) {
    const sitePath = join(corpusRoot, 'sites', `${meta.source.site}.yaml`);
    if (!existsSync(sitePath)) {
      const { readFile } = await import('node:fs/promises');
      const place = locateInYaml(await readFile(metaPath, 'utf8'), ['source', 'site']);
      throw new DataError(display(metaPath), place.line, place.column, 'source.site', `no site profile "${meta.source.site}": ${display(sitePath)} does not exist`);
    }
    inputs.push(sitePath);
  }
  // The tables stage reads tables.yaml itself; it is an input of the document all the same.
  for (const name of ['tables.yaml', 'layout.yaml', 'corrections.yaml']) if (existsSync(join(folder, name))) inputs.push(join(folder, name));
  const inCorpus = relative(resolve(corpusRoot), folder) === basename(folder);
  return { id: meta.id, owner: inCorpus ? `corpus:${meta.id}` : folder, folder, sourcePath, displayPath: display(sourcePath), inputs, meta };
}

async function loadFolder(folder: string, corpusRoot: string, options: LoadOptions): Promise<CorpusDocument> {
  const { meta, sourcePath, displayPath, inputs } = await planFolder(folder, corpusRoot, options);
  // Editorial data is not a source: its limit does not follow --max-bytes.
  const limit = DEFAULT_MAX_BYTES;

  let site: SiteProfile | undefined;
  if (meta.source.site) site = await loadSite(join(corpusRoot, 'sites', `${meta.source.site}.yaml`));

  const layoutPath = join(folder, 'layout.yaml');
  let layout: BlockLayout[] = [];
  if (existsSync(layoutPath)) {
    await guardDataFile(layoutPath, folder, limit);
    const data = await loadYamlData<{ blocks?: Array<Omit<BlockLayout, 'content'> & { content?: 'after' | 'before' }> }>(
      layoutPath,
      layoutSchema,
      display(layoutPath),
    );
    layout = (data.blocks ?? []).map((block) => ({ ...block, content: block.content ?? 'after' }));
  }

  const correctionsPath = join(folder, 'corrections.yaml');
  let corrections: CorrectionRule[] = [];
  if (existsSync(correctionsPath)) {
    await guardDataFile(correctionsPath, folder, limit);
    corrections = (await loadYamlData<{ corrections: CorrectionRule[] }>(correctionsPath, correctionsSchema, display(correctionsPath))).corrections;
  }
  const parent = dirname(resolve(corpusRoot));
  const inCorpus = !relative(resolve(corpusRoot), folder).startsWith('..');
  const corpusPath = (inCorpus ? relative(parent, sourcePath) : join(basename(folder), relative(folder, sourcePath))).replace(/\\/g, '/');
  return { folder, sourcePath, displayPath, corpusPath, meta, site, layout, corrections, inputs };
}

/**
 * A data file of a document must be a regular file inside its folder and not larger than
 * `limit`: checked before the YAML parser sees it (a link to /dev/zero or a FIFO would hang it).
 */
async function guardDataFile(path: string, folder: string | undefined, limit: number): Promise<void> {
  const { stat } = await import('node:fs/promises');
  if (folder) await assertInside(folder, path, display(path));
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw new DataError(display(path), 1, 1, '', `cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (!stats.isFile()) throw new DataError(display(path), 1, 1, '', 'not a regular file; a data file must be a YAML text file');
  if (stats.size > limit) throw new DataError(display(path), 1, 1, '', `${stats.size} bytes is more than the limit of ${limit} bytes for this file`);
}

const siteCache = new Map<string, Promise<SiteProfile>>();

/** Load a site profile once per process. */
export function loadSite(path: string): Promise<SiteProfile> {
  let pending = siteCache.get(path);
  if (!pending) {
    pending = (async () => {
      await guardDataFile(path, undefined, META_MAX_BYTES);
      type Shape = { pattern: string; label: string; first?: boolean; optional?: boolean; repeat?: boolean };
      const data = await loadYamlData<{
        id: string;
        name?: string;
        title?: string;
        header: { end?: string; lines?: Shape[]; sequence?: Shape[] };
        trailer?: { start: string; label: string; before?: Array<{ pattern: string; label: string }> };
      }>(path, siteSchema, display(path));
      const compile = (pattern: string, field: string) => {
        try {
          return compileDataPattern(pattern, 'u');
        } catch (error) {
          const place = locateInYaml(readFileSync(path, 'utf8'), field.split('.'));
          const problem = error instanceof UnsafePatternError ? `unsafe pattern: ${error.message}` : `bad pattern: ${(error as Error).message}`;
          throw new DataError(display(path), place.line, place.column, field, problem);
        }
      };
      const shapes = (list: Shape[] | undefined, field: string) =>
        list?.map((shape, i) => ({ ...shape, pattern: compile(shape.pattern, `header.${field}.${i}.pattern`) }));
      const { end, lines, sequence } = data.header;
      return {
        id: data.id,
        ...(data.name ? { name: data.name } : {}),
        ...(data.title ? { title: compile(data.title, 'title') } : {}),
        header: {
          ...(end ? { end: compile(end, 'header.end') } : {}),
          ...(lines ? { lines: shapes(lines, 'lines') } : {}),
          ...(sequence ? { sequence: shapes(sequence, 'sequence') } : {}),
        },
        ...(data.trailer
          ? {
              trailer: {
                start: compile(data.trailer.start, 'trailer.start'),
                label: data.trailer.label,
                before: (data.trailer.before ?? []).map((line, i) => ({ pattern: compile(line.pattern, `trailer.before.${i}.pattern`), label: line.label })),
              },
            }
          : {}),
      };
    })();
    // A failed load is not kept: the next call tries again.
    pending.catch(() => siteCache.delete(path));
    siteCache.set(path, pending);
  }
  return pending;
}

/** The corpus folders under `root`, sorted (folders with a meta.yaml). */
export async function listCorpus(root: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'meta.yaml')))
    .map((entry) => join(root, entry.name))
    .sort();
}

