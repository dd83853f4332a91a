/**
 * kuromoji's IPADIC, unpacked once at install time so that every later load skips the gunzip.
 *
 * kuromoji ships its dictionary as twelve .dat.gz files (18 MB) that inflate to 90 MB, most of
 * it zero padding; a stock load spends about a second of CPU on gunzip, buffer copies and the
 * garbage they leave (profiled with `node --cpu-prof`, see bench/README.md). `npm install`
 * (the "prepare" script) writes the inflated files without their padding into
 * dist/kuromoji-dict/, and `loadUnpackedTokenizer` feeds them to kuromoji's own loader and
 * tokenizer: the same DictionaryLoader, the same data structures, only read from plain files.
 * test/transcribe/dictionary-files.test.ts checks that both loads tokenise text identically.
 *
 * A folder that is missing, or made from another kuromoji version or other .dat.gz files,
 * is ignored (the caller falls back to the stock load): the manifest records both.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

const require = createRequire(import.meta.url);
const MANIFEST = 'manifest.json';

/**
 * Files whose padding may go: kuromoji reads them by position (ByteBuffer) or until a zero
 * byte, never past their last entry. The others are lookup tables indexed by code point or
 * connection id (cc, unk_char, unk_compat) or carry no padding (base, check): kept whole.
 */
const TRIMMABLE = new Set(['tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_invoke.dat.gz']);

interface Manifest {
  readonly kuromoji: string;
  /** Per shipped .dat.gz file: its size (to notice a changed package) and the unpacked file's name. */
  readonly files: Record<string, { readonly gzipBytes: number; readonly unpacked: string; readonly bytes: number }>;
}

function kuromojiVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('kuromoji/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Length of `data` without its zero padding, keeping one zero (a string's terminator) and
 * rounding up to 4 bytes, because the typed-array views kuromoji builds need whole elements.
 */
export function trimmedLength(data: Uint8Array): number {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return Math.min(data.length, Math.ceil((end + 1) / 4) * 4);
}

/**
 * Inflate every .dat.gz of `from` into `to` (replaced whole, through a temporary folder, so a
 * failed or concurrent run never leaves a half-written dictionary).
 */
