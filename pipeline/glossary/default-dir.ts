/**
 * The glossary a command uses when none is named: the `glossary/` folder kaikyo ships, found
 * from the package root, so an installed `kaikyo` has its glossary wherever it runs and the
 * choice does not depend on the working directory. `--glossary DIR` names another one.
 */
import { join } from 'node:path';
import { packageRoot } from '../data/package-root.js';

/** Absolute path of the shipped glossary folder. */
export function defaultGlossaryDir(): string {
  return join(packageRoot(), 'glossary');
}
