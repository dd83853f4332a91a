/**
 * Building documents: the committed output/ is what the pipeline builds today, a bad document
 * fails alone with its file named, and the same text in another encoding or with other line
 * ends gives the same edition.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/orchestrate/build-corpus.js';
import { CORPUS, ROOT, SEED_FOLDER, seedText } from './helpers/seed.js';

const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    // Dot-folders hold the build cache and locks, not outputs.
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** A corpus folder holding a copy of the seed's data files and the given source bytes. */
function seedVariant(name: string, bytes: Uint8Array): string {
  const corpus = join(scratch, `corpus-${name}`);
  const folder = join(corpus, 'cha-2004-japan-clusters');
  mkdirSync(folder, { recursive: true });
  cpSync(join(CORPUS, 'sites'), join(corpus, 'sites'), { recursive: true });
  for (const file of readdirSync(SEED_FOLDER)) if (file !== 'source.txt') cpSync(join(SEED_FOLDER, file), join(folder, file));
  writeFileSync(join(folder, 'source.txt'), bytes);
  return corpus;
}

async function editionOf(corpus: string, name: string): Promise<string> {
  const out = join(scratch, `out-${name}`);
  const summary = await buildCorpus([], { out, corpus });
  expect(summary.failed, JSON.stringify(summary.results)).toBe(0);
  return readFileSync(join(out, 'cha-2004-japan-clusters', 'edition.md'), 'utf8');
}

describe('kaikyo build', () => {
  it('rebuilds exactly the committed output/', async () => {
    const out = join(scratch, 'out-committed');
    const summary = await buildCorpus([], { out, corpus: CORPUS, glossary: join(ROOT, 'glossary') });
    expect(summary.failed).toBe(0);
    for (const id of readdirSync(out).filter((name) => !name.startsWith('.'))) {
      const built = listFiles(join(out, id));
      const committed = join(ROOT, 'output', id);
      expect(existsSync(committed), `output/${id} is committed`).toBe(true);
      expect(listFiles(committed)).toEqual(built);
      for (const file of built) {
        // On a difference: run `npm start`, review the diff of output/ and commit it.
        expect(readFileSync(join(committed, file), 'utf8'), `output/${id}/${file} is stale`).toBe(readFileSync(join(out, id, file), 'utf8'));
      }
    }
  });

  it('fails a bad document alone, naming the file, and still builds the others', async () => {
    const inputs = join(scratch, 'inputs');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(join(inputs, 'good.txt'), '머리말\n\n본문이다.\n');
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(inputs, 'broken.txt'), Buffer.concat([Buffer.from('첫 줄\n둘째 줄 '), Buffer.from([0xff]), Buffer.from('\n')]));
    const out = join(scratch, 'out-bad');
    const paths = ['good.txt', 'empty.txt', 'binary.txt', 'broken.txt', 'missing.txt'].map((name) => join(inputs, name));
    const summary = await buildCorpus(paths, { out, corpus: CORPUS });
    expect(summary.built).toBe(1);
    expect(summary.failed).toBe(4);
    const errors = summary.results.flatMap((result) => (result.status === 'failed' ? [result.error] : []));
    expect(errors[0]).toMatch(/empty\.txt.*empty/);
    expect(errors[1]).toMatch(/binary\.txt.*NUL byte at byte offset 8/);
    expect(errors[2]).toMatch(/broken\.txt.*offset 19 \(line 2\)/);
    expect(errors[3]).toMatch(/missing\.txt/);
    expect(listFiles(out).filter((file) => file.startsWith('good/'))).toContain('good/edition.md');
    expect(listFiles(out).every((file) => file.startsWith('good/'))).toBe(true);
  });

  it('gives the same edition for UTF-16 (LE and BE, with BOM), a UTF-8 BOM and CRLF line ends', async () => {
    const text = seedText();
    const reference = await editionOf(seedVariant('utf8', Buffer.from(text, 'utf8')), 'utf8');
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const variants: Record<string, Uint8Array> = {
      utf16le: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      utf16be: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf8-bom': Buffer.concat([bom, Buffer.from(text, 'utf8')]),
      crlf: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      expect(await editionOf(seedVariant(name, bytes), name), name).toBe(reference);
    }
  });

  // A raw file with the seed's text in another encoding is recognised as the corpus document
  // and built with its metadata and editorial data.
  it('builds a raw copy of a corpus document exactly like the document', async () => {
    const text = seedText();
    const raw = join(scratch, 'seed-utf16.txt');
    writeFileSync(raw, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(scratch, 'out-raw');
    const summary = await buildCorpus([raw], { out, corpus: CORPUS, glossary: join(ROOT, 'glossary') });
    expect(summary.failed).toBe(0);
    expect(readFileSync(join(out, 'cha-2004-japan-clusters', 'edition.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'output', 'cha-2004-japan-clusters', 'edition.md'), 'utf8'));
  });

  // Without metadata, the site's header shape still identifies the chrome and the title.
  it('recognises the site chrome and title of an unknown raw file by their shape', async () => {
    const raw = join(scratch, 'other-paper.txt');
    writeFileSync(raw, seedText().replace('처음으 로 시작된', '처음으 로 시작되었던'));
    const out = join(scratch, 'out-other');
    const summary = await buildCorpus([raw], { out, corpus: CORPUS });
    expect(summary.failed).toBe(0);
    const edition = readFileSync(join(out, 'other-paper', 'edition.md'), 'utf8');
    expect(edition).toContain('\n# 일본의 산업클러스터 개념과 정책동향\n');
    expect(edition).toContain('\n차상룡|일본 규슈대학 대학원 박사과정\n');
    expect(edition).not.toContain('Copied!');
    expect(edition).not.toContain('관련 문서');
  });

  // CP949 cannot encode ∙ (U+2219), • (U+2022), U+FFFD or the private-use U+F0F5 of the seed:
  // compare the CP949 file with the same text in UTF-8, both without those characters.
  it('gives the same edition for CP949 as for the same text in UTF-8', async () => {
    const text = seedText().replace(/[\u2219\u2022\uFFFD\uF0F5]/g, '');
    const utf8 = await editionOf(seedVariant('cp949-utf8', Buffer.from(text, 'utf8')), 'cp949-utf8');
    const cp949 = await editionOf(seedVariant('cp949', iconv.encode(text, 'cp949')), 'cp949');
    expect(cp949).toBe(utf8);
  });
});
