/**
 * The edition stages that were quadratic (issue 13), each timed alone on generated input at four
 * doubling sizes, so their growth shows without the spacing stage's, which dominates a whole
 * build of these inputs: the outline and paragraph builder over many short lines that never end
 * a sentence, the correction rules over one line with many matches, and the outline and
 * paragraph builder over parentheses opened line after line. Prints time per 1,000 characters at
 * each size and the largest size's over the smallest's (near 1 when linear, 8 when quadratic).
 *
 *   npx tsx bench/stages.ts [--base 50000] [--runs 3]
 */
import { applyCorrectionRules } from '../pipeline/edition/corrections.js';
import { classifyFlow } from '../pipeline/edition/outline.js';
import { buildParagraphs, segmentText } from '../pipeline/edition/paragraphs.js';
import { splitSegments } from '../pipeline/edition/segments.js';
import { sliceSource } from '../pipeline/text/mapped-text.js';
import { median, numberOption, time } from './measure.js';
import { generateInput } from './pathological-inputs.js';

const base = numberOption('--base', 50_000);
const runs = numberOption('--runs', 3);
const sizes = [base, base * 2, base * 4, base * 8];

/** Outline and paragraphs over the source's lines, as the edition runs them (no footnotes). */
function paragraphs(source: string): void {
  const flow = classifyFlow(splitSegments(source), new Set(), '', '');
  buildParagraphs(flow, new Map(), (segment) => segmentText(source, segment));
}

const stages: Record<string, { input: (size: number) => string; run: (input: string) => void }> = {
  'paragraphs: short lines': { input: (size) => generateInput('short-lines', size).source, run: paragraphs },
  'paragraphs: deep parentheses': { input: (size) => generateInput('deep-parentheses', size).source, run: paragraphs },
  'corrections: one line': {
    input: (size) => generateInput('corrections', size).source,
    run: (source) => {
      const forms = [...new Set(source.match(/\S*\uFFFD\S*/g) ?? [])];
      applyCorrectionRules(sliceSource(source, 0, source.length), forms.map((find) => ({ find, replace: find.replace('\uFFFD', '國'), count: 1, reason: 'bench' })));
    },
  },
};

console.log(`time per 1,000 characters (ms), median of ${runs} run(s); sizes ${sizes.join(', ')} characters`);
console.log(['stage', ...sizes.map(String), 'largest/smallest'].join('\t'));
for (const [name, stage] of Object.entries(stages)) {
  stage.run(stage.input(sizes[0])); // warm-up
  const perChar = sizes.map((size) => {
    const input = stage.input(size);
    return (median(Array.from({ length: runs }, () => time(() => stage.run(input)))) * 1e6) / input.length;
  });
  console.log([name, ...perChar.map((value) => value.toFixed(3)), (perChar[3] / perChar[0]).toFixed(2)].join('\t'));
}
