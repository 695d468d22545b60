/** `thidua insert` and `thidua validate`: the add-in's catalogue and template work, on files. */
import { catalogueContextFromWorkbook, findCatalogue, validateCatalogue, type Finding } from '../core/catalogue';
import { buildCriteriaTree } from '../core/scoring/criteria';
import { findTemplate } from '../core/templates';
import { buildCataloguePlan } from '../plan/catalogue-sheet';
import { buildScoringSheetPlan } from '../plan/scoring-sheet';
import { renderPlanToXlsx } from '../xlsx';
import { fail, intOption, writeJson, type Command, type CommandContext } from './util';
import { loadWorkbook, saveBytes } from './files';

function requireOut(ctx: CommandContext): string {
  const out = ctx.values.out;
  if (typeof out !== 'string' || out === '') fail('cần --out <tệp.xlsx> / --out <file.xlsx> is required');
  return out;
}

export const insert: Command = {
  options: { out: { type: 'string' }, 'plan-year': { type: 'string' }, password: { type: 'string' }, json: { type: 'boolean' } },
  usage: '  insert <id> --out <tệp.xlsx> [--plan-year N] [--password P]   tạo sổ tính từ mẫu / write a template workbook',
  async run(ctx) {
    if (ctx.positionals.length !== 1) fail('cần đúng một mã mẫu / expected exactly one template id');
    const id = ctx.positionals[0] as string;
    const out = requireOut(ctx);
    const t = findTemplate(id) ?? fail(`không có mẫu / no template "${id}" (xem / see: thidua templates)`);
    const planYear = intOption(ctx, 'plan-year');
    const password = typeof ctx.values.password === 'string' ? ctx.values.password : undefined;
    const plan =
      t.kind === 'catalogue'
        ? buildCataloguePlan(t, planYear === undefined ? {} : { planYear })
        : buildScoringSheetPlan(buildCriteriaTree(t), password === undefined ? {} : { password });
    const { bytes, result } = await renderPlanToXlsx(plan);
    await saveBytes(out, bytes);
    if (ctx.values.json) writeJson(ctx.io, { file: out, ...result });
    else ctx.io.stdout.write(`Đã ghi / wrote ${out}: ${Object.values(result.sheetNames).join(', ')}\n`);
    return 0;
  },
};

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' };

export const validate: Command = {
  options: { sheet: { type: 'string' }, 'plan-year': { type: 'string' }, json: { type: 'boolean' } },
  usage: '  validate <tệp.xlsx> [--sheet S] [--plan-year N] [--json]   kiểm tra danh mục / check a catalogue (exit 1 on errors)',
  async run(ctx) {
    if (ctx.positionals.length !== 1) fail('cần đúng một tệp .xlsx / expected exactly one .xlsx file');
    const wb = await loadWorkbook(ctx.positionals[0] as string);
    const wanted = ctx.values.sheet;
    const sheet =
      typeof wanted === 'string'
        ? (wb.sheets.find((s) => s.name === wanted) ?? fail(`không có trang tính / no sheet "${wanted}" (có / has: ${wb.sheets.map((s) => s.name).join(', ')})`))
        : (wb.sheets.find((s) => findCatalogue(s).header !== null) ?? wb.sheets[0] ?? fail('sổ tính không có trang nào / the workbook has no sheets'));
    const context = catalogueContextFromWorkbook(wb, sheet.name);
    const planYear = intOption(ctx, 'plan-year');
    const report = validateCatalogue(sheet, planYear === undefined ? context : { ...context, planYear });
    const out = {
      sheet: report.sheet,
      rows: report.rows,
      findings: report.findings.map((f) => ({ cell: f.cell, row: f.row, field: f.field, code: f.code, severity: f.severity, message: f.message, fix: f.fix })),
    };
    if (ctx.values.json) writeJson(ctx.io, out);
    else {
      ctx.io.stdout.write(`${out.sheet}: ${out.rows} nhiệm vụ / tasks, ${out.findings.length} phát hiện / findings\n`);
      for (const f of out.findings) {
        ctx.io.stdout.write(`${f.cell.padEnd(6)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.code.padEnd(22)} ${f.message}${f.fix ? `  → ${f.fix.value}` : ''}\n`);
      }
    }
    return out.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
