/** The scoring sheet read back and audited: reading by header text, the audit, its findings. */
export * from './findings';
export {
  SCORING_HEADER_SEARCH_ROWS,
  SCORING_ROLES,
  findScoringHeader,
  readScoringSheet,
  scoringTotalsFromSheet,
  standardCriteriaTree,
  toScoreInput,
} from './read';
export type { ScoringRowRead, ScoringSheetRead, ScoringTotals, TotalRowRead } from './read';
export { TOTAL_TOLERANCE, auditRead, auditScoringSheet, normalizeFormula, translateReferences } from './audit';
