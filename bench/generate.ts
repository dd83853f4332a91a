/**
 * Write N synthetic papers made from the seed, for the scale benchmark: numbers changed,
 * the Japanese in parentheses swapped among the seed's own spans, and body paragraphs of each
 * page shuffled, so that no two documents share a source and no cache can shortcut them. A
 * seeded generator makes the same N papers every time.
 *
 *   npx tsx bench/generate.ts <out-folder> <count>
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const seedFolder = join(here, '..', 'corpus', 'cha-2004-japan-clusters');

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic paper from the seed's text. */
export function vary(seed: string, index: number): string {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  // Japanese spans in parentheses, e.g. (北海道), swapped among themselves.
  const spans = [...new Set([...seed.matchAll(/\(([\u3040-\u30FF\u4E00-\u9FFF]{2,6})\)/g)].map((match) => match[1]))];
  let text = seed.replace(/\(([\u3040-\u30FF\u4E00-\u9FFF]{2,6})\)/g, () => `(${pick(spans)})`);
  // Digits: each number keeps its length, so page markers and footnote labels keep their shape.
  text = text.replace(/\d{3,}/g, (digits) => [...digits].map((_, i) => (i === 0 ? String(1 + Math.floor(next() * 9)) : String(Math.floor(next() * 10)))).join(''));
  // Page markers must still count up: put them back.
  let page = 0;
  text = text.replace(/^\(\d+\)$/gm, () => `(${++page})`);
  // Shuffle long body lines within each page (between two page markers).
  const pages = text.split(/(?=^\(\d+\)$)/m);
  return pages
    .map((block) => {
      const lines = block.split('\n');
      const body = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.length > 120 && /다\.$/.test(line));
      const order = body.map(({ line }) => line).sort(() => next() - 0.5);
      body.forEach(({ i }, k) => (lines[i] = order[k]));
      return lines.join('\n');
    })
    .join('');
}

/** Write `count` papers as corpus folders under `out`, with the seed's site profile. */
export function generate(out: string, count: number): string[] {
  const seed = readFileSync(join(seedFolder, 'source.txt'), 'utf8');
  const meta = readFileSync(join(seedFolder, 'meta.yaml'), 'utf8');
  mkdirSync(join(out, 'sites'), { recursive: true });
  cpSync(join(seedFolder, '..', 'sites'), join(out, 'sites'), { recursive: true });
  const folders: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${String(i + 1).padStart(5, '0')}`;
    const folder = join(out, id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'source.txt'), vary(seed, i));
    writeFileSync(join(folder, 'meta.yaml'), meta.replace(/^id: .*$/m, `id: ${id}`));
    cpSync(join(seedFolder, 'layout.yaml'), join(folder, 'layout.yaml'));
    folders.push(folder);
  }
  return folders;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [out, count] = process.argv.slice(2);
  if (!out || !count) {
    process.stderr.write('usage: tsx bench/generate.ts <out-folder> <count>\n');
    process.exit(2);
  }
  generate(out, Number(count));
  process.stderr.write(`wrote ${count} papers to ${out}\n`);
}
