/**
 * Findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format
 * GitHub code scanning and other review tools read: one run, the tool's rules from the
 * registry (pipeline/rules.ts) with their translated names and default levels, and one result
 * per finding placed at its first occurrence in edition.md (the source when it is not there),
 * with the other occurrences as related locations and the findingId as a partial fingerprint,
 * so an alert keeps its identity across builds. Validated against the official schema in
 * test/consistency/sarif.test.ts.
 */
import { RULES, type RuleInfo, type Severity } from '../rules.js';
import type { ReportLanguage } from './i18n/index.js';
import { ruleLabel } from './labels.js';
import type { LintFiles } from './lint.js';
import { renderMessage } from './render.js';
import type { Finding, Occurrence } from './types.js';

/** SARIF's levels for kaikyo's severities. */
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** One document's findings and the files their places point into. */
export interface SarifDocument extends LintFiles {
  readonly findings: readonly Finding[];
}

/** Options of sarifLog. */
export interface SarifOptions {
  readonly lang: ReportLanguage;
  /** kaikyo's version (package.json). */
  readonly version: string;
}

function location(occurrence: Occurrence, files: LintFiles, id?: number, message?: string): Record<string, unknown> {
  const inEdition = occurrence.edition !== null && occurrence.edition !== undefined;
  const line = inEdition ? occurrence.edition!.line : occurrence.line;
  const column = inEdition ? occurrence.edition!.column : occurrence.column;
  const text = occurrence.text.replace(/\s*\n\s*/gu, ' ');
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: {
      artifactLocation: { uri: encodeURI(inEdition ? files.edition : files.source) },
      // Columns are UTF-16 code units, as SARIF's default columnKind says.
      region: { startLine: line, startColumn: column, ...(text.includes('\n') ? {} : { endLine: line, endColumn: column + text.length }), snippet: { text } },
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** The SARIF log (as a plain object) for the findings of some documents. */
export function sarifLog(documents: readonly SarifDocument[], options: SarifOptions): Record<string, unknown> {
  const used = [...new Set(documents.flatMap((document) => document.findings.map((finding) => finding.ruleId)))].sort();
  const registry = RULES as Record<string, RuleInfo>;
  const rules = used.map((id) => {
    const info = registry[id];
    const name = ruleLabel(id, options.lang);
    return {
      id,
      name: info?.key ?? id,
      shortDescription: { text: name },
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'] },
      properties: { stage: info?.stage ?? 'unknown' },
    };
  });
  const results = documents.flatMap((document) =>
    document.findings.map((finding) => {
      const [first, ...rest] = finding.occurrences;
      return {
        ruleId: finding.ruleId,
        ruleIndex: used.indexOf(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message ?? renderMessage(finding, options.lang) },
        locations: first ? [location(first, document)] : [{ physicalLocation: { artifactLocation: { uri: encodeURI(document.source) } } }],
        ...(rest.length > 0 ? { relatedLocations: rest.map((occurrence, index) => location(occurrence, document, index + 1, occurrence.context ?? occurrence.text)) } : {}),
        ...(finding.findingId ? { partialFingerprints: { 'kaikyoFindingId/v1': finding.findingId } } : {}),
        properties: {
          ...(finding.id ? { glossaryId: finding.id } : {}),
          ...(finding.expected !== null ? { expected: finding.expected } : {}),
          ...(finding.deviation ? { deviation: finding.deviation } : {}),
        },
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kaikyo', version: options.version, language: options.lang, rules } },
        language: options.lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
