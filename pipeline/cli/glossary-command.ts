/**
 * `kaikyo glossary suggest|export|import`: propose entries for names the glossary lacks (YAML
 * on stdout), export the glossary for CAT tools (TBX-Basic or CSV), and import CSV or TBX back
 * (YAML on stdout, or merged into a glossary file). The logic is in pipeline/glossary-tools/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkDocument, documentPaths } from '../consistency/run.js';
import { loadGlossary, type GlossaryEntryData } from '../glossary/load.js';
import { exportCsv } from '../glossary-tools/export-csv.js';
import { exportTbx } from '../glossary-tools/export-tbx.js';
import { entriesYaml, importCsv, importTbx, mergeIntoYaml } from '../glossary-tools/import.js';
import { defaultGlossaryDir } from './glossary-path.js';

export function registerGlossary(program: Command, setExit: (code: number) => void): void {
  const glossary = program.command('glossary').description('work with the glossary: suggest entries, export for CAT tools, import');
  const fail = (command: string, message: string, code = 2) => {
    process.stderr.write(`kaikyo glossary ${command}: ${message}\n`);
    setExit(code);
  };

  glossary
    .command('suggest')
    .description('propose entries (YAML on stdout) for the Japanese names of documents that the glossary does not know')
    .argument('[paths...]', 'corpus folders or raw text files; default: every folder in --corpus')
    .option('--corpus <dir>', 'corpus folder', 'corpus')
    .option('--glossary <dir>', 'glossary folder', defaultGlossaryDir())
    .action(async (paths: string[], options: { corpus: string; glossary: string }) => {
      let loaded;
      try {
        loaded = await loadGlossary(options.glossary);
      } catch (error) {
        return fail('suggest', (error as Error).message);
      }
      const suggestions = new Map<string, GlossaryEntryData>();
      for (const path of await documentPaths(paths, options.corpus)) {
        try {
          const { findings } = await checkDocument(path, { corpus: options.corpus, glossary: loaded, suppressions: [] });
          for (const finding of findings) {
            if (finding.ruleId !== 'unknown-name' || !finding.suggestion || suggestions.has(finding.suggestion.ja)) continue;
            suggestions.set(finding.suggestion.ja, finding.suggestion as unknown as GlossaryEntryData);
          }
        } catch (error) {
          fail('suggest', `${path}: ${(error as Error).message}`);
        }
      }
      if (suggestions.size > 0) process.stdout.write(entriesYaml([...suggestions.values()]));
      process.stderr.write(`kaikyo glossary suggest: ${suggestions.size} names not in the glossary\n`);
    });

  glossary
    .command('export')
    .description('write the glossary as TBX-Basic or CSV for CAT tools')
    .option('--format <format>', 'tbx or csv', 'tbx')
    .option('--glossary <dir>', 'glossary folder', defaultGlossaryDir())
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (options: { format: string; glossary: string; out?: string }) => {
      if (options.format !== 'tbx' && options.format !== 'csv') return fail('export', `--format must be tbx or csv, not "${options.format}"`);
      try {
        const { entries } = await loadGlossary(options.glossary);
        const text = options.format === 'tbx' ? exportTbx(entries) : exportCsv(entries);
        if (options.out) await writeFile(options.out, text, 'utf8');
        else process.stdout.write(text);
      } catch (error) {
        fail('export', (error as Error).message);
      }
    });

  glossary
    .command('import')
    .description('read glossary entries from CSV or TBX; print them as YAML, or merge them into a glossary file')
    .argument('<file>', 'a .csv or .tbx file (as export writes them)')
    .option('--format <format>', 'csv or tbx (default: from the file extension)')
    .option('--into <yaml>', 'merge into this glossary YAML file (same id replaced, new ids appended)')
    .action(async (file: string, options: { format?: string; into?: string }) => {
      const format = options.format ?? (/\.(tbx|xml)$/i.test(file) ? 'tbx' : 'csv');
      if (format !== 'tbx' && format !== 'csv') return fail('import', `--format must be csv or tbx, not "${format}"`);
      try {
        const text = await readFile(file, 'utf8');
        const entries = format === 'tbx' ? importTbx(text, file) : importCsv(text, file);
        if (options.into) {
          let existing = '';
          try {
            existing = await readFile(options.into, 'utf8');
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
          await writeFile(options.into, mergeIntoYaml(existing, entries, options.into), 'utf8');
          process.stderr.write(`kaikyo glossary import: ${entries.length} entries merged into ${options.into}\n`);
        } else process.stdout.write(entriesYaml(entries));
      } catch (error) {
        fail('import', (error as Error).message);
      }
    });
}
