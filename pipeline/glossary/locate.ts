/**
 * Map a path inside a parsed YAML document (as ajv's instancePath names it) back to a 1-based
 * line and column, so a bad value is reported where a person would edit it.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';

/** A 1-based line and column. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** One step of a path: a map key or a sequence index. */
export type PathStep = string | number;

/**
 * Split an ajv instancePath (`/3/variants/2`, JSON Pointer) into steps. Digits stay strings;
 * `nodeAt` reads them as indices when it meets a sequence.
 */
export function pointerSteps(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The node at `path`, or the deepest ancestor that exists (a missing field is reported at its
 * entry). With `key`, the last step names a map key and the key itself is returned: an unknown
 * field is reported at its name, not its value.
 */
export function nodeAt(document: Document, path: readonly PathStep[], key = false): YamlNode | Pair | null {
  let node: unknown = document.contents;
  for (let index = 0; index < path.length; index += 1) {
    const step = path[index];
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return node;
      if (last && key) return (pair.key as YamlNode | null) ?? pair;
      // `field:` with nothing after it has a null value: point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const child = node.items[Number(step)];
      if (child === undefined) return node;
      node = child;
    } else {
      break;
    }
  }
  return (node as YamlNode | null) ?? null;
}

/** Where a node (or a pair, by its key) starts; line 1, column 1 when the node has no range. */
export function placeOf(node: YamlNode | Pair | null, lineCounter: LineCounter): Place {
  const start = startOffset(node);
  const { line, col } = lineCounter.linePos(start);
  // LineCounter gives 1-based line and column.
  return { line, column: col };
}

/** 0-based source offset where a node begins. */
function startOffset(node: YamlNode | Pair | null): number {
  if (node === null) return 0;
  if (isPair(node)) return startOffset(node.key as YamlNode | null);
  return node.range?.[0] ?? 0;
}
