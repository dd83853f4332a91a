/**
 * The one error type of the glossary loader: a bad entry, named by file, 1-based line and
 * column, and field path. A load reports every problem at once through `problems`.
 */

/** A problem in the glossary data; thrown by loadGlossary (the run cannot go on with bad data). */
export class GlossaryError extends Error {
  override readonly name = 'GlossaryError';
  /** The file as the loader was given it (directory joined with the file name). */
  readonly file: string;
  /** 1-based line of the offending value. */
  readonly line: number;
  /** 1-based column of the offending value. */
  readonly column: number;
  /** Dotted path inside the entry (`romaji`, `variants.2`, `examples.0.expect`); '' for the file itself. */
  readonly field: string;
  /** What is wrong, without the place. */
  readonly reason: string;
  /** Every problem of the same load, sorted, this one first; [this] for a lone problem. */
  problems: readonly GlossaryError[];

  constructor(file: string, line: number, column: number, field: string, reason: string) {
    super(`${file}:${line}:${column}: ${field === '' ? '' : `${field}: `}${reason}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.reason = reason;
    this.problems = [this];
  }
}

/**
 * Sort problems by file order, line and column, and fold them into the first, whose message
 * then lists them all. `fileOrder` gives each file's rank (files are read in sorted order).
 */
export function combineProblems(problems: readonly GlossaryError[], fileOrder: ReadonlyMap<string, number>): GlossaryError {
  if (problems.length === 0) throw new RangeError('combineProblems needs at least one problem');
  const rank = (file: string): number => fileOrder.get(file) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column || compare(a.field, b.field),
  );
  const first = sorted[0];
  if (sorted.length === 1) return first;
  const combined = new GlossaryError(first.file, first.line, first.column, first.field, first.reason);
  combined.message = `${sorted.length} glossary problems:\n${sorted.map((problem) => `  ${problem.message}`).join('\n')}`;
  combined.problems = sorted;
  return combined;
}

/** Code-unit order, so sorting does not depend on the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
