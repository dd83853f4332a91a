/**
 * Character alignment of two texts by their longest common subsequence, so that a gold text can
 * be scored against an edition that dropped, moved into markup or added some characters
 * (footnote references, list markers, removed chrome). diff-sequences (Jest's Myers diff) finds
 * the common runs; this file only turns them into an index map.
 */
import * as diffModule from 'diff-sequences';

type DiffSequences = (
  aLength: number,
  bLength: number,
  isCommon: (aIndex: number, bIndex: number) => boolean,
  foundSubsequence: (nCommon: number, aCommon: number, bCommon: number) => void,
) => void;

// diff-sequences is CommonJS with `exports.default`: depending on the loader (tsx, Node's ESM,
// the bundler) its function sits one or two `default`s deep.
type Wrapped = { default?: DiffSequences | Wrapped };
function unwrap(value: DiffSequences | Wrapped): DiffSequences {
  return typeof value === 'function' ? value : unwrap(value.default!);
}
const diff = unwrap(diffModule as unknown as Wrapped);

/**
 * For each UTF-16 unit of `a`, the index of the unit of `b` it is aligned to, or -1 when it has
 * no counterpart. Strictly increasing over the aligned units.
 */
export function alignChars(a: string, b: string): Int32Array {
  const map = new Int32Array(a.length).fill(-1);
  diff(
    a.length,
    b.length,
    (i, j) => a.charCodeAt(i) === b.charCodeAt(j),
    (n, i, j) => {
      for (let k = 0; k < n; k++) map[i + k] = j + k;
    },
  );
  return map;
}
