/**
 * Linearity benchmark: builds each generated pathological input (bench/pathological-inputs.ts)
 * at four sizes, doubling, and prints the time per 1,000 characters at each size and the ratio
 * of the largest size's to the smallest's. A linear stage keeps the ratio near 1; a quadratic one
 * doubles it with every doubling (8 over four sizes). The build is the whole document build in
 * this process (edition, tables, names, consistency, Markdown), without a glossary.
 *
 * Each build also runs under the V8 CPU profiler, and the samples are summed by where the code
 * lives, so one slow stage does not hide the others: `spacing` (pipeline/edition/spacing/),
 * `names` (pipeline/names/) and `rest` (every other stage and the libraries they call). The
 * ratio is printed for each, and the share of the largest build's time each takes.
 *
 *   npx tsx bench/pathological.ts [--base 20000] [--runs 3] [--case short-lines]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../pipeline/corpus/document.js';
import { buildDocument } from '../pipeline/orchestrate/build-document.js';
import { median, numberOption } from './measure.js';
import { CASES, generateInput, writeInput, type PathologicalCase } from './pathological-inputs.js';

const base = numberOption('--base', 20_000);
const runs = numberOption('--runs', 3);
const only = process.argv.includes('--case') ? process.argv[process.argv.indexOf('--case') + 1] : undefined;
const sizes = [base, base * 2, base * 4, base * 8];
const PARTS = ['spacing', 'names', 'rest'] as const;
type Part = (typeof PARTS)[number];

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/** Which part a sampled function belongs to, by its file. */
function partOf(url: string): Part | undefined {
  if (url === '') return undefined; // idle, garbage collector, program: not a stage's own time
  if (url.includes('/pipeline/edition/spacing/')) return 'spacing';
  if (url.includes('/pipeline/names/')) return 'names';
  return 'rest';
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');

/** Seconds of one build, in all and by part (sampled self time). */
async function timeBuild(folder: string, root: string): Promise<{ whole: number; parts: Record<Part, number>; chars: number }> {
  const document = await loadDocument(folder, root);
  await session.post('Profiler.start');
  const started = process.hrtime.bigint();
  const output = await buildDocument(document, {});
  const whole = Number(process.hrtime.bigint() - started) / 1e9;
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parts: Record<Part, number> = { spacing: 0, names: 0, rest: 0 };
  profile.samples.forEach((id, k) => {
    const part = partOf(byId.get(id)?.callFrame.url ?? '');
    if (part) parts[part] += profile.timeDeltas[k] / 1e6;
  });
  const source = output.file.value.toString();
  return { whole, parts, chars: source.length };
}

const root = mkdtempSync(join(tmpdir(), 'kaikyo-pathological-'));
try {
  // Warm up: module loading and the spacing dictionary are paid once, not by the first size.
  await timeBuild(writeInput(root, 'warm-up', generateInput('short-lines', 2_000)), root);
  console.log(`time per 1,000 characters (ms), median of ${runs} run(s); sizes ${sizes.join(', ')} characters`);
  console.log(['case', ...sizes.map((size) => `${size}`), 'ratio', ...PARTS.map((part) => `${part} ratio`), ...PARTS.map((part) => `${part} share`)].join('\t'));
  for (const kind of CASES.filter((name) => !only || name === only) as PathologicalCase[]) {
    const whole: number[] = [];
    const parts: Array<Record<Part, number>> = [];
    const shares: Record<Part, number> = { spacing: 0, names: 0, rest: 0 };
    // Warm up on this case's smallest input, so the first size does not pay for compiling its paths.
    await timeBuild(writeInput(root, `${kind}-warm-up`, generateInput(kind, sizes[0])), root);
    for (const size of sizes) {
      const folder = writeInput(root, `${kind}-${size}`, generateInput(kind, size));
      const samples: Array<Awaited<ReturnType<typeof timeBuild>>> = [];
      for (let run = 0; run < runs; run++) samples.push(await timeBuild(folder, root));
      const chars = samples[0].chars;
      whole.push((median(samples.map((sample) => sample.whole)) * 1e6) / chars);
      parts.push(Object.fromEntries(PARTS.map((part) => [part, (median(samples.map((sample) => sample.parts[part])) * 1e6) / chars])) as Record<Part, number>);
      if (size === sizes[3]) {
        const sampled = PARTS.reduce((sum, part) => sum + parts[3][part], 0);
        for (const part of PARTS) shares[part] = sampled > 0 ? parts[3][part] / sampled : 0;
      }
    }
    const ratio = (first: number, last: number) => (first > 0 ? (last / first).toFixed(2) : '-');
    console.log(
      [
        kind,
        ...whole.map((value) => value.toFixed(2)),
        ratio(whole[0], whole[3]),
        ...PARTS.map((part) => ratio(parts[0][part], parts[3][part])),
        ...PARTS.map((part) => `${Math.round(shares[part] * 100)}%`),
      ].join('\t'),
    );
  }
} finally {
  session.disconnect();
  rmSync(root, { recursive: true, force: true });
}
