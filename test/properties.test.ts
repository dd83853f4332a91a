/**
 * Property-based tests over the edition stages (fast-check): arbitrary Unicode, including lone
 * surrogates, NUL, very long lines and right-to-left marks, never makes a stage throw, and every
 * non-space character of the input is still in the edition or in the apparatus.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { CorpusDocument } from '../pipeline/corpus/document.js';
import { buildEdition } from '../pipeline/edition/edition.js';
import { stringifyEdition } from '../pipeline/edition/stringify.js';
import { editionToMdast } from '../pipeline/edition/to-mdast.js';
import { normalize } from '../pipeline/source/normalize.js';
import type { MappedText } from '../pipeline/text/mapped-text.js';

const document: CorpusDocument = {
  sourcePath: 'property.txt',
  displayPath: 'property.txt',
  meta: { id: 'property', title: '제목', author: { name: '저자' }, year: 2004, language: 'ko', source: { file: 'property.txt' }, pages: { announced: 3, present: 2 } },
  layout: [],
  corrections: [{ find: '( )', replace: '(沖繩)', count: 1, reason: 'property-test correction' }],
  inputs: [],
};

/** Lines that look like the scraped papers' pieces, so the generator reaches every stage. */
const pieces = fc.constantFrom(
  '(1)', '(2)', '(3)', '1)', '2)', '3) 각주 본문이다', '<표 1> 표 제목', '<그림 2> 그림 제목', '출처: 자료', '주: 설명',
  '머리말', '1. 시대적 상황', '제목', '저자|소속', '도호호쿠쿠 경경제제산산업업국', '처음으 로 시작된 곳은', '오키나와( )',
  '産業クラスタ-計', '100\uFFFD200', '전체 글', '관련 문서', '\u200F', '\u0000', '\uD800', '\uDC00', '가'.repeat(5000),
);
const line = fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom('가', '나', ' ', '다', '.', '(', ')', '北', '海', 'ー', '\n'), maxLength: 80 }));
const documents = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n\n'));

function run(text: string) {
  const normalized = normalize(text);
  const file = new VFile({ path: 'property.txt', value: normalized.text });
  const edition = buildEdition(normalized.text, document, file, normalized.changes);
  const markdown = stringifyEdition(editionToMdast(edition, document.meta));
  return { source: normalized.text, edition, markdown };
}

function texts(edition: ReturnType<typeof run>['edition']): MappedText[] {
  const result: MappedText[] = [];
  for (const item of edition.items) {
    if (item.type === 'paragraph') result.push(item.paragraph.text);
    else if (item.type === 'block') result.push(item.block.caption, ...item.block.notes, ...item.block.content);
    else result.push(item.text);
  }
  for (const footnote of edition.footnotes) result.push(footnote.text);
  return result;
}

describe('edition stages on arbitrary input', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { markdown } = run(text);
        expect(typeof markdown).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('keep every non-space character in the edition or the apparatus', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const { source, edition } = run(text);
        const covered = new Uint8Array(source.length);
        for (const piece of texts(edition)) piece.offsets.forEach((offset, i) => offset >= 0 && source[offset] === piece.text[i] && (covered[offset] = 1));
        for (const entry of edition.apparatus) {
          if (entry.kind !== 'normalization') covered.fill(1, entry.source.offset, entry.source.offset + entry.original.length);
        }
        for (let i = 0; i < source.length; i++) {
          if (!covered[i] && !/\s/.test(source[i])) throw new Error(`lost ${JSON.stringify(source[i])} at ${i}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('give the same output for the same input', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(run(text).markdown).toBe(run(text).markdown);
      }),
      { numRuns: 50 },
    );
  });
});
