/**
 * Read a YAML data file and validate it against a JSON Schema. A problem is a DataError that
 * names the file, the 1-based line and column of the offending value, and its field path.
 */
import { readFile } from 'node:fs/promises';
import type { ErrorObject } from 'ajv';
import type { Node as YamlNode } from 'yaml';
import { dataCacheKey, readDataCache, writeDataCache } from './data-cache.js';
import { DataError } from './data-error.js';
import { yamlModule as yaml } from './on-demand.js';
import { validatorFor } from './validate.js';

// The YAML parser and the schema compiler are loaded on the first cache miss only: a build whose
// data files are all cached (every no-op rebuild) never loads them.

/**
 * Parse YAML text and validate it; `file` names the file in errors. A text that was parsed and
 * validated before against the same schema is taken from the data cache (see data-cache.ts),
 * which skips both the YAML parser and the schema compiler.
 */
export function parseYamlData<T>(text: string, file: string, schema: object): T {
  const key = dataCacheKey(text, schema);
  const cached = readDataCache(key);
  if (cached !== undefined) return cached as T;
  const value = parseAndValidate<T>(text, file, schema);
  writeDataCache(key, value);
  return value;
}

function parseAndValidate<T>(text: string, file: string, schema: object): T {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const place = lineCounter.linePos(error.pos[0]);
    throw new DataError(file, place.line, place.col, '', error.message.split('\n')[0]);
  }
  const value = document.toJS() as unknown;
  const validate = validatorFor(schema);
  if (!validate(value)) {
    const error = validate.errors![0];
    const path = pathOf(error);
    const node = nodeAt(document.contents as YamlNode | null, path);
    const offset = node?.range?.[0] ?? 0;
    const place = lineCounter.linePos(offset);
    throw new DataError(file, place.line, place.col, path.join('.') || '(document)', describe(error));
  }
  return value as T;
}

/**
 * The 1-based line and column of the value at `path` (keys and indices) in a YAML text, or of
 * its deepest existing ancestor: for checks that run after schema validation and still want to
 * point at the offending value.
 */
export function locateInYaml(text: string, path: readonly string[]): { line: number; column: number } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const node = nodeAt(document.contents as YamlNode | null, path);
  const place = lineCounter.linePos(node?.range?.[0] ?? 0);
  return { line: place.line, column: place.col };
}

/** Read and validate a YAML data file. */
export async function loadYamlData<T>(path: string, schema: object, displayName = path): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(displayName, 1, 1, '', `cannot read: ${(error as Error).message}`);
  }
  return parseYamlData<T>(text, displayName, schema);
}

function pathOf(error: ErrorObject): string[] {
  const parts = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return parts;
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'required') return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'additionalProperties') return 'unknown field';
  return error.message ?? error.keyword;
}

/** The YAML node at a path of keys and indices, or the deepest existing ancestor. */
function nodeAt(root: YamlNode | null, path: readonly string[]): YamlNode | null {
  const { isMap, isScalar, isSeq } = yaml();
  let node: YamlNode | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (!pair) return node;
      // Point at the key for an unknown field, at the value otherwise.
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
      if (node === null) return pair.key as YamlNode;
    } else if (isSeq(node)) {
      const child = node.items[Number(key)] as YamlNode | undefined;
      if (!child) return node;
      node = child;
    } else return node;
  }
  return node;
}
