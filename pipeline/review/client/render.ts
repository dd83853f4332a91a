/**
 * The side panel's parts as DOM: counts, the findings grouped by glossary entry (one
 * `li.finding[data-finding]` per actionable finding), a finding's details (glossary card,
 * message, places, decision form), and the "what to replace" list.
 */
import type { ReviewCard, ReviewData, ReviewFinding, ReviewOccurrence } from '../types.js';
import { findingStatus, occurrenceDecision, type Decision, type DecisionStore } from './decisions.js';
import { el, type Child } from './dom.js';
import { deviationName, ruleName, t } from './i18n.js';

/** What rendering needs besides the data. */
export interface RenderContext {
  readonly data: ReviewData;
  readonly store: DecisionStore;
  readonly language: 'ko' | 'en' | 'ja';
  readonly open: ReadonlySet<string>;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings grouped by glossary entry (or by Japanese form), groups in order of first place. */
export function groupFindings(findings: readonly ReviewFinding[]): Array<{ key: string; findings: ReviewFinding[] }> {
  const groups = new Map<string, ReviewFinding[]>();
  for (const finding of findings) {
    const key = groupKey(finding);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  // The first edition place (line, then column) of each finding and group, computed once (not
  // in the comparators); a place not in the edition sorts last.
  const line = new Map<ReviewFinding, number>();
  for (const finding of findings) {
    let min = Infinity;
    for (const occurrence of finding.occurrences) if (occurrence.line) min = Math.min(min, occurrence.line * 1e6 + occurrence.column);
    line.set(finding, min);
  }
  const first = (list: readonly ReviewFinding[]) => list.reduce((min, finding) => Math.min(min, line.get(finding) ?? Infinity), Infinity);
  return [...groups]
    .map(([key, list]) => ({ key, findings: [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (line.get(a) ?? 0) - (line.get(b) ?? 0)), start: first(list) }))
    .sort((a, b) => Number(a.key === OTHER_GROUP) - Number(b.key === OTHER_GROUP) || a.start - b.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, findings: list }) => ({ key, findings: list }));
}

/** The group of findings about no name: the tables' checks. */
export const OTHER_GROUP = '';
const RULE_GROUP = 'rule:';

/** A finding's group: its glossary entry, else its Japanese form, else its rule (the tables' checks together). */
function groupKey(finding: ReviewFinding): string {
  return finding.entry ?? finding.ja ?? (finding.stage === 'tables' ? OTHER_GROUP : `${RULE_GROUP}${finding.ruleId}`);
}

/** A group's heading: the Japanese form and the standard Korean. */
export function groupTitle(key: string, findings: readonly ReviewFinding[], cards: ReviewData['cards']): Child[] {
  if (key === OTHER_GROUP) return [t('otherFindings')];
  if (key.startsWith(RULE_GROUP)) return [ruleName(key.slice(RULE_GROUP.length))];
  const card = cards[key];
  const ja = card?.ja ?? findings[0].ja ?? key;
  const ko = card?.ko ?? findings[0].expected;
  return [el('span', { lang: 'ja', class: 'group-ja' }, ja), ko ? el('span', { lang: 'ko', class: 'group-ko' }, ko) : null];
}

/** One finding's list item. */
export function findingItem(finding: ReviewFinding, context: RenderContext): HTMLLIElement {
  const status = findingStatus(context.store, finding);
  const isOpen = context.open.has(finding.findingId);
  const detailsId = `details-${finding.findingId}`;
  const forms = formsLine(finding);
  const toggle = el(
    'button',
    { type: 'button', class: 'finding-toggle', 'aria-expanded': String(isOpen), 'aria-controls': detailsId, 'data-action': 'toggle' },
    el('span', { class: `badge severity-${finding.severity}` }, t(`consistency:severity.${finding.severity}`)),
    ' ',
    el('span', { class: 'rule-name' }, ruleName(finding.ruleId)),
    ' ',
    forms,
    ' ',
    el('span', { class: 'count' }, t('occurrences', { count: finding.occurrences.length })),
    status !== 'open' ? el('span', { class: `status-badge status-${status}` }, t(`status.${status}`)) : null,
  );
  return el(
    'li',
    { class: `finding severity-${finding.severity} status-${status}`, 'data-finding': finding.findingId, 'data-rule': finding.ruleId },
    toggle,
    el('p', { class: 'message', lang: context.language }, finding.message[context.language]),
    isOpen ? details(finding, context, detailsId) : el('div', { id: detailsId, class: 'finding-details', hidden: true }),
  );
}

