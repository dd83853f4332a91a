/**
 * Score the edition's word spacing against the spacing gold.
 *
 * Usage: tsx pipeline/eval/spacing-cli.ts [edition.md] [--gold gold.json]
 *   edition.md  default output/cha-2004-japan-clusters/edition.md (relative to the repo root)
 *   --gold      default ../shared/gold/spacing-dev.json relative to the repo root; when that
 *               file does not exist, the path in KAIKYO_SPACING_GOLD.
 * Prints a table per gold paragraph, the micro average and every missed or extra space, and
 * exits 0 (it reports, it does not gate). A missing input is an error (exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphTexts } from './markdown-paragraphs.js';
import { formatReport, scoreSpacing, type GoldFile } from './spacing-eval.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Parsed command line. */
export interface CliArgs {
  readonly edition: string;
  readonly gold: string | undefined;
}

/** Resolve the edition and gold paths from argv (without node and script) and the environment. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  let edition: string | undefined;
  let gold: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold') gold = argv[++i];
    else if (!edition) edition = argv[i];
  }
  const defaultGold = resolve(repoRoot, '..', 'shared', 'gold', 'spacing-dev.json');
  return {
    edition: resolve(repoRoot, edition ?? 'output/cha-2004-japan-clusters/edition.md'),
    gold: gold ? resolve(gold) : existsSync(defaultGold) ? defaultGold : env.KAIKYO_SPACING_GOLD,
  };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args.gold || !existsSync(args.gold)) {
    console.error(`spacing gold not found (looked at ../shared/gold/spacing-dev.json and KAIKYO_SPACING_GOLD)`);
    return 2;
  }
  if (!existsSync(args.edition)) {
    console.error(`edition not found: ${args.edition}`);
    return 2;
  }
  const gold = JSON.parse(readFileSync(args.gold, 'utf8')) as GoldFile;
  const paragraphs = paragraphTexts(readFileSync(args.edition, 'utf8'));
  console.log(`edition: ${args.edition}\ngold: ${args.gold}`);
  console.log(formatReport(scoreSpacing(gold.paragraphs, paragraphs)));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
