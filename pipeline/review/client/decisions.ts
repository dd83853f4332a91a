/**
 * A translator's decisions: one place, one finding, one name or one rule accepted or marked a
 * false positive, with a reason. Kept in the browser's localStorage under the document's id,
 * so they survive a reload and a rebuilt page of the same document (finding and occurrence ids
 * are digests of content, not of line numbers).
 */
import { coversOccurrence, suppresses } from '../../consistency/decisions.js';
import type { Finding } from '../../consistency/types.js';
import type { ReviewFinding } from '../types.js';
import { asSuppression, type Decision, type DecisionScope, type DecisionStatus } from './suppressions.js';

export { asSuppression, MIN_REASON, type Decision, type DecisionScope, type DecisionStatus } from './suppressions.js';

const SCOPES: readonly DecisionScope[] = ['occurrence', 'finding', 'name', 'rule'];
const STATUSES: readonly DecisionStatus[] = ['accepted', 'false-positive'];

/** The decisions of one document, stored in localStorage. */
export class DecisionStore {
  private readonly key: string;
  private decisions: Decision[];

  constructor(document: string, private readonly storage: Storage | undefined = safeStorage()) {
    this.key = `kaikyo-review:${document}:decisions`;
    this.decisions = this.read();
  }

  /** Every decision, in the order made. */
  all(): readonly Decision[] {
    return this.decisions;
  }

  /** Add or replace the decision for a scope and target. */
  set(decision: Decision): void {
    this.decisions = [...this.decisions.filter((d) => !(d.scope === decision.scope && d.target === decision.target)), decision];
    this.write();
  }

  /** Remove the decision for a scope and target. */
  remove(scope: DecisionScope, target: string): void {
    this.decisions = this.decisions.filter((d) => !(d.scope === scope && d.target === target));
    this.write();
  }

  /** The decision made for this scope and target, if any. */
  get(scope: DecisionScope, target: string): Decision | undefined {
    return this.decisions.find((d) => d.scope === scope && d.target === target);
  }

  private read(): Decision[] {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isDecision) : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.decisions));
    } catch {
      // Storage full or refused (a private window): the decisions still hold for this visit.
    }
  }
}

function isDecision(value: unknown): value is Decision {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    SCOPES.includes(d.scope as DecisionScope) &&
    STATUSES.includes(d.status as DecisionStatus) &&
    typeof d.target === 'string' &&
    typeof d.reason === 'string' &&
    typeof d.rule === 'string' &&
    typeof d.label === 'string'
  );
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The fields of a finding that decisions are matched on, in the report's shape. */
function asFinding(finding: ReviewFinding): Finding {
  return { ruleId: finding.ruleId, severity: finding.severity, findingId: finding.findingId, id: finding.entry, ids: finding.ids, ja: finding.ja, expected: finding.expected, found: finding.found, occurrences: [] };
}

/**
 * The decision that settles a whole finding (its own, its name's or its rule's), matched by the
 * same code `kaikyo check` and `kaikyo build` apply the exported file with; the latest wins.
 */
export function findingDecision(store: DecisionStore, finding: ReviewFinding): Decision | undefined {
  const report = asFinding(finding);
  return [...store.all()].reverse().find((decision) => suppresses(asSuppression(decision), report));
}

/** The decision that settles one place of a finding. */
export function occurrenceDecision(store: DecisionStore, finding: ReviewFinding, occurrenceId: string): Decision | undefined {
  const report = asFinding(finding);
  const place = finding.occurrences.find((occurrence) => occurrence.occurrenceId === occurrenceId);
  const own = place
    ? [...store.all()].reverse().find((decision) => coversOccurrence(asSuppression(decision), report, { line: place.sourceLine, column: 0, text: place.text, occurrenceId }))
    : undefined;
  return own ?? findingDecision(store, finding);
}

/** A finding's status: settled as a whole, settled place by place (every place decided), or open. */
export function findingStatus(store: DecisionStore, finding: ReviewFinding): 'open' | DecisionStatus {
  const whole = findingDecision(store, finding);
  if (whole) return whole.status;
  const each = finding.occurrences.map((occurrence) => occurrenceDecision(store, finding, occurrence.occurrenceId));
  if (each.length > 0 && each.every((d) => d !== undefined)) {
    return each.every((d) => d?.status === 'accepted') ? 'accepted' : 'false-positive';
  }
  return 'open';
}
