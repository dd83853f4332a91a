/**
 * The linearity benchmark's pathological inputs (bench/pathological-inputs.ts, issue 13) build,
 * and their outputs stay as recorded: every output file's digest and the edition itself are
 * compared with test/fixtures/pathological/. When the stages were made linear the fixtures
 * were written by the code before that change, which proved the rewrite kept every byte; they
 * have since been regenerated where other stages changed the outputs on purpose. Tests never
 * assert on time: bench/pathological.ts measures that.
 *
 * Regenerate after an intended change with KAIKYO_UPDATE_FIXTURES=1 and review the diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
    it(`${kind}: builds, with its recorded outputs`, async () => {
      const folder = writeInput(root, kind, generateInput(kind, SIZE));
      const output = await buildDocument(await loadDocument(folder, root), {});
      // The temporary folder's name appears in the apparatus's source path (relative to the
      // corpus's parent): leave it out of the digest.
      // document.json holds the digests of the other files as written (the apparatus with the
      // folder's name in it), so it differs per folder; the files it digests are compared here.
      const files = Object.fromEntries(
        [...output.files]
          .filter(([name]) => name !== 'document.json')
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([name, text]) => [name, text.replaceAll(root, '<root>').replaceAll(basename(root), '<root>')]),
      );
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
