/** What the benchmarks share: numeric options, the median of a sample, wall time. */

/** The number after `name` on the command line, or `fallback`. */
export function numberOption(name: string, fallback: number, args: readonly string[] = process.argv.slice(2)): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** The middle value (the upper one of an even-sized sample). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Seconds since `started` (a process.hrtime.bigint() reading). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Wall seconds of `run`. */
export function time(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return secondsSince(started);
}
