/** `thidua audit` and `thidua score`: the scoring sheet ("Chấm điểm") of a unit's file, checked and scored. */
import { auditRead, describeValue, readScoringSheet, standardCriteriaTree, type AuditSeverity, type ScoringSheetRead } from '../core/audit';
import { computeScores, type ScoreInput } from '../core/scoring/engine';
import type { WorkbookData } from '../xlsx';
import { loadWorkbook } from './files';
import { fail, writeJson, type Command, type CommandContext } from './util';

const options = { sheet: { type: 'string' }, json: { type: 'boolean' } } as const;

/** The file's scoring sheet; exit 2 (via fail) when there is none. */
async function loadScoringSheet(ctx: CommandContext): Promise<ScoringSheetRead> {
  if (ctx.positionals.length !== 1) fail('cần đúng một tệp .xlsx / expected exactly one .xlsx file');
  const path = ctx.positionals[0] as string;
  const wb: WorkbookData = await loadWorkbook(path);
  const wanted = typeof ctx.values.sheet === 'string' ? ctx.values.sheet : undefined;
  if (wanted !== undefined && !wb.sheets.some((s) => s.name === wanted)) {
    fail(`không có trang tính / no sheet "${wanted}" (có / has: ${wb.sheets.map((s) => s.name).join(', ')})`);
  }
  return (
    readScoringSheet(wb, wanted) ??
    fail(
      wanted === undefined
        ? `${path}: không tìm thấy bảng chấm điểm (dòng tiêu đề Mã, Tiêu chí, …, Ghi chú) / no scoring sheet found (header row Mã, Tiêu chí, …, Ghi chú)`
        : `${path}: trang "${wanted}" không có dòng tiêu đề của bảng chấm điểm / sheet "${wanted}" has no scoring header row`,
    )
  );
}

const SEVERITY_LABEL: Record<AuditSeverity, string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' };

export const audit: Command = {
  options,
  usage: '  audit <tệp.xlsx> [--sheet S] [--json]        kiểm tra bảng chấm điểm / audit a scoring sheet (exit 1 on errors)',
  async run(ctx) {
    const read = await loadScoringSheet(ctx);
    const report = auditRead(read, standardCriteriaTree());
    const findings = report.findings.map((f) => ({ cell: f.cell, code: f.code, severity: f.severity, message: f.message, expected: f.expected, actual: f.actual }));
    if (ctx.values.json) writeJson(ctx.io, { ok: report.ok, findings });
    else {
      const verdict = report.ok ? 'ĐẠT / OK' : 'CÓ LỖI / ERRORS';
      ctx.io.stdout.write(`${read.sheet}: ${findings.length} phát hiện / findings — ${verdict}\n`);
      for (const f of findings) {
        ctx.io.stdout.write(`${f.cell.padEnd(6)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.code.padEnd(26)} ${f.message}\n`);
        if (f.expected !== null || f.actual !== null) {
          ctx.io.stdout.write(`${' '.repeat(7)}mẫu / expected: ${describeValue(f.expected)}   tệp / actual: ${describeValue(f.actual)}\n`);
        }
      }
    }
    return report.ok ? 0 : 1;
  },
};

function show(v: ScoreInput | number | null): string {
  if (v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

export const score: Command = {
  options,
  usage: '  score <tệp.xlsx> [--sheet S] [--json]        tính điểm theo mẫu / score a scoring sheet with the reference engine',
  async run(ctx) {
    const read = await loadScoringSheet(ctx);
    const tree = standardCriteriaTree();
    const result = computeScores(tree, read.inputs);
    const items: Record<string, { self: ScoreInput; selfCounted: number | null; assessed: ScoreInput; assessedCounted: number | null; max: number | null }> = {};
    for (const c of tree.items) {
      const i = result.items[c.code];
      if (i !== undefined) items[c.code] = { self: i.self, selfCounted: i.selfCounted, assessed: i.assessed, assessedCounted: i.assessedCounted, max: i.max };
    }
    if (ctx.values.json) {
      writeJson(ctx.io, { unit: result.unit, items, selfTotal: result.selfTotal, assessedTotal: result.assessedTotal });
      return 0;
    }
    const out = ctx.io.stdout;
    out.write(`Đơn vị / Unit: ${result.unit === '' ? '(chưa ghi / not given)' : result.unit}\n`);
    const line = (cols: readonly string[]): string => `${cols[0]!.padEnd(10)} ${cols.slice(1).map((s) => s.padStart(10)).join(' ')}\n`;
    out.write(line(['Mã', 'Tối đa', 'Tự chấm', 'Được tính', 'Đánh giá', 'Được tính']));
    for (const c of tree.items) {
      const i = result.items[c.code];
      if (i === undefined || c.role === 'info') continue;
      out.write(line([c.code, show(i.max), show(i.self), show(i.selfCounted), show(i.assessed), show(i.assessedCounted)]));
    }
    out.write(line(['Tổng 14', String(tree.template.totalMax), '', String(result.selfTotal14), '', String(result.assessedTotal14)]));
    out.write(line(['Tổng', String(tree.template.totalMax + (tree.bonus?.max ?? 0)), '', String(result.selfTotal), '', String(result.assessedTotal)]));
    return 0;
  },
};
