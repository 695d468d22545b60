import { installFakeExcel } from '../helpers/fake-office';
import { applyFixInExcel, clearCatalogueMarks, insertCatalogue, selectCell, validateCatalogueInExcel } from '../../src/office/catalogue';
import { StaleDataError, UnsupportedHostError } from '../../src/office/errors';
import { NOTE_PREFIX } from '../../src/office/marks';
import { HOA_BINH_2020 } from '../../src/core/templates';

const SEED_FINDINGS = [
  ['D7', 'DEADLINE_CONDITIONAL'],
  ['D9', 'DEADLINE_BEFORE_ISSUE'],
  ['D11', 'DEADLINE_BEFORE_ISSUE'],
  ['D48', 'DEADLINE_CONDITIONAL'],
  ['D51', 'DEADLINE_BEFORE_ISSUE'],
  ['A63', 'TT_GAP'],
];

describe('inserting a catalogue with Office.js', () => {
  it('writes the table, units sheet, names and dropdown in 2 syncs, whatever the row count', async () => {
    const fake = installFakeExcel();
    const result = await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    expect(fake.syncCount).toBe(2);
    expect(result.sheetNames).toEqual({ catalogue: 'Danh mục nhiệm vụ 2020', units: 'Danh mục đơn vị' });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', 'Danh mục nhiệm vụ 2020', 'Danh mục đơn vị']);
    expect(fake.workbook.activeSheet()).toBe('Danh mục nhiệm vụ 2020');
    const names = Object.fromEntries(fake.workbook.getNames().map((n) => [n.name, n]));
    expect(Object.keys(names).sort()).toEqual(['DanhMucDonVi', 'NamKeHoach', 'NgayBanHanh']);
    expect(fake.workbook.getCell('Danh mục nhiệm vụ 2020', 'B5').value).toBe(HOA_BINH_2020.rows[0]?.task);
    expect(fake.workbook.getCell('Danh mục nhiệm vụ 2020', 'B2').value).toBe(2020);
    const tables = fake.workbook.getTables();
    expect(tables.map((t) => t.name).sort()).toEqual(['tblDanhMucDonVi', 'tblDanhMucNhiemVuHoaBinh2020']);
    const state = fake.workbook.getSheetState('Danh mục nhiệm vụ 2020');
    expect(JSON.stringify(state.validations)).toContain('=DanhMucDonVi');
  });

  it('never overwrites: a second insert gets a unique sheet name and keeps the existing names (scoping its own to the new sheet) and unit list', async () => {
    const fake = installFakeExcel();
    await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    fake.resetSyncCount();
    const again = await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    expect(fake.syncCount).toBe(2);
    expect(again.sheetNames).toEqual({ catalogue: 'Danh mục nhiệm vụ 2020 (2)' });
    expect(again.skippedSheets).toEqual(['Danh mục đơn vị']);
    expect(again.keptNames).toEqual([]);
    expect([...again.sheetScopedNames].sort()).toEqual(['NamKeHoach', 'NgayBanHanh']);
    expect(fake.workbook.getTables().map((t) => t.name)).toContain('tblDanhMucNhiemVuHoaBinh20202');
  });

  it('says plainly when the host is too old (Office 2016: ExcelApi 1.1)', async () => {
    installFakeExcel({ excelApi: '1.1' });
    await expect(insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020')).rejects.toThrow(UnsupportedHostError);
    await expect(insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020')).rejects.toThrow(/ExcelApi 1\.8.*thidua/);
  });
});

describe('validating a catalogue with Office.js', () => {
  it('a second copy with another plan year validates against its own year; the first keeps 2020', async () => {
    const fake = installFakeExcel();
    await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    fake.resetSyncCount();
    const again = await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020', { planYear: 2021 });
    expect(fake.syncCount).toBe(2);
    expect(again.sheetNames).toEqual({ catalogue: 'Danh mục nhiệm vụ 2021' });
    expect([...again.sheetScopedNames].sort()).toEqual(['NamKeHoach', 'NgayBanHanh']);
    expect(fake.workbook.getCell('Danh mục nhiệm vụ 2021', 'B2').value).toBe(2021);
    fake.resetSyncCount();
    const second = await validateCatalogueInExcel('Danh mục nhiệm vụ 2021');
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(second.findings.filter((f) => f.code === 'DEADLINE_OUTSIDE_PLAN').length).toBeGreaterThan(10);
    fake.resetSyncCount();
    const first = await validateCatalogueInExcel('Danh mục nhiệm vụ 2020');
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(first.findings.map((f) => [f.cell, f.code])).toEqual(SEED_FINDINGS);
  });

  it('finds exactly the seed’s own issues in 3 syncs and marks those cells without changing values', async () => {
    const fake = installFakeExcel();
    await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    const before = fake.workbook.getSheetState('Danh mục nhiệm vụ 2020');
    fake.resetSyncCount();
    const report = await validateCatalogueInExcel();
    expect(fake.syncCount).toBe(3);
    expect(report.findings.map((f) => [f.cell, f.code])).toEqual(SEED_FINDINGS);
    expect(report.marked).toBe(6);
    const after = fake.workbook.getSheetState('Danh mục nhiệm vụ 2020');
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual(before.formulas);
    const marks = after.conditionalFormats.filter((cf) => JSON.stringify(cf).includes('thidua:'));
    expect(marks).toHaveLength(6);
    expect(after.notes.filter((n) => n.content.startsWith(NOTE_PREFIX)).map((n) => n.address).sort()).toEqual(['A63', 'D11', 'D48', 'D51', 'D7', 'D9']);
  });

  it('costs the same 3 syncs for 2,000 rows', async () => {
    const fake = installFakeExcel();
    const rows = Array.from({ length: 2000 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 'Văn phòng', 'Tháng 8/2020', i % 2 ? 'Báo cáo' : '']);
    fake.seed({ sheets: [{ name: 'Lớn', cells: [['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'], ...rows] }] });
    fake.resetSyncCount();
    const report = await validateCatalogueInExcel('Lớn');
    expect(fake.syncCount).toBeLessThanOrEqual(3); // the name-range sync is empty here: no names to read
    expect(report.rows).toBe(2000);
    expect(report.findings.filter((f) => f.code === 'PRODUCT_MISSING')).toHaveLength(1000);
  });

  it('re-validating replaces its marks; Clear marks removes exactly what it added and nothing of the user’s', async () => {
    const fake = installFakeExcel();
    await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    const sheet = 'Danh mục nhiệm vụ 2020';
    // The user's own conditional format and note.
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem(sheet);
      const cf = s.getRange('E5:E10').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=LEN(E5)>100';
      cf.custom.format.fill.color = '#00FF00';
      s.notes.add('D9', 'Ghi chú của tôi');
      await context.sync();
    });
    await validateCatalogueInExcel(sheet);
    await validateCatalogueInExcel(sheet);
    let state = fake.workbook.getSheetState(sheet);
    expect(state.conditionalFormats.filter((cf) => JSON.stringify(cf).includes('thidua:'))).toHaveLength(6);
    expect(state.notes.find((n) => n.address === 'D9')?.content).toBe('Ghi chú của tôi');
    fake.resetSyncCount();
    const removed = await clearCatalogueMarks(sheet);
    expect(fake.syncCount).toBe(2);
    expect(removed).toBe(6);
    state = fake.workbook.getSheetState(sheet);
    expect(state.conditionalFormats).toHaveLength(1);
    expect(JSON.stringify(state.conditionalFormats[0])).toContain('LEN(E5)>100');
    expect(state.notes.map((n) => [n.address, n.content])).toEqual([['D9', 'Ghi chú của tôi']]);
  });

  it('applies a quick fix only when accepted and only if the cell did not change meanwhile', async () => {
    const fake = installFakeExcel();
    fake.seed({
      sheets: [
        {
          name: 'DM',
          cells: [
            ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Sản phẩm'],
            ['I', 'Văn phòng'],
            [1, 'Xây dựng kế hoạch', 'Vn phòng', 'Tháng 8/2020', 'Kế hoạch'],
          ],
        },
      ],
    });
    const report = await validateCatalogueInExcel('DM');
    const finding = report.findings.find((f) => f.cell === 'C3');
    expect(finding).toMatchObject({ code: 'UNIT_UNKNOWN', fix: { value: 'Văn phòng' } });
    fake.workbook.edit('DM', 'C3', [['Văn phng']]);
    await expect(applyFixInExcel('DM', 'C3', 'Vn phòng', 'Văn phòng')).rejects.toThrow(StaleDataError);
    expect(fake.workbook.getCell('DM', 'C3').value).toBe('Văn phng');
    await applyFixInExcel('DM', 'C3', 'Văn phng', 'Văn phòng');
    expect(fake.workbook.getCell('DM', 'C3').value).toBe('Văn phòng');
    await selectCell('DM', 'C3');
    expect(fake.selections.at(-1)).toBe('DM!C3');
  });
});

