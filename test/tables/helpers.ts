/** Shared helpers of the tables tests: block lines from plain text, the seed edition built once. */
import { VFile } from 'vfile';
import { loadDocument } from '../../pipeline/corpus/document.js';
import { buildEdition, type Edition } from '../../pipeline/edition/edition.js';
import { readSource } from '../../pipeline/source/decode.js';
import { normalize } from '../../pipeline/source/normalize.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';
import { LineIndex } from '../../pipeline/text/positions.js';
import type { BlockLine } from '../../pipeline/tables/lines.js';

/** Lines as the edition gives a block's content: each printed line separated by a blank line, as in the seed. */
export function blockLines(...texts: string[]): { lines: BlockLine[]; index: LineIndex; source: string } {
  const source = texts.join('\n\n');
  const index = new LineIndex(source);
  let at = 0;
  const lines = texts.map((text) => {
    const line = { text: sliceSource(source, at, at + text.length), line: index.point(at).line };
    at += text.length + 2;
    return line;
  });
  return { lines, index, source };
}

export const SEED = 'corpus/cha-2004-japan-clusters';

let seed: Promise<{ edition: Edition; file: VFile }> | undefined;

/** The seed's edition, built once per test file. */
export function seedEdition(): Promise<{ edition: Edition; file: VFile }> {
  seed ??= (async () => {
    const document = await loadDocument(SEED, 'corpus');
    const { decoded } = await readSource(document.sourcePath);
    const normalized = normalize(decoded.text);
    const file = new VFile({ path: document.displayPath, value: normalized.text });
    return { edition: buildEdition(normalized.text, document, file, normalized.changes), file };
  })();
  return seed;
}
