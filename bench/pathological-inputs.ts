/**
 * Generated pathological inputs for the linearity benchmark (bench/pathological.ts) and its
 * tests (test/pathological.test.ts). Each case is a corpus folder (meta.yaml, source.txt and, for
 * the corrections case, corrections.yaml) of about `size` characters, in the shapes that made a
 * stage quadratic or worse (issue 13): many short lines that never end a sentence (the open
 * paragraph grows line by line), one long line, many footnote markers, many corrections on one
 * line, and deeply nested parentheses (a paragraph that cannot close while one is open).
 * Deterministic: the same case and size give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The kinds of pathological input. */
export const CASES = ['short-lines', 'long-line', 'footnote-markers', 'corrections', 'deep-parentheses'] as const;
export type PathologicalCase = (typeof CASES)[number];

// Ordinary Korean words of the kind the seed has, none ending a sentence.
const WORDS = ['산업', '클러스터', '정책의', '지역경제', '재생을', '통해', '기술혁신', '네트워크', '형성', '지원하는', '대학과', '기업이', '협력하여', '새로운'];

/** A deterministic word sequence: word k of a text. */
function word(k: number): string {
  return WORDS[(k * 7 + (k >> 3)) % WORDS.length];
}

/** `count` words joined by single spaces, starting at word `from`. */
function words(from: number, count: number): string {
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(word(from + k));
  return out.join(' ');
}

/** A generated document: its source text and, for the corrections case, corrections.yaml. */
export interface GeneratedInput {
  readonly source: string;
  readonly corrections?: string;
}

/** The input of `kind` with about `size` characters of source. */
export function generateInput(kind: PathologicalCase, size: number): GeneratedInput {
  const lines: string[] = [];
  let length = 0;
  const push = (line: string) => {
    lines.push(line);
    length += line.length + 2;
  };
  switch (kind) {
    case 'short-lines':
      // Two or three words a line, no period: one paragraph that runs to the end.
      for (let k = 0; length < size; k++) push(words(k * 3, 2 + (k % 2)));
      return { source: `${lines.join('\n\n')}\n` };
    case 'long-line': {
      // A single line of words, no period.
      const parts: string[] = [];
      for (let k = 0; length < size; k++) {
        parts.push(word(k));
        length += word(k).length + 1;
      }
      return { source: `${parts.join(' ')}\n` };
    }
    case 'footnote-markers':
      // A sentence, a reference label alone on a line, the text going on; each page ends with
      // the bodies of its notes under the same labels, as the seed prints them.
      for (let page = 1; length < size; page++) {
        push(`(${page})`);
        const notes: string[] = [];
        for (let n = 1; n <= 9; n++) {
          push(`${words(page * 10 + n, 8)}`);
          push(`${n})`);
          notes.push(`${n})`, `${words(page + n, 6)} 참고`);
        }
        push(`${words(page, 5)}이다.`);
        for (const note of notes) push(note);
      }
      return { source: `${lines.join('\n\n')}\n` };
    case 'corrections': {
      // One long line with the same lost character many times, and one rule per distinct form.
      const forms = Array.from({ length: 20 }, (_, k) => `${word(k)}\uFFFD${word(k + 1)}${k}`);
      const counts = forms.map(() => 0);
      const parts: string[] = [];
      for (let k = 0; length < size; k++) {
        const at = k % forms.length;
        parts.push(forms[at], word(k));
        counts[at]++;
        length += forms[at].length + word(k).length + 2;
      }
      const rules = forms.map(
        (form, k) => `  - find: '${form}'\n    replace: '${form.replace('\uFFFD', '國')}'\n    count: ${counts[k]}\n    reason: generated lost character number ${k}\n`,
      );
      return { source: `${parts.join(' ')}\n`, corrections: `corrections:\n${rules.join('')}` };
    }
    case 'deep-parentheses': {
      // Parentheses opened line after line and closed only at the end.
      const depth = Math.max(1, Math.floor(size / 40));
      for (let k = 0; k < depth; k++) push(`${words(k, 3)} (${word(k + 5)}`);
      push(`${')'.repeat(depth)}.`);
      return { source: `${lines.join('\n\n')}\n` };
    }
  }
}

/** Write the input as a corpus folder `<root>/<id>`; returns the folder. */
export function writeInput(root: string, id: string, input: GeneratedInput): string {
  const folder = join(root, id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'source.txt'), input.source);
  writeFileSync(
    join(folder, 'meta.yaml'),
    `id: ${id}\ntitle: 생성된 입력\nauthor:\n  name: 생성기\nyear: 2024\nlanguage: ko\nsource:\n  file: source.txt\n`,
  );
  if (input.corrections) writeFileSync(join(folder, 'corrections.yaml'), input.corrections);
  return folder;
}
