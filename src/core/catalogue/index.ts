/** The task catalogue ("Danh mục nhiệm vụ"): reading a sheet, checking its rows. */
export * from './findings';
export {
  CATALOGUE_COLUMNS,
  HEADER_SEARCH_ROWS,
  HEADER_SYNONYMS,
  ISSUE_DATE_NAME,
  PLAN_YEAR_NAME,
  UNITS_NAME,
  catalogueContextFromWorkbook,
  dateCellToIso,
  excelSerialToIso,
  findCatalogue,
  headerColumn,
  romanNumeral,
  valueText,
} from './read';
export type {
  CatalogueCell,
  CatalogueContext,
  CatalogueHeader,
  CatalogueLayout,
  CatalogueRowEntry,
  CatalogueSectionRow,
  CatalogueTaskRow,
} from './read';
export { UnitMatcher, editDistance, findSpellingVariants, nearSameUnit, spellingTolerance, unitKey } from './units';
export type { SpellingVariant, UnitMatch, UnitOccurrence } from './units';
export { isPlaceholder, validateCatalogue } from './validate';
