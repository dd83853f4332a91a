/** An error in a data file (corpus metadata, layout, corrections, site profile): names the file, line, column and field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${field ? `${field}: ` : ''}${problem}`);
    this.name = 'DataError';
  }
}
