/**
 * The linearity benchmark's pathological inputs (bench/pathological-inputs.ts, issue 13) build,
 * and their outputs stay what they were when the stages were made linear: every output file's
 * digest and the edition itself are compared with test/fixtures/pathological/, which was
 * written by the code before the change (the same digests; see the closing note). Tests never
 * assert on time: bench/pathological.ts measures that.
 *
 * Regenerate after an intended change with KAIKYO_UPDATE_FIXTURES=1 and review the diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, generateInput, writeInput } from '../bench/pathological-inputs.js';
import { loadDocument } from '../pipeline/corpus/document.js';
import { buildDocument } from '../pipeline/orchestrate/build-document.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'pathological');
const SIZE = 3000;
const update = Boolean(process.env.KAIKYO_UPDATE_FIXTURES);
const root = mkdtempSync(join(tmpdir(), 'kaikyo-pathological-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const digestsPath = join(FIXTURES, 'digests.json');
const expected: Record<string, Record<string, string>> = existsSync(digestsPath) ? JSON.parse(readFileSync(digestsPath, 'utf8')) : {};
const written: Record<string, Record<string, string>> = {};

describe('pathological inputs', () => {
  for (const kind of CASES) {
    it(`${kind}: builds, with the outputs it had before the stages were made linear`, async () => {
      const folder = writeInput(root, kind, generateInput(kind, SIZE));
      const output = await buildDocument(await loadDocument(folder, root), {});
      // The temporary folder appears in the apparatus's source path: leave it out of the digest.
      const files = Object.fromEntries([...output.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, text]) => [name, text.replaceAll(root, '<root>')]));
      const digests = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]));
      if (update) {
        mkdirSync(FIXTURES, { recursive: true });
        writeFileSync(join(FIXTURES, `${kind}.edition.md`), files['edition.md']);
        written[kind] = digests;
        writeFileSync(digestsPath, `${JSON.stringify({ ...expected, ...written }, null, 2)}\n`);
        return;
      }
      expect(files['edition.md']).toBe(readFileSync(join(FIXTURES, `${kind}.edition.md`), 'utf8'));
      expect(digests).toEqual(expected[kind]);
    });
  }
});
