/**
 * The names benchmark, measured in one run and reported as ratios next to each other:
 *
 * - kuromoji's dictionary load (the first getTokenizer(), once per process);
 * - the names stage on the seed, warm: names per second (median of --runs);
 * - tokenising alone: the seed's Japanese runs, one per line, repeated --repeat times, through
 *   kuromoji and, when the `mecab` command is installed (Debian: mecab, mecab-ipadic-utf8),
 *   through MeCab spawned on the same text. MeCab's start-up (process and dictionary) is timed
 *   on empty input and reported apart.
 *
 *   npx tsx bench/names.ts [--runs 5] [--repeat 200]
 *
 * Times depend on the machine; only the ratios of this one run mean anything. Tests never
 * assert on time.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { loadDocument } from '../pipeline/corpus/document.js';
import { buildEdition } from '../pipeline/edition/edition.js';
import { loadGlossary } from '../pipeline/glossary/load.js';
import { extractNames } from '../pipeline/names/index.js';
import { editionTexts } from '../pipeline/names/texts.js';
import { findSpans } from '../pipeline/names/spans.js';
import { readSource } from '../pipeline/source/decode.js';
import { normalize } from '../pipeline/source/normalize.js';
import { foldKanjiForms } from '../pipeline/transcribe/kanji-forms.js';
import { getTokenizer } from '../pipeline/transcribe/tokenizer.js';
import { median, numberOption, secondsSince } from './measure.js';

const root = join(import.meta.dirname, '..');
const runs = numberOption('--runs', 5);
const repeat = numberOption('--repeat', 200);

/** Wall time of `mecab` on `input`, or undefined when the command is missing or fails. */
function mecab(input: string): number | undefined {
  const started = process.hrtime.bigint();
  const result = spawnSync('mecab', [], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const took = secondsSince(started);
  return result.error || result.status !== 0 ? undefined : took;
}

const document = await loadDocument(join(root, 'corpus', 'cha-2004-japan-clusters'), join(root, 'corpus'));
const { decoded } = await readSource(document.sourcePath);
const normalized = normalize(decoded.text);
const edition = buildEdition(normalized.text, document, new VFile({ path: document.displayPath, value: normalized.text }), normalized.changes);
const glossary = await loadGlossary(join(root, 'glossary')).catch(() => undefined);

let started = process.hrtime.bigint();
const tokenizer = await getTokenizer();
const load = secondsSince(started);

const times: number[] = [];
let names = 0;
for (let run = 0; run < runs; run++) {
  started = process.hrtime.bigint();
  names = (await extractNames(edition, { glossary })).length;
  times.push(secondsSince(started));
}
const stage = median(times);

// The same text for both tokenizers: every Japanese run in modern forms, one per line.
const spans = editionTexts(edition).flatMap((text) => findSpans(text.text).map((span) => foldKanjiForms(span.text).text));
const lines = Array.from({ length: repeat }, () => spans).flat();
const text = `${lines.join('\n')}\n`;
started = process.hrtime.bigint();
for (const line of lines) tokenizer.tokenize(line);
const kuromojiTokenize = secondsSince(started);

const rows: string[][] = [
  ['kuromoji dictionary load', `${load.toFixed(3)} s`],
  [`names stage, seed (${names} names, median of ${runs}, glossary ${glossary ? 'on' : 'off'})`, `${(names / stage).toFixed(0)} names/s`],
  [`kuromoji tokenize (${lines.length} runs)`, `${(lines.length / kuromojiTokenize).toFixed(0)} names/s`],
];
const startup = mecab('');
const total = startup === undefined ? undefined : mecab(text);
if (startup !== undefined && total !== undefined) {
  const mecabTokenize = Math.max(total - startup, 1e-6);
  rows.push(
    ['mecab start-up (process + dictionary)', `${startup.toFixed(3)} s`],
    [`mecab tokenize (${lines.length} runs)`, `${(lines.length / mecabTokenize).toFixed(0)} names/s`],
    ['ratio: kuromoji load / mecab start-up', `${(load / startup).toFixed(1)} ×`],
    ['ratio: kuromoji tokenize time / mecab tokenize time', `${(kuromojiTokenize / mecabTokenize).toFixed(1)} ×`],
  );
} else rows.push(['mecab', 'not installed (apt-get install mecab mecab-ipadic-utf8 to compare)']);

const width = Math.max(...rows.map((row) => row[0].length));
for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
