/**
 * `kaikyo glossary suggest|export|import`: propose entries for names the glossary lacks (YAML
 * on stdout), export the glossary for CAT tools and editors (TBX-Basic, CSV, prh.yml), and import
 * kaikyo's own files or another tool's termbase (YAML on stdout, or merged into a glossary file).
 * The logic is in pipeline/glossary-tools/. Exit 1 when an import yields nothing, 2 on bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { readOptionalText } from '../data/read-optional.js';
import { defaultGlossaryDir } from './glossary-path.js';
import { checkDocument, documentPaths } from '../consistency/run.js';
import { loadGlossary, type GlossaryEntryData } from '../glossary/load.js';
import { parseColumns, parseMapping } from '../glossary-tools/columns.js';
import { exportCsv, exportPlainCsv } from '../glossary-tools/export-csv.js';
import { exportPrh } from '../glossary-tools/export-prh.js';
import { exportTbx } from '../glossary-tools/export-tbx.js';
import { entriesYaml, importFile } from '../glossary-tools/import.js';
import { mergeIntoYaml } from '../glossary-tools/merge-yaml.js';
import { GLOSSARY_KINDS, type GlossaryKind } from '../glossary/schema.js';

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
    .option('--glossary <dir>', 'glossary folder (default: the one kaikyo ships)', defaultGlossaryDir())
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
    .description('write the glossary for CAT tools and editors: TBX-Basic, CSV (every field, or the plain ja,ko termbase) or a prh.yml for textlint')
    .option('--format <format>', 'tbx, csv or prh', 'tbx')
    .option('--layout <layout>', 'with --format csv: full (every field, reads back as it was) or plain (ja,ko columns for CAT tools)', 'full')
    .option('--glossary <dir>', 'glossary folder (default: the one kaikyo ships)', defaultGlossaryDir())
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (options: { format: string; layout: string; glossary: string; out?: string }) => {
      if (!['tbx', 'csv', 'prh'].includes(options.format)) return fail('export', `--format must be tbx, csv or prh, not "${options.format}"`);
      if (!['full', 'plain'].includes(options.layout)) return fail('export', `--layout must be full or plain, not "${options.layout}"`);
      try {
        const { entries } = await loadGlossary(options.glossary);
        let text: string;
        if (options.format === 'tbx') text = exportTbx(entries);
        else if (options.format === 'csv') text = options.layout === 'plain' ? exportPlainCsv(entries) : exportCsv(entries);
        else {
          const prh = exportPrh(entries);
          for (const reason of prh.left) process.stderr.write(`kaikyo glossary export: pattern left out: ${reason}\n`);
          text = prh.text;
        }
        if (options.out) await writeFile(options.out, text, 'utf8');
        else process.stdout.write(text);
      } catch (error) {
        fail('export', (error as Error).message);
      }
    });

  glossary
    .command('import')
    .description(
      "read glossary entries from kaikyo's CSV, TBX or YAML (what suggest writes), or from another tool's termbase: a CSV/TSV list with a header of languages, a headerless Xbench list, TBX-Basic or TBX v3; print them as YAML, or merge them into a glossary file",
    )
    .argument('<file>', 'a .csv, .tsv/.txt, .tbx/.xml or .yaml file')
    .option('--format <format>', 'csv, tsv, tbx or yaml (default: from the file extension)')
    .option('--map <pairs>', 'which header holds which field, e.g. ja=Source,ko=Target,notes=Comment (fields: ja, ko, romaji, reading, notes, kind)')
    .option('--columns <fields>', 'the file has no header: its columns in order, e.g. ja,ko or ja,-,ko')
    .option('--kind <kind>', `kind of a termbase's entries when a term names none (${GLOSSARY_KINDS.join(', ')})`, 'term')
    .option('--into <yaml>', 'merge into this glossary YAML file (an entry with a known id replaced where it stands, new ones appended; nothing else in the file changes)')
    .option('--glossary <dir>', 'glossary whose ids new entries must not take (default: the one kaikyo ships)', defaultGlossaryDir())
    .action(async (file: string, options: { format?: string; map?: string; columns?: string; kind: string; into?: string; glossary: string }) => {
      if (options.format !== undefined && !['csv', 'tsv', 'tbx', 'yaml'].includes(options.format)) return fail('import', `--format must be csv, tsv, tbx or yaml, not "${options.format}"`);
      if (!(GLOSSARY_KINDS as readonly string[]).includes(options.kind)) return fail('import', `--kind must be one of ${GLOSSARY_KINDS.join(', ')}, not "${options.kind}"`);
      let mapping;
      let columns;
      try {
        mapping = options.map === undefined ? undefined : parseMapping(options.map);
        columns = options.columns === undefined ? undefined : parseColumns(options.columns);
      } catch (error) {
        return fail('import', (error as Error).message);
      }
      try {
        const text = await readFile(file, 'utf8');
        const taken = new Set<string>();
        try {
          for (const entry of (await loadGlossary(options.glossary)).entries) taken.add(entry.id);
        } catch {
          // Without a readable glossary new ids only avoid each other and the --into file's.
        }
        const existing = options.into ? await readOptional(options.into) : '';
        for (const id of idsIn(existing)) taken.add(id);
        const report = await importFile(text, file, {
          format: options.format as 'csv' | 'tsv' | 'tbx' | 'yaml' | undefined,
          mapping,
          columns,
          kind: options.kind as GlossaryKind,
          taken,
        });
        for (const { line, reason } of report.skipped) process.stderr.write(`${file}:${line}: skipped: ${reason}\n`);
        for (const remark of report.remarks) process.stderr.write(`${file}: ${remark}\n`);
        const summary = `${report.entries.length} entries read (${report.format}), ${report.skipped.length} skipped`;
        if (report.entries.length === 0) return fail('import', `${file}: nothing imported; ${summary}`, 1);
        if (options.into) {
          const merged = mergeIntoYaml(existing, report.entries, options.into);
          await writeFile(options.into, merged.text, 'utf8');
          process.stderr.write(`kaikyo glossary import: ${summary}; ${merged.replaced} replaced and ${merged.appended} appended in ${options.into}\n`);
        } else {
          process.stdout.write(entriesYaml(report.entries));
          process.stderr.write(`kaikyo glossary import: ${summary}\n`);
        }
      } catch (error) {
        fail('import', (error as Error).message);
      }
    });
}

/** The ids of the entries in a glossary YAML text (none when it is empty or not a list). */
function idsIn(text: string): string[] {
  const data: unknown = text.trim() === '' ? [] : parse(text);
  return Array.isArray(data) ? data.flatMap((item) => (item && typeof item.id === 'string' ? [item.id as string] : [])) : [];
}

/** The text of a file, or '' when it does not exist yet. */
async function readOptional(path: string): Promise<string> {
  return (await readOptionalText(path)) ?? '';
}