export function unpackDictionary(from: string, to: string): void {
  const temporary = `${to}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const files: Record<string, Manifest['files'][string]> = {};
  for (const name of readdirSync(from).filter((file) => file.endsWith('.dat.gz')).sort()) {
    const gzip = readFileSync(join(from, name));
    const data = gunzipSync(gzip);
    const bytes = TRIMMABLE.has(name) ? trimmedLength(data) : data.length;
    const unpacked = name.replace(/\.gz$/, '');
    writeFileSync(join(temporary, unpacked), data.subarray(0, bytes));
    files[name] = { gzipBytes: gzip.length, unpacked, bytes };
  }
  const manifest: Manifest = { kuromoji: kuromojiVersion(), files };
  writeFileSync(join(temporary, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  renameSync(temporary, to);
}

/** Whether `folder` holds an unpacked copy of the dictionary in `stock` (same version and files). */
export function isCurrentUnpacked(folder: string, stock: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Manifest;
    if (manifest.kuromoji !== kuromojiVersion()) return false;
    const shipped = readdirSync(stock).filter((file) => file.endsWith('.dat.gz'));
    if (shipped.length !== Object.keys(manifest.files).length) return false;
    return shipped.every((name) => {
      const entry = manifest.files[name];
      return entry !== undefined && statSync(join(stock, name)).size === entry.gzipBytes && statSync(join(folder, entry.unpacked)).size === entry.bytes;
    });
  } catch {
    return false;
  }
}

interface LoaderInstance {
  load(callback: (error: Error | null, dictionary: unknown) => void): void;
}

/**
 * Build a kuromoji tokenizer from an unpacked folder with kuromoji's own DictionaryLoader and
 * Tokenizer (its CommonJS sources; the version is pinned in package.json).
 */
export function loadUnpackedTokenizer(folder: string): Promise<Tokenizer<IpadicFeatures>> {
  const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Manifest;
  const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader.js') as new (path: string) => LoaderInstance & {
    loadArrayBuffer(file: string, callback: (error: Error | null, buffer?: ArrayBuffer) => void): void;
  };
  const TokenizerClass = require('kuromoji/src/Tokenizer.js') as new (dictionary: unknown) => Tokenizer<IpadicFeatures>;
  const loader = new DictionaryLoader(folder);
  // kuromoji turns tid_map into an object of 325,871 arrays at load: ~60 ms, and a heap whose
  // garbage collection then competes with the main thread for the other core. This loader's
  // own dictionary object reads the map from its bytes on demand instead (see compactTargetMap).
  const tokenInfo = (loader as unknown as { dic: { token_info_dictionary: { loadTargetMap(buffer: Uint8Array): unknown; target_map: unknown } } }).dic.token_info_dictionary;
  const stockLoadTargetMap = tokenInfo.loadTargetMap;
  tokenInfo.loadTargetMap = function (this: { target_map: unknown }, buffer: Uint8Array) {
    const compact = compactTargetMap(buffer);
    if (!compact) return stockLoadTargetMap.call(this, buffer);
    this.target_map = compact;
    return this;
  };
  // The loader asks for "<folder>/<name>.dat.gz"; answer with the unpacked file's bytes, in an
  // ArrayBuffer of their own (a Buffer may be a view into a larger shared pool).
  loader.loadArrayBuffer = (file, callback) => {
    const entry = manifest.files[basename(file)];
    if (!entry) return callback(new Error(`kaikyo: ${file} is not in ${join(folder, MANIFEST)}`));
    try {
      const bytes = readFileSync(join(folder, entry.unpacked));
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      callback(null, own as ArrayBuffer);
    } catch (error) {
      callback(error as Error);
    }
  };
  return new Promise((resolve, reject) => {
    loader.load((error, dictionary) => (error ? reject(error) : resolve(new TokenizerClass(dictionary))));
  });
}

/**
 * kuromoji's target map (trie id → token info ids) read from tid_map's bytes when asked:
 * `map[trieId]` gives the same array of ids as kuromoji's own loadTargetMap, or undefined.
 * The bytes are a count, then per key: key, number of values, values (little-endian int32);
 * an index from trie id to the key's place is the only thing built up front. Undefined when a
 * key occurs twice (kuromoji would merge its values; IPADIC's map has no such key).
 */
export function compactTargetMap(bytes: Uint8Array): Record<number, number[]> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ints = Math.floor(bytes.byteLength / 4);
  let largest = -1;
  for (let at = 1; at + 1 < ints; ) {
    const key = view.getInt32(at * 4, true);
    const count = view.getInt32(at * 4 + 4, true);
    if (count > 0 && key > largest) largest = key;
    at += 2 + Math.max(0, count);
  }
  // place[key] is the int index of the key's value count, 0 when the key has no values.
  const place = new Int32Array(largest + 1);
  for (let at = 1; at + 1 < ints; ) {
    const key = view.getInt32(at * 4, true);
    const count = view.getInt32(at * 4 + 4, true);
    if (count > 0) {
      if (place[key] !== 0) return undefined;
      place[key] = at + 1;
    }
    at += 2 + Math.max(0, count);
  }
  const lookup = (property: string | symbol): number[] | undefined => {
    if (typeof property !== 'string') return undefined;
    const key = Number(property);
    if (!Number.isInteger(key) || key < 0 || key >= place.length || place[key] === 0) return undefined;
    const at = place[key];
    const count = view.getInt32(at * 4, true);
    const values: number[] = new Array(count);
    for (let k = 0; k < count; k++) values[k] = view.getInt32((at + 1 + k) * 4, true);
    return values;
  };
  return new Proxy({} as Record<number, number[]>, {
    get: (_target, property) => lookup(property),
    has: (_target, property) => lookup(property) !== undefined,
  });
}

/** Where `npm install` puts the unpacked dictionary: dist/kuromoji-dict under the package root. */
export function unpackedFolder(packageRoot: string): string {
  return join(packageRoot, 'dist', 'kuromoji-dict');
}
