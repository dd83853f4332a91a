/**
 * Where a command finds the glossary when `--glossary` is not given. The one place that
 * decides it, for every command (build, check, transcribe, glossary): today `glossary/` in the
 * working directory, where a checkout of kaikyo keeps it.
 */

/** The default glossary folder. */
export function defaultGlossaryDir(): string {
  return 'glossary';
}

/**
 * The glossary folder a command uses: the one named, else the default; undefined when the user
 * asked for none (`--no-glossary`, which commander gives as `false`).
 */
export function chosenGlossaryDir(option: string | boolean | undefined): string | undefined {
  if (option === false) return undefined;
  return typeof option === 'string' ? option : defaultGlossaryDir();
}