function formsLine(finding: ReviewFinding): HTMLElement | null {
  const wrong = deviantForms(finding);
  if (finding.expected && wrong.length > 0) {
    return el('span', { class: 'forms', lang: 'ko' }, el('span', { class: 'form-found' }, wrong.join(', ')), ' → ', el('span', { class: 'form-expected' }, finding.expected));
  }
  if (finding.ja) return el('span', { class: 'forms', lang: 'ja' }, finding.ja);
  return null;
}

/** Forms found that are not the standard one (spacing ignored). */
export function deviantForms(finding: ReviewFinding): string[] {
  const expected = finding.expected?.replace(/\s+/g, '');
  return finding.found.filter((form) => form.replace(/\s+/g, '') !== expected);
}

function details(finding: ReviewFinding, context: RenderContext, id: string): HTMLElement {
  return el(
    'div',
    { id, class: 'finding-details' },
    glossaryCards(finding, context.data.cards),
    el('h4', {}, t('occurrences', { count: finding.occurrences.length })),
    el('ol', { class: 'occurrences' }, ...finding.occurrences.map((occurrence) => occurrenceItem(finding, occurrence, context))),
    decisionForm(finding, context),
  );
}

function glossaryCards(finding: ReviewFinding, cards: ReviewData['cards']): HTMLElement {
  const ids = [...new Set([finding.entry, ...finding.ids].filter((id): id is string => Boolean(id)))];
  const shown = ids.map((id) => cards[id]).filter((card): card is ReviewCard => Boolean(card));
  if (shown.length === 0 && finding.origin) {
    return el(
      'section',
      { class: 'card' },
      el('dl', {}, el('dt', {}, t('card.origin')), el('dd', { lang: 'en' }, finding.origin), ...(finding.note ? [el('dt', {}, t('card.notes')), el('dd', {}, finding.note)] : [])),
    );
  }
  if (shown.length === 0) return el('p', { class: 'card card-missing' }, t('card.notInGlossary'));
  return el('div', { class: 'cards' }, ...shown.map(card));
}

function card(entry: ReviewCard): HTMLElement {
  const row = (key: string, value: Child, lang?: string) => [el('dt', {}, t(key)), el('dd', lang ? { lang } : {}, value)];
  return el(
    'section',
    { class: 'card', 'aria-label': `${t('card.glossary')}: ${entry.ja}` },
    el('h5', {}, t('card.glossary'), ' ', el('code', {}, entry.id)),
    el(
      'dl',
      {},
      ...row('card.japanese', entry.ja, 'ja'),
      ...row('card.reading', entry.reading, 'ja'),
      ...row('card.romaji', entry.romaji, 'ja-Latn'),
      ...row('card.standard', entry.ko, 'ko'),
      ...(entry.accepted.length > 0 ? row('card.accepted', entry.accepted.join(', '), 'ko') : []),
      ...row('card.kind', entry.kind),
      ...(entry.notes ? row('card.notes', entry.notes) : []),
      ...(entry.sources.length > 0 ? row('card.sources', el('ul', {}, ...entry.sources.map((source) => el('li', {}, source)))) : []),
    ),
  );
}

