/**
 * A corpus document: its folder, metadata, source file and editorial data. Loading validates
 * every data file; a problem is a DataError naming the file, line and field.
 */
import { existsSync } from 'node:fs';

import { basename, join, relative, resolve } from 'node:path';
import { DataError } from '../data/data-error.js';
import { loadYamlData } from '../data/load-yaml.js';
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
  readonly meta: DocumentMeta;
  readonly site?: SiteProfile;
  readonly layout: BlockLayout[];
  readonly corrections: CorrectionRule[];
  /** Absolute paths of every file the document's build depends on (for cache keys). */
  readonly inputs: string[];
}

/** Show a path relative to the working directory. */
export function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

/** Load a corpus folder (with meta.yaml) or a bare text file. */
export async function loadDocument(path: string, corpusRoot: string): Promise<CorpusDocument> {
  const absolute = resolve(path);
  if (existsSync(join(absolute, 'meta.yaml'))) return loadFolder(absolute, corpusRoot);
  if (!existsSync(absolute)) throw new DataError(display(absolute), 1, 1, '', 'no such file or corpus folder');
  return loadRawFile(absolute, corpusRoot);
}

/**
 * A raw text file. When its text (decoded, newlines unified, NFC) is a corpus document's source
 * in another encoding or with other line ends, it is that document and gets its metadata and
 * editorial data. Otherwise it gets what can be recognised from its shape: the site profile
 * whose header it carries, and the title the header repeats.
 */
async function loadRawFile(absolute: string, corpusRoot: string): Promise<CorpusDocument> {
  const { readSource } = await import('../source/decode.js');
  const { normalize } = await import('../source/normalize.js');
  const text = normalize((await readSource(absolute)).decoded.text).text;
  const known = await corpusDocumentWithText(text, corpusRoot);
  if (known) return { ...known, sourcePath: absolute, displayPath: display(absolute), inputs: [absolute, ...known.inputs.filter((input) => input !== known.sourcePath)] };

  const id = basename(absolute).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'document';
  const recognised = await recogniseSite(text, corpusRoot);
  return {
    sourcePath: absolute,
    displayPath: display(absolute),
    meta: { id, title: '', author: { name: '' }, year: 0, language: '', source: { file: basename(absolute), ...(recognised ? { site: recognised.site.id } : {}) } },
    site: recognised?.site,
    layout: [],
    corrections: [],
    inputs: recognised ? [absolute, recognised.path] : [absolute],
  };
}

/** The corpus document whose source has exactly this text, if any (corpus read once per process). */
async function corpusDocumentWithText(text: string, corpusRoot: string): Promise<CorpusDocument | undefined> {
  const { digestOf } = await import('../orchestrate/digest.js');
  const byText = await corpusTexts(corpusRoot);
  return byText.get(digestOf([text]));
}

const corpusTextCache = new Map<string, Promise<Map<string, CorpusDocument>>>();

function corpusTexts(corpusRoot: string): Promise<Map<string, CorpusDocument>> {
  const key = resolve(corpusRoot);
  let pending = corpusTextCache.get(key);
  if (!pending) {
    pending = (async () => {
      const { digestOf } = await import('../orchestrate/digest.js');
      const { readSource } = await import('../source/decode.js');
      const { normalize } = await import('../source/normalize.js');
      const map = new Map<string, CorpusDocument>();
      if (!existsSync(key)) return map;
      for (const folder of await listCorpus(key)) {
        try {
          const document = await loadFolder(folder, key);
          const text = normalize((await readSource(document.sourcePath)).decoded.text).text;
          map.set(digestOf([text]), document);
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
 * The site profile whose header the text carries: every profile in corpus/sites/ is tried and the
 * one that recognises the longest header wins (a full page's header also starts like an excerpt
 * page's), ties going to the profile first by file name. None: the page keeps every line.
 */
async function recogniseSite(text: string, corpusRoot: string): Promise<{ site: SiteProfile; title: string; path: string } | undefined> {
  const folder = join(corpusRoot, 'sites');
  if (!existsSync(folder)) return undefined;
  const { readdir } = await import('node:fs/promises');
  const { splitSegments } = await import('../edition/segments.js');
  const { stripChrome } = await import('../edition/chrome.js');
  const segments = splitSegments(text).slice(0, 60);
  let best: { site: SiteProfile; title: string; path: string; lines: number } | undefined;
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort()) {
    const path = join(folder, name);
    const site = await loadSite(path);
    const result = stripChrome(segments, site);
    const lines = result.chrome.filter((line) => line.part === 'header').length;
    if (lines > 0 && (!best || lines > best.lines)) best = { site, title: result.site.siteTitle ?? '', path, lines };
  }
  return best && { site: best.site, title: best.title, path: best.path };
}

async function loadFolder(folder: string, corpusRoot: string): Promise<CorpusDocument> {
  const metaPath = join(folder, 'meta.yaml');
  const meta = await loadYamlData<DocumentMeta>(metaPath, metaSchema, display(metaPath));
  const inputs = [metaPath];
  const sourcePath = join(folder, meta.source.file);
  inputs.push(sourcePath);

  let site: SiteProfile | undefined;
  if (meta.source.site) {
    const sitePath = join(corpusRoot, 'sites', `${meta.source.site}.yaml`);
    site = await loadSite(sitePath);
    inputs.push(sitePath);
  }

  // The tables stage reads tables.yaml itself; it is an input of the document all the same.
  const tablesPath = join(folder, 'tables.yaml');
  if (existsSync(tablesPath)) inputs.push(tablesPath);

  const layoutPath = join(folder, 'layout.yaml');
  let layout: BlockLayout[] = [];
  if (existsSync(layoutPath)) {
    const data = await loadYamlData<{ blocks?: Array<Omit<BlockLayout, 'content'> & { content?: 'after' | 'before' }> }>(
      layoutPath,
      layoutSchema,
      display(layoutPath),
    );
    layout = (data.blocks ?? []).map((block) => ({ ...block, content: block.content ?? 'after' }));
    inputs.push(layoutPath);
  }

  const correctionsPath = join(folder, 'corrections.yaml');
  let corrections: CorrectionRule[] = [];
  if (existsSync(correctionsPath)) {
    corrections = (await loadYamlData<{ corrections: CorrectionRule[] }>(correctionsPath, correctionsSchema, display(correctionsPath))).corrections;
    inputs.push(correctionsPath);
  }
  return { folder, sourcePath, displayPath: display(sourcePath), meta, site, layout, corrections, inputs };
}

const siteCache = new Map<string, Promise<SiteProfile>>();

/** Load a site profile once per process. */
export function loadSite(path: string): Promise<SiteProfile> {
  let pending = siteCache.get(path);
  if (!pending) {
    pending = (async () => {
      type Shape = { pattern: string; label: string; first?: boolean; optional?: boolean; repeat?: boolean };
      const data = await loadYamlData<{
        id: string;
        name?: string;
        title?: string;
        header: { end?: string; lines?: Shape[]; sequence?: Shape[] };
        trailer?: { start: string; label: string };
      }>(path, siteSchema, display(path));
      const compile = (pattern: string, field: string) => {
        try {
          return new RegExp(pattern, 'u');
        } catch (error) {
          throw new DataError(display(path), 1, 1, field, `bad pattern: ${(error as Error).message}`);
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
        ...(data.trailer ? { trailer: { start: compile(data.trailer.start, 'trailer.start'), label: data.trailer.label } } : {}),
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

