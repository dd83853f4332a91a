/**
 * Reasoned exceptions, kept next to the glossary in glossary/suppressions.yaml: each names a
 * rule, the glossary id or the form it is about, and why the finding is not a problem. The
 * file is validated like all data: a bad one stops the run with file, line and field.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { yamlModule } from '../data/on-demand.js';
import { validatorFor } from '../data/validate.js';
import { GlossaryError } from '../glossary/load.js';
import schema from './suppressions.schema.json' with { type: 'json' };
import type { Finding, Suppression } from './types.js';

/** The file name, inside the glossary folder. */
export const SUPPRESSIONS_FILE = 'suppressions.yaml';

// strictRequired off: the anyOf branches name properties declared one level up. Compiled on
// first use: most builds have no suppressions file, and compiling costs ~0.1 s at start-up.
const validator = () => validatorFor(schema, { allErrors: true, strictRequired: false });

/**
 * Parse and validate the text of a suppressions file. Throws a GlossaryError (file, 1-based
 * line and column, field) for the first problem. An empty file means no suppressions.
 */
export function parseSuppressions(text: string, file: string): Suppression[] {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const { line, col } = lineCounter.linePos(document.errors[0].pos[0]);
    throw new GlossaryError(file, line, col, '', `YAML: ${document.errors[0].message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS() ?? [];
  const itemLine = (index: number): { line: number; column: number } => {
    const node = (document.contents as { items?: Array<{ range?: [number, number, number] }> } | null)?.items?.[index];
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const validate = validator();
  if (!validate(data)) {
    const error = validate.errors?.[0];
    const steps = (error?.instancePath ?? '').split('/').slice(1);
    const index = steps.length > 0 ? Number(steps[0]) : 0;
    const place = steps.length > 0 ? itemLine(index) : { line: 1, column: 1 };
    const field = steps.slice(1).join('.') || ((error?.params as { missingProperty?: string; additionalProperty?: string } | undefined)?.missingProperty ?? (error?.params as { additionalProperty?: string } | undefined)?.additionalProperty ?? '');
    const reason = error?.keyword === 'anyOf' ? 'needs an id or a form' : (error?.message ?? 'is invalid');
    throw new GlossaryError(file, place.line, place.column, field, reason);
  }
  return (data as Suppression[]).map((item, index) => ({ ...item, line: itemLine(index).line }));
}

/** Read `<glossaryDir>/suppressions.yaml`; none when the file does not exist. */
export async function loadSuppressions(glossaryDir: string): Promise<Suppression[]> {
  const file = join(glossaryDir, SUPPRESSIONS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseSuppressions(text, file);
}

/** True when `suppression` covers `finding`: same rule, and its id or one of its forms. */
export function suppresses(suppression: Suppression, finding: Finding): boolean {
  if (suppression.rule !== finding.ruleId) return false;
  if (suppression.id !== undefined && suppression.id !== finding.id && !(finding.ids ?? []).includes(suppression.id)) return false;
  if (suppression.form !== undefined) {
    const form = suppression.form.replace(/\s+/gu, '');
    const forms = [finding.ja ?? '', ...finding.found].map((value) => value.replace(/\s+/gu, ''));
    if (!forms.includes(form)) return false;
  }
  return true;
}

/** Findings no suppression covers. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  return findings.filter((finding) => !suppressions.some((suppression) => suppresses(suppression, finding)));
}
