import { API_SETS, compareVersions, createFakeExcel } from '../../src/playground/fake-excel';

describe('Office namespace', () => {
  test('onReady resolves (and calls back) with Excel on the configured platform', async () => {
    const fake = createFakeExcel({ platform: 'OfficeOnline' });
    const seen: unknown[] = [];
    const info = await fake.Office.onReady((i) => seen.push(i));
    await Promise.resolve();
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(seen).toEqual([{ host: 'Excel', platform: 'OfficeOnline' }]);
    expect([fake.Office.HostType.Excel, fake.Office.PlatformType.PC, fake.Office.context.host]).toEqual(['Excel', 'PC', 'Excel']);
  });

  test.each([
    ['1.8', 'ExcelApi', '1.1', true],
    ['1.8', 'ExcelApi', '1.8', true],
    ['1.8', 'ExcelApi', '1.9', false],
    ['1.8', 'ExcelApi', '1.10', false],
    ['1.10', 'ExcelApi', '1.9', true],
    ['1.8', 'excelapi', undefined, true],
    ['1.8', 'ExcelApiOnline', '1.1', false],
    ['1.18', 'ExcelApi', '1.18', true],
  ])('ExcelApi %s host: isSetSupported(%s, %s) = %s', (excelApi, name, version, expected) => {
    const fake = createFakeExcel({ excelApi });
    expect(fake.Office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  test('other requirement sets can be declared', () => {
    const fake = createFakeExcel({ otherSets: { SharedRuntime: '1.1' } });
    expect([fake.Office.context.requirements.isSetSupported('SharedRuntime', '1.1'), fake.Office.context.requirements.isSetSupported('SharedRuntime', '1.2')]).toEqual([true, false]);
  });

  test('Office.actions.associate stores handlers; invokeAction runs one until event.completed()', async () => {
    const fake = createFakeExcel();
    const log: string[] = [];
    fake.Office.actions.associate('insertTemplate', (event) => {
      log.push(`start ${event.source?.id}`);
      setTimeout(() => {
        log.push('done');
        event.completed();
      }, 1);
    });
    expect([...fake.actions.keys()]).toEqual(['insertTemplate']);
    await fake.invokeAction('insertTemplate');
    expect(log).toEqual(['start insertTemplate', 'done']);
    await expect(fake.invokeAction('missing')).rejects.toThrow("no handler associated with 'missing'");
  });
});

describe('Excel namespace', () => {
  test.each([
    ['ConditionalFormatType', 'custom', 'Custom'],
    ['GroupOption', 'byRows', 'ByRows'],
    ['DataValidationAlertStyle', 'warning', 'Warning'],
    ['DataValidationOperator', 'between', 'Between'],
    ['PageOrientation', 'landscape', 'Landscape'],
    ['PaperType', 'a4', 'A4'],
    ['SheetVisibility', 'veryHidden', 'VeryHidden'],
    ['BorderIndex', 'insideHorizontal', 'InsideHorizontal'],
    ['ClearApplyTo', 'formats', 'Formats'],
    ['ErrorCodes', 'itemNotFound', 'ItemNotFound'],
  ])('Excel.%s.%s is "%s"', (enumName, key, value) => {
    const fake = createFakeExcel();
    expect((fake.Excel as unknown as Record<string, Record<string, string>>)[enumName][key]).toBe(value);
  });
});

describe('requirement set table', () => {
  test('versions compare numerically', () => {
    expect([compareVersions('1.10', '1.9') > 0, compareVersions('1.8', '1.8') === 0, compareVersions('1.2', '1.13') < 0]).toEqual([true, true, true]);
  });

  test.each([
    ['Range.getMergedAreasOrNullObject', '1.13'],
    ['Worksheet.notes', '1.18'],
    ['Range.group', '1.10'],
    ['Range.dataValidation', '1.8'],
    ['Range.conditionalFormats', '1.6'],
    ['Worksheet.freezePanes', '1.7'],
    ['Worksheet.pageLayout', '1.9'],
    ['Application.suspendScreenUpdatingUntilNextSync', '1.9'],
    ['NamedItemCollection.add', '1.4'],
  ] as const)('%s needs ExcelApi %s', (key, version) => {
    expect(API_SETS[key]).toBe(version);
  });
});
