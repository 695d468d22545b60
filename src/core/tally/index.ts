/** The cluster tally: members' scoring workbooks checked, recomputed and ranked. */
export {
  TALLY_MESSAGES,
  TAMPER_CODES,
  TEMPLATE_MISMATCH_MIN,
  competitionRanks,
  spreadsheetNumber,
  tallyMembers,
} from './tally';
export type {
  TallyBy,
  TallyCriterion,
  TallyInputFile,
  TallyMember,
  TallyOptions,
  TallyRejected,
  TallyRejectionKind,
  TallyReplaced,
  TallyResult,
} from './tally';