function occurrenceItem(finding: ReviewFinding, occurrence: ReviewOccurrence, context: RenderContext): HTMLLIElement {
  const decision = occurrenceDecision(context.store, finding, occurrence.occurrenceId);
  const where = [occurrence.page === undefined ? null : t('page', { n: occurrence.page }), t('occurrence', { ...occurrence })].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: `occurrence${decision ? ` status-${decision.status}` : ''}`, 'data-occurrence': occurrence.occurrenceId },
    el(
      'button',
      { type: 'button', class: 'show', 'data-action': 'show', 'data-occurrence': occurrence.occurrenceId, disabled: !occurrence.marked },
      el('span', { class: 'occurrence-form', lang: 'ko' }, occurrence.text),
      occurrence.expected && occurrence.expected.replace(/\s+/g, '') !== occurrence.text.replace(/\s+/g, '') ? el('span', { class: 'form-expected', lang: 'ko' }, ` → ${occurrence.expected}`) : null,
      ' ',
      el('span', { class: 'where' }, where),
    ),
    occurrence.marked ? null : el('span', { class: 'not-marked' }, t('notMarked')),
    occurrence.context ? el('p', { class: 'context', lang: 'ko' }, ...contextWithForm(occurrence)) : null,
    decision ? el('span', { class: `status-badge status-${decision.status}` }, t(`status.${decision.status}`)) : null,
  );
}

/** The sentence with the occurrence's text emphasised (first place it stands, spacing as written). */
function contextWithForm(occurrence: ReviewOccurrence): Child[] {
  const at = occurrence.context.indexOf(occurrence.text);
  if (at < 0 || !occurrence.text) return [occurrence.context];
  return [occurrence.context.slice(0, at), el('strong', {}, occurrence.text), occurrence.context.slice(at + occurrence.text.length)];
}

function decisionForm(finding: ReviewFinding, context: RenderContext): HTMLElement {
  const id = finding.findingId;
  const options: Array<{ value: string; label: string }> = [
    { value: `finding:${id}`, label: t('decision.scopes.finding') },
    ...finding.occurrences.map((occurrence) => ({
      value: `occurrence:${occurrence.occurrenceId}`,
      label: `${t('decision.scopes.occurrence')}: ${occurrence.text}${occurrence.page === undefined ? '' : ` (${t('page', { n: occurrence.page })})`}`,
    })),
    ...(finding.entry ? [{ value: `name:${finding.entry}`, label: t('decision.scopes.name', { name: nameOf(finding, context) }) }] : []),
    { value: `rule:${finding.ruleId}`, label: t('decision.scopes.rule', { rule: ruleName(finding.ruleId) }) },
  ];
  const existing = decisionsFor(finding, context.store);
  return el(
    'form',
    { class: 'decision', 'data-finding-form': id, novalidate: true },
    el('h4', {}, t('decision.heading')),
    el('label', { for: `scope-${id}` }, t('decision.scope')),
    el('select', { id: `scope-${id}`, name: 'scope' }, ...options.map((option) => el('option', { value: option.value }, option.label))),
    el(
      'fieldset',
      { class: 'status-choice' },
      el('legend', {}, t('decision.status')),
      ...(['false-positive', 'accepted'] as const).flatMap((status, i) => [
        el('input', { type: 'radio', id: `status-${id}-${status}`, name: 'status', value: status, checked: i === 0 }),
        el('label', { for: `status-${id}-${status}` }, t(`status.${status}`)),
      ]),
    ),
    el('label', { for: `reason-${id}` }, t('decision.reason')),
    el('textarea', { id: `reason-${id}`, name: 'reason', rows: 2, 'aria-describedby': `hint-${id}`, minlength: 10 }),
    el('p', { id: `hint-${id}`, class: 'hint' }, t('decision.reasonHint')),
    el('p', { class: 'error', role: 'alert', hidden: true }, t('decision.tooShort')),
    el('button', { type: 'submit', class: 'primary' }, t('decision.save')),
    existing.length > 0 ? el('ul', { class: 'existing' }, ...existing.map(decisionItem)) : null,
  );
}

