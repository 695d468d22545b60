/** The file adapter: sheet plans to .xlsx and .xlsx to plain data. The only code that imports exceljs. */
export { renderPlanToXlsx, uniqueSheetName, uniqueTableName, XlsxPlanError, type RenderOptions, type RenderOutput } from './render';
export { readXlsx } from './read';
export { guardXlsx, XlsxInputError, DEFAULT_READ_LIMITS, type XlsxInputErrorCode, type GuardOptions, type GuardReport } from './guard';
export { addFuturePrefixes, stripFuturePrefixes, translateFormula, FUTURE_FUNCTIONS } from './formula';
export { readZipDirectory, readEntryBytes, readEntryText, inflateEntry, ZipFormatError, ZipSizeError, type ZipEntry } from './zip';
export { quoteSheetName, splitSheetRef, isValidDefinedName } from './workbook-xml';
export * from './types';
