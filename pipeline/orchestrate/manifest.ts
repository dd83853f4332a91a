/**
 * The build cache: for each document, what its outputs were built from. Kept in
 * `<out>/.kaikyo-cache/<id>.json` (not committed: it describes this checkout's builds). A
 * document is skipped when its source and data, the pipeline and every glossary entry it could
 * touch are unchanged and every output file is still there with the bytes it was written with
 * (a damaged or truncated output is rebuilt by the next build, even with nothing else changed).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf } from './digest.js';

export interface Manifest {
  readonly version: 2;
  readonly id: string;
  /** The document that owns the output folder (see DocumentPlan.owner). */
  readonly owner: string;
  /** Digest of the source and the document's data files. */
  readonly inputs: string;
  /** Digest of the pipeline's code. */
  readonly pipeline: string;
  /** Digest of the glossary's files at build time. */
  readonly glossaryFiles: string;
  /** Digest of each glossary entry at build time, by id. */
  readonly glossary: Record<string, string>;
  /** Output files, relative to the document's folder, with the digest of each one's bytes. */
  readonly files: Record<string, string>;
}

/** The digest of an output file's bytes, as the manifest records it. */
export function outputDigest(content: string | Uint8Array): string {
  return digestOf([content]);
}

/** A glossary entry as the cache sees it: its digest and the forms that would find it in a text. */
export interface GlossaryFingerprint {
  readonly digest: string;
  readonly forms: readonly string[];
}

export function manifestPath(out: string, id: string): string {
  return join(out, '.kaikyo-cache', `${id}.json`);
}

export async function readManifest(out: string, id: string): Promise<Manifest | undefined> {
  try {
    const value = JSON.parse(await readFile(manifestPath(out, id), 'utf8')) as Manifest;
    return value.version === 2 ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  const path = manifestPath(out, manifest.id);
  await mkdir(join(out, '.kaikyo-cache'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(manifest)}\n`);
  await rename(temporary, path);
}

/**
 * Why the document must be rebuilt, or undefined when its outputs are current. `sourceText`
 * is only read when glossary entries changed, to see whether any of them occurs in it.
 */
export async function staleReason(
  manifest: Manifest | undefined,
  current: { inputs: string; pipeline: string; glossaryFiles: string; glossary: () => Promise<ReadonlyMap<string, GlossaryFingerprint>> },
  folder: string,
  sourceText: () => Promise<string>,
): Promise<string | undefined> {
  if (!manifest) return 'not built before';
  if (manifest.inputs !== current.inputs) return 'source or data changed';
  if (manifest.pipeline !== current.pipeline) return 'pipeline changed';
  if (!(await outputsIntact(manifest, folder))) return 'output files missing or changed';
  if (manifest.glossaryFiles === current.glossaryFiles) return undefined;
  const entries = await current.glossary();
  const changed: GlossaryFingerprint[] = [];
  for (const [id, entry] of entries) if (manifest.glossary[id] !== entry.digest) changed.push(entry);
  const removed = Object.keys(manifest.glossary).filter((id) => !entries.has(id));
  if (changed.length === 0 && removed.length === 0) return undefined;
  if (removed.length > 0) return `glossary entries removed: ${removed.join(', ')}`;
  // A changed entry matters only if one of its forms occurs in the document.
  const text = await sourceText();
  const touching = changed.filter((entry) => entry.forms.some((form) => form.length > 0 && text.includes(form)));
  return touching.length > 0 ? 'glossary entries it uses changed' : undefined;
}

/** Whether every output file the manifest lists is there with the bytes it was written with. */
async function outputsIntact(manifest: Manifest, folder: string): Promise<boolean> {
  for (const [file, digest] of Object.entries(manifest.files)) {
    try {
      if (outputDigest(await readFile(join(folder, file))) !== digest) return false;
    } catch {
      return false;
    }
  }
  return true;
}
