/**
 * Where a command finds the glossary when `--glossary` is not given. The one place that
 * decides it, for every command (build, check, transcribe, glossary): the glossary kaikyo ships
 * (glossary/default-dir.ts: found from the package root, so it does not depend on the working
 * directory and an installed kaikyo has it too).
 */
export { defaultGlossaryDir } from '../glossary/default-dir.js';
import { defaultGlossaryDir } from '../glossary/default-dir.js';

/**
 * The glossary folder a command uses: the one named, else the default; undefined when the user
 * asked for none (`--no-glossary`, which commander gives as `false`).
 */
export function chosenGlossaryDir(option: string | boolean | undefined): string | undefined {
  if (option === false) return undefined;
  return typeof option === 'string' ? option : defaultGlossaryDir();
}
