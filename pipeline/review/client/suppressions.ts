/**
 * A translator's decision and its line in the suppressions file: plain data, no DOM, so the
 * build's tests can check the export against the consistency stage's parser.
 */
import type { Suppression } from '../../consistency/types.js';

/** What a decision covers. */
export type DecisionScope = 'occurrence' | 'finding' | 'name' | 'rule';
export type DecisionStatus = 'accepted' | 'false-positive';

export interface Decision {
  readonly scope: DecisionScope;
  /** The occurrence id, finding id, glossary entry id or rule id. */
  readonly target: string;
  readonly status: DecisionStatus;
  readonly reason: string;
  /** The rule of the finding it was made on (suppressions name their rule). */
  readonly rule: string;
  /** What a person reads for it: the form, the name or the rule. */
  readonly label: string;
}

/** The shortest reason accepted (the suppressions schema's minimum). */
export const MIN_REASON = 10;

/** A decision as the suppressions file writes it (pipeline/consistency/suppressions.schema.json). */
export function asSuppression(decision: Decision): Suppression {
  const { status, reason } = decision;
  if (decision.scope === 'occurrence') return { occurrenceId: decision.target, rule: decision.rule, status, reason };
  if (decision.scope === 'finding') return { findingId: decision.target, rule: decision.rule, status, reason };
  if (decision.scope === 'name') return { id: decision.target, status, reason };
  return { rule: decision.target, status, reason };
}
