/**
 * The glossary as the build cache sees it. First a digest of the glossary's files, which is
 * enough to know that nothing changed without parsing any YAML; when it differs, a digest per
 * entry and the forms that would find the entry in a text, so that changing one entry rebuilds
 * only the documents where one of its forms occurs.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Glossary } from '../glossary/load.js';
import { digestOf, filesDigest } from './digest.js';
import type { GlossaryFingerprint } from './manifest.js';

/** Digest of every file in the glossary folder (empty string when there is none). */
export async function glossaryFilesDigest(dir: string | undefined): Promise<string> {
  if (!dir || !existsSync(dir)) return '';
  const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  return filesDigest(names.map((name) => join(dir, name)), dir);
}

/** Per-entry digests and forms. */
export function glossaryFingerprints(glossary: Glossary | undefined): Map<string, GlossaryFingerprint> {
  const result = new Map<string, GlossaryFingerprint>();
  if (!glossary) return result;
  for (const entry of glossary.entries) {
    // Where the entry sits in its file does not change what it says.
    const { origin: _origin, ...content } = entry;
    result.set(entry.id, {
      digest: digestOf([JSON.stringify(content)]),
      forms: [entry.ja, ...entry.variants, entry.ko, ...entry.accepted, ...entry.nonstandard],
    });
  }
  return result;
}