function nameOf(finding: ReviewFinding, context: RenderContext): string {
  const card = finding.entry ? context.data.cards[finding.entry] : undefined;
  return card ? `${card.ja} ${card.ko}` : (finding.ja ?? finding.entry ?? '');
}

/** The decisions that bear on a finding (its own, its places', its name's, its rule's). */
export function decisionsFor(finding: ReviewFinding, store: DecisionStore): Decision[] {
  const places = new Set(finding.occurrences.map((occurrence) => occurrence.occurrenceId));
  return store
    .all()
    .filter(
      (d) =>
        (d.scope === 'finding' && d.target === finding.findingId) ||
        (d.scope === 'occurrence' && places.has(d.target)) ||
        (d.scope === 'name' && d.target === finding.entry) ||
        (d.scope === 'rule' && d.target === finding.ruleId),
    );
}

/** One saved decision with its remove button. */
export function decisionItem(decision: Decision): HTMLLIElement {
  return el(
    'li',
    { class: `saved status-${decision.status}` },
    el('span', { class: `status-badge status-${decision.status}` }, t(`status.${decision.status}`)),
    ' ',
    el('span', { class: 'scope' }, scopeLabel(decision)),
    ': ',
    el('q', {}, decision.reason),
    ' ',
    el('button', { type: 'button', class: 'link', 'data-action': 'remove', 'data-scope': decision.scope, 'data-target': decision.target }, t('decision.remove')),
  );
}

function scopeLabel(decision: Decision): string {
  if (decision.scope === 'rule') return t('decision.scopes.rule', { rule: ruleName(decision.target) });
  if (decision.scope === 'name') return t('decision.scopes.name', { name: decision.label });
  if (decision.scope === 'occurrence') return `${t('decision.scopes.occurrence')}: ${decision.label}`;
  return `${t('decision.scopes.finding')}: ${decision.label}`;
}

/** "What to replace": found form → standard form (×places), grouped by deviation class. */
export function replaceList(findings: readonly ReviewFinding[]): HTMLElement {
  const groups = new Map<string, Map<string, { from: string; to: string; count: number; finding: ReviewFinding; occurrence: string }>>();
  for (const finding of findings) {
    for (const occurrence of finding.occurrences) {
      const to = occurrence.expected ?? finding.expected;
      if (!to) continue;
      const from = occurrence.text.replace(/\s+/g, ' ').trim();
      if (from.replace(/\s+/g, '') === to.replace(/\s+/g, '')) continue;
      const group = finding.deviation ?? '';
      let rows = groups.get(group);
      if (!rows) groups.set(group, (rows = new Map()));
      const key = `${from}\u0000${to}`;
      const row = rows.get(key);
      if (row) row.count += 1;
      else rows.set(key, { from, to, count: 1, finding, occurrence: occurrence.occurrenceId });
    }
  }
  if (groups.size === 0) return el('p', { class: 'empty' }, t('replace.empty'));
  const ordered = [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return el(
    'div',
    { class: 'replace' },
    ...ordered.map(([group, rows]) =>
      el(
        'section',
        { class: 'replace-group', 'data-deviation': group || null },
        el('h3', {}, group ? deviationName(group) : t('replace.noDeviation')),
        el(
          'ul',
          {},
          ...[...rows.values()]
            .sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
            .map((row) =>
              el(
                'li',
                {},
                el(
                  'button',
                  { type: 'button', class: 'replace-row', 'data-action': 'replace', 'data-replace-finding': row.finding.findingId, 'data-occurrence': row.occurrence },
                  el('span', { class: 'form-found', lang: 'ko' }, row.from),
                  ' → ',
                  el('span', { class: 'form-expected', lang: 'ko' }, row.to),
                  ' ',
                  el('span', { class: 'count' }, t('replace.times', { count: row.count })),
                ),
              ),
            ),
        ),
      ),
    ),
  );
}
