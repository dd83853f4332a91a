/**
 * Where a cold build's time goes: runs `kaikyo build` of the seed into an empty folder `--runs`
 * times with KAIKYO_TRACE set (pipeline/trace.ts) and prints, per mark, the median time since
 * the process was spawned, the thread it came from (0 is the main thread) and the step from
 * the mark before it in the same thread. A profiling aid: it asserts nothing.
 *
 *   npm run build && npx tsx bench/trace.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, numberOption } from './measure.js';

const root = join(import.meta.dirname, '..');
const runs = numberOption('--runs', 5);
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-trace-'));
const samples = new Map<string, { thread: string; times: number[] }>();
const totals: number[] = [];

for (let run = 0; run < runs; run++) {
  const out = join(scratch, `run-${run}`);
  const spawned = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kaikyo.js'), 'build', '-q', join(root, 'corpus', 'cha-2004-japan-clusters'), '--out', out], {
    env: { ...process.env, KAIKYO_TRACE: '1' },
    encoding: 'utf8',
  });
  totals.push(Date.now() - spawned);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  for (const line of result.stderr.split('\n')) {
    const match = /^kaikyo-trace (\S+) (\d+) (.*)$/.exec(line);
    if (!match) continue;
    const [, epoch, thread, label] = match;
    const entry = samples.get(label) ?? { thread, times: [] };
    entry.times.push(Number(epoch) - spawned);
    samples.set(label, entry);
  }
}
rmSync(scratch, { recursive: true, force: true });

const rows = [...samples].map(([label, { thread, times }]) => ({ label, thread, at: median(times) })).sort((a, b) => a.at - b.at);
const last = new Map<string, number>();
console.log(`median of ${runs} cold builds of the seed (ms since spawn)`);
for (const row of rows) {
  const step = row.at - (last.get(row.thread) ?? 0);
  last.set(row.thread, row.at);
  console.log(`${String(Math.round(row.at)).padStart(6)}  thread ${row.thread}  +${String(Math.round(step)).padStart(4)}  ${row.label}`);
}
console.log(`${String(median(totals)).padStart(6)}  exit`);
