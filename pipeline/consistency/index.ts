/**
 * The consistency stage (issue 4): Japanese names reconciled with their Korean renderings,
 * findings as data (consistency.json), as a report (consistency.md) and as vfile messages.
 */
export { checkConsistency, prepareGlossary, type CheckOptions } from './check.js';
export { loadSuppressions, parseSuppressions, applySuppressions, applyDecisions, coversOccurrence, decisionsYaml, suppresses, SUPPRESSIONS_FILE } from './suppressions.js';
export { finalizeFindings, actionableFindings, deviationOf, type FinalizeOptions } from './finalize.js';
export { loadLoanwords, parseLoanwords, loanwordFindings, LOANWORDS_FILE, type Loanword } from './loanwords.js';
export { renderMessage } from './render.js';
export { sarifLog } from './sarif.js';
export { mergeFindings, sortFindings } from './merge.js';
export { consistencyJson, findingJson } from './json.js';
export { consistencyMarkdown, type MarkdownOptions } from './markdown.js';
export { findingMessage, reportFindings } from './messages.js';
export { CONSISTENCY_RULES, type ConsistencyRuleId } from './rules.js';
export { alignForm, alignWith, syllableAlternatives, type Alignment } from './deviation.js';
export { likelyRenderings, type Variant } from './variants.js';
export { createKoreanMatcher, formKey, type KoreanMatch, type KoreanMatcher } from './matcher.js';
export { judgeForm, type Verdict } from './classify.js';
export { consistencyTranslator, registerConsistencyResources, isReportLanguage, CONSISTENCY_NAMESPACE, type ReportLanguage } from './i18n/index.js';
export type { DecisionStatus, DeviationKind, EditionPlace, Finding, Occurrence, SuggestedEntry, Suppression } from './types.js';
