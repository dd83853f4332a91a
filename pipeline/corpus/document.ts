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
  /** Table descriptions for the tables stage, unvalidated here. */
  readonly tables: Record<string, unknown>;
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
  // A raw text file: no metadata, so no chrome profile, layout or corrections.
  const id = basename(absolute).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'document';
  return {
    sourcePath: absolute,
    displayPath: display(absolute),
    meta: { id, title: '', author: { name: '' }, year: 0, language: 'ko', source: { file: basename(absolute) } },
    layout: [],
    tables: {},
    corrections: [],
    inputs: [absolute],
  };
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

  const layoutPath = join(folder, 'layout.yaml');
  let layout: BlockLayout[] = [];
  let tables: Record<string, unknown> = {};
  if (existsSync(layoutPath)) {
    const data = await loadYamlData<{ blocks?: Array<Omit<BlockLayout, 'content'> & { content?: 'after' | 'before' }>; tables?: Record<string, unknown> }>(
      layoutPath,
      layoutSchema,
      display(layoutPath),
    );
    layout = (data.blocks ?? []).map((block) => ({ ...block, content: block.content ?? 'after' }));
    tables = data.tables ?? {};
    inputs.push(layoutPath);
  }

  const correctionsPath = join(folder, 'corrections.yaml');
  let corrections: CorrectionRule[] = [];
  if (existsSync(correctionsPath)) {
    corrections = (await loadYamlData<{ corrections: CorrectionRule[] }>(correctionsPath, correctionsSchema, display(correctionsPath))).corrections;
    inputs.push(correctionsPath);
  }
  return { folder, sourcePath, displayPath: display(sourcePath), meta, site, layout, tables, corrections, inputs };
}

const siteCache = new Map<string, Promise<SiteProfile>>();

/** Load a site profile once per process. */
export function loadSite(path: string): Promise<SiteProfile> {
  let pending = siteCache.get(path);
  if (!pending) {
    pending = (async () => {
      const data = await loadYamlData<{ id: string; header: { end: string; lines: Array<{ pattern: string; label: string }> }; trailer: { start: string; label: string } }>(
        path,
        siteSchema,
        display(path),
      );
      const compile = (pattern: string, field: string) => {
        try {
          return new RegExp(pattern, 'u');
        } catch (error) {
          throw new DataError(display(path), 1, 1, field, `bad pattern: ${(error as Error).message}`);
        }
      };
      return {
        id: data.id,
        header: { end: compile(data.header.end, 'header.end'), lines: data.header.lines.map((line, i) => ({ pattern: compile(line.pattern, `header.lines.${i}.pattern`), label: line.label })) },
        trailer: { start: compile(data.trailer.start, 'trailer.start'), label: data.trailer.label },
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

