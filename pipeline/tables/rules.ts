/**
 * Rule ids of the tables stage, in the shape of RULES in pipeline/rules.ts so the registry can
 * merge them. Ids are permanent: retire one, never reuse it. Message templates for i18next are
 * in ./messages.json under `rules.<key>`.
 */
import type { RuleInfo } from '../rules.js';

export const TABLE_RULES = {
  // The table description and the blocks it points at.
  'table-block-missing': { severity: 'warning', stage: 'tables', key: 'tableBlockMissing' },
  'table-content-unparsed': { severity: 'warning', stage: 'tables', key: 'tableContentUnparsed' },
  'table-cell-ambiguous': { severity: 'info', stage: 'tables', key: 'tableCellAmbiguous' },
  'table-cell-repaired': { severity: 'info', stage: 'tables', key: 'tableCellRepaired' },
  'table-category-unknown': { severity: 'warning', stage: 'tables', key: 'tableCategoryUnknown' },
  // A row against its own column.
  'table-count-missing': { severity: 'warning', stage: 'tables', key: 'tableCountMissing' },
  'table-count-outlier': { severity: 'warning', stage: 'tables', key: 'tableCountOutlier' },
  'table-count-form': { severity: 'info', stage: 'tables', key: 'tableCountForm' },
  // Tables against each other.
  'table-figure-count': { severity: 'warning', stage: 'tables', key: 'tableFigureCount' },
  'table-figure-unmatched': { severity: 'warning', stage: 'tables', key: 'tableFigureUnmatched' },
  'table-name-differs': { severity: 'info', stage: 'tables', key: 'tableNameDiffers' },
  'table-sum-differs': { severity: 'warning', stage: 'tables', key: 'tableSumDiffers' },
  'table-sum-agrees': { severity: 'info', stage: 'tables', key: 'tableSumAgrees', confirmation: true },
  'table-cluster-unlinked': { severity: 'warning', stage: 'tables', key: 'tableClusterUnlinked' },
  // Tables against the text.
  'table-claim-differs': { severity: 'warning', stage: 'tables', key: 'tableClaimDiffers' },
  'table-claim-agrees': { severity: 'info', stage: 'tables', key: 'tableClaimAgrees', confirmation: true },
  'table-claim-not-found': { severity: 'warning', stage: 'tables', key: 'tableClaimNotFound' },
  // Names against the glossary.
  'table-glossary-missing': { severity: 'info', stage: 'tables', key: 'tableGlossaryMissing' },
  'table-link-missing': { severity: 'info', stage: 'tables', key: 'tableLinkMissing' },
  'table-name-nonstandard': { severity: 'info', stage: 'tables', key: 'tableNameNonstandard' },
} as const satisfies Record<string, RuleInfo>;

export type TableRuleId = keyof typeof TABLE_RULES;
