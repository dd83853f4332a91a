/** Shared helpers for the spacing tests: the raw source, its prose lines, and rule lookup. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSpacingContext } from '../../pipeline/edition/spacing/index.js';
import { fragmentsAt } from '../../pipeline/edition/spacing/fragments.js';
import { RULES, type Verdict } from '../../pipeline/edition/spacing/rules.js';
import type { SpacingContext } from '../../pipeline/edition/spacing/types.js';
import { proseLines } from '../../pipeline/eval/raw-lines.js';
import type { GoldFile } from '../../pipeline/eval/spacing-eval.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The raw source of the paper (never modified). */
export const source = readFileSync(`${root}corpus/cha-2004-japan-clusters/source.txt`, 'utf8');
/** Raw lines, index 0 = line 1. */
export const rawLines = source.split('\n');

let shared: SpacingContext | undefined;
/** The context of the whole paper from its long prose lines (built once per test file). */
export function paperContext(): SpacingContext {
  shared ??= buildSpacingContext(proseLines(source).map((l) => l.text));
  return shared;
}

/** A gold file from the shared folder or our own fixtures. */
export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}
export const sharedGoldPath = `${root}../shared/gold/spacing-dev.json`;
export const extraGoldPath = `${root}test/spacing/fixtures/dev-extra.json`;

/** Apply one rule (by id) to the first space after `marker` in `text`. */
export function applyRule(id: string, text: string, marker: string, context: SpacingContext): Verdict | null {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const index = text.indexOf(' ', text.indexOf(marker));
  return rule.apply({ text, fragments: fragmentsAt(text, index), context });
}
