/**
 * A cache of validated data files: the JSON value of a YAML text that passed its schema, keyed
 * by a digest of the text and the schema. A build reads the same small data files every time;
 * with the cache it neither parses YAML nor compiles a schema for them. Kept beside the compiled
 * glossary in node_modules/.cache/kaikyo/ (never committed), written atomically; any problem
 * with it means a normal parse.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './package-root.js';
import { pruneFolder } from './prune.js';

/** Cached values kept at most (the oldest go first): a few MB of small JSON files. */
export const DATA_CACHE_LIMIT = 2048;
/** Prune once per this many writes of a process, not after each: a listing costs a stat per file. */
const PRUNE_EVERY = 64;
let writes = 0;

const schemaKeys = new WeakMap<object, string>();

function cacheFolder(): string | undefined {
  try {
    return join(cacheRoot(), 'data');
  } catch {
    return undefined;
  }
}

/** Digest of a text and the schema it is validated with. */
export function dataCacheKey(text: string, schema: object): string {
  let schemaKey = schemaKeys.get(schema);
  if (!schemaKey) {
    schemaKey = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    schemaKeys.set(schema, schemaKey);
  }
  return createHash('sha256').update(schemaKey).update('\0').update(text).digest('hex').slice(0, 40);
}

/** The cached value, or undefined. */
export function readDataCache(key: string): unknown {
  const folder = cacheFolder();
  if (!folder) return undefined;
  try {
    return JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Remember a validated value; failures are ignored (a read-only install just parses again). */
export function writeDataCache(key: string, value: unknown): void {
  const folder = cacheFolder();
  if (!folder) return;
  try {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${key}.json`);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, path);
    if (writes++ % PRUNE_EVERY === 0) pruneFolder(folder, DATA_CACHE_LIMIT, (name) => name.endsWith('.json'));
  } catch {
    // Nothing to do: the cache is only a shortcut.
  }
}