describe('marks next to the user’s own non-custom conditional formats', () => {
  it('validates, re-validates and clears marks over a sheet holding a data bar and a cell-value format, which survive', async () => {
    const fake = installFakeExcel();
    await insertCatalogue('danh-muc-nhiem-vu-hoa-binh-2020');
    const sheet = 'Danh mục nhiệm vụ 2020';
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem(sheet);
      s.getRange('A5:A20').conditionalFormats.add('DataBar');
      s.getRange('D5:D60').conditionalFormats.add('CellValue');
      await context.sync();
    });
    const users = (): string[][] =>
      fake.workbook
        .getSheetState(sheet)
        .conditionalFormats.filter((cf) => cf.type !== 'Custom')
        .map((cf) => [cf.type, ...cf.addresses]);
    const ours = (): string[] =>
      fake.workbook
        .getSheetState(sheet)
        .conditionalFormats.filter((cf) => cf.formula.includes('thidua:'))
        .map((cf) => cf.addresses.join(','))
        .sort();
    const marked = ['A63', 'D11', 'D48', 'D51', 'D7', 'D9'];

    fake.resetSyncCount();
    const first = await validateCatalogueInExcel(sheet);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(first.findings.map((f) => [f.cell, f.code])).toEqual(SEED_FINDINGS);
    expect(ours()).toEqual(marked);

    fake.resetSyncCount();
    await validateCatalogueInExcel(sheet);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(ours()).toEqual(marked);
    expect(users()).toEqual([
      ['CellValue', 'D5:D60'],
      ['DataBar', 'A5:A20'],
    ]);

    fake.resetSyncCount();
    const removed = await clearCatalogueMarks(sheet);
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(removed).toBe(6);
    expect(ours()).toEqual([]);
    expect(fake.workbook.getSheetState(sheet).conditionalFormats.map((cf) => [cf.type, ...cf.addresses])).toEqual([
      ['CellValue', 'D5:D60'],
      ['DataBar', 'A5:A20'],
    ]);
  });
});

describe('checking a protected sheet', () => {
  it('lists the findings without marking cells (a protected sheet cannot take marks), and clearing is a no-op', async () => {
    const fake = installFakeExcel();
    const { insertScoringSheet } = await import('../../src/office/scoring');
    await insertScoringSheet(); // protected without a password, and not a catalogue
    const before = fake.workbook.getSheetState('Chấm điểm').conditionalFormats.length;
    fake.resetSyncCount();
    const report = await validateCatalogueInExcel('Chấm điểm');
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(report.protectedSheet).toBe(true);
    expect(report.marked).toBe(0);
    expect(report.findings.map((f) => f.code)).toContain('COLUMN_MISSING');
    expect(fake.workbook.getSheetState('Chấm điểm').conditionalFormats.length).toBe(before);
    expect(await clearCatalogueMarks('Chấm điểm')).toBe(0);
  });
});
