/**
 * Reviewers' reasoned decisions, kept next to the glossary in glossary/suppressions.yaml: each
 * is about one occurrence, one finding, one name (of one rule or of all) or a whole rule, says
 * accepted or false-positive, and why. The file is validated like all data: a bad one stops the
 * run with file, line and field. Matching is in decisions.ts (pure,
 * no Node API), so the review page can apply decisions to consistency.json as the build does.
 */
import { readOptionalText } from '../data/read-optional.js';
import { join } from 'node:path';
import { yamlModule } from '../data/on-demand.js';
import { validatorFor } from '../data/validate.js';
import { GlossaryError } from '../glossary/load.js';
import { RULES } from '../rules.js';
import schema from './suppressions.schema.json' with { type: 'json' };
import type { Suppression } from './types.js';

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
    const reason = error?.keyword === 'anyOf' ? 'needs an occurrenceId, a findingId, an id, a form or a rule' : (error?.message ?? 'is invalid');
    throw new GlossaryError(file, place.line, place.column, field, reason);
  }
  const items = data as Suppression[];
  items.forEach((item, index) => {
    if (item.rule !== undefined && !(item.rule in RULES)) {
      const place = itemLine(index);
      throw new GlossaryError(file, place.line, place.column, 'rule', `is no rule id of kaikyo ("${item.rule}")`);
    }
  });
  return items.map((item, index) => ({ ...item, line: itemLine(index).line }));
}

/** Read `<glossaryDir>/suppressions.yaml`; none when the file does not exist. */
export async function loadSuppressions(glossaryDir: string): Promise<Suppression[]> {
  const file = join(glossaryDir, SUPPRESSIONS_FILE);
  const text = await readOptionalText(file);
  return text === undefined ? [] : parseSuppressions(text, file);
}

export { applyDecisions, applySuppressions, coversOccurrence, decisionsYaml, suppresses } from './decisions.js';
