/** `kaikyo dataset [OUTDIR…] --out DIR`: one dataset (CSV, JSON Lines, Parquet, datapackage.json, card) for a whole corpus. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../data/package-root.js';
import { chosenGlossaryDir } from './glossary-path.js';

export function registerDataset(program: Command, setExit: (code: number) => void): void {
  program
    .command('dataset')
    .description('merge built output folders (a build\'s, or the shards\' of build --shard) into one corpus dataset: CSV, JSON Lines and Parquet per table, datapackage.json and a dataset card')
    .argument('[outdirs...]', 'output folders of kaikyo build (default: output)')
    .option('-o, --out <dir>', 'dataset folder (replaced whole)', 'dataset')
    .option('--glossary <dir>', 'glossary folder the documents were built with, its entries a table (default: the one kaikyo ships)')
    .option('--no-glossary', 'no glossary table (for documents built with --no-glossary)')
    .option('--description <file>', "the dataset's description: title, licences, languages, example queries (default: corpus/dataset.yaml, else the one kaikyo ships)")
    .option('-q, --quiet', 'print only errors')
    .action(async (outdirs: string[], options: { out: string; glossary?: string | boolean; description?: string; quiet?: boolean }) => {
      const started = process.hrtime.bigint();
      const { buildDataset } = await import('../dataset/build.js');
      try {
        const summary = await buildDataset({
          inputs: outdirs.length > 0 ? outdirs : ['output'],
          out: options.out,
          glossary: chosenGlossaryDir(options.glossary),
          description: options.description ?? defaultDescription(),
        });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (!options.quiet) {
          const tables = summary.tables.map((table) => `${table.name} ${table.rows}`).join(', ');
          process.stderr.write(`kaikyo dataset: ${summary.documents} document(s), ${summary.tables.length} tables (${tables}) in ${seconds.toFixed(2)} s → ${options.out}/\n`);
        }
      } catch (error) {
        process.stderr.write(`error  ${(error as Error).message}\n`);
        setExit(1);
      }
    });
}

/** corpus/dataset.yaml of the corpus in the working folder, else the one kaikyo ships. */
function defaultDescription(): string {
  return existsSync('corpus/dataset.yaml') ? 'corpus/dataset.yaml' : join(packageRoot(), 'corpus', 'dataset.yaml');
}
