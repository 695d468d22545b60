/** `thidua tally`: the cluster leader's tally of the members' scoring workbooks. */
import { standardCriteriaTree } from '../core/audit';
import { tallyMembers, type TallyBy, type TallyInputFile } from '../core/tally';
import { CLUSTERS_2020_2021 } from '../core/templates';
import { caseKey } from '../core/text/normalize';
import { buildTallyPlan } from '../plan/tally-sheet';
import { renderPlanToXlsx } from '../xlsx';
import { loadWorkbook, saveBytes } from './files';
import { fail, writeJson, type Command } from './util';

export const tally: Command = {
  options: { out: { type: 'string' }, by: { type: 'string' }, cluster: { type: 'string' }, json: { type: 'boolean' } },
  usage:
    '  tally <tệp.xlsx>... --out <tổng-hợp.xlsx> [--by self|assessed] [--cluster "Cụm 2"] [--json]   tổng hợp, xếp hạng cụm / tally a cluster',
  async run(ctx) {
    if (ctx.positionals.length === 0) fail('cần ít nhất một tệp chấm điểm .xlsx / expected at least one scoring .xlsx file');
    const out = ctx.values.out;
    if (typeof out !== 'string' || out === '') fail('cần --out <tệp.xlsx> / --out <file.xlsx> is required');
    const byRaw = ctx.values.by ?? 'assessed';
    if (byRaw !== 'self' && byRaw !== 'assessed') fail(`--by cần "self" hoặc "assessed" / --by must be self or assessed (got "${String(byRaw)}")`);
    const by: TallyBy = byRaw;
    const clusterName = ctx.values.cluster;
    const cluster =
      typeof clusterName === 'string'
        ? (CLUSTERS_2020_2021.find((c) => caseKey(c.name) === caseKey(clusterName)) ??
          fail(`không có cụm / no cluster "${clusterName}" (có / has: ${CLUSTERS_2020_2021.map((c) => c.name).join(', ')})`))
        : undefined;

    const files: TallyInputFile[] = [];
    for (const file of ctx.positionals) {
      try {
        files.push({ file, workbook: await loadWorkbook(file) });
      } catch (e) {
        files.push({ file, workbook: e instanceof Error ? e : new Error(String(e)) });
      }
    }
    const result = tallyMembers(files, standardCriteriaTree(), { by });
    if (result.members.length > 0) {
      const { bytes } = await renderPlanToXlsx(buildTallyPlan(result, cluster));
      await saveBytes(out, bytes);
    }
    const summary = {
      members: result.members.map((m) => ({
        unit: m.unit,
        file: m.file,
        selfTotal: m.selfTotal,
        assessedTotal: m.assessedTotal,
        rank: m.rank,
        auditErrors: m.auditErrors,
      })),
      rejected: result.rejected.map((r) => ({ file: r.file, reason: r.reason })),
      replaced: result.replaced.map((r) => ({ unit: r.unit, file: r.file, previousFile: r.previousFile })),
    };
    if (ctx.values.json) writeJson(ctx.io, summary);
    else {
      for (const m of result.members) {
        ctx.io.stdout.write(`${String(m.rank).padStart(3)}  ${m.unit}\t${m.selfTotal}\t${m.assessedTotal}\t${m.file}${m.auditErrors > 0 ? `\t(${m.auditErrors} lỗi kiểm tra / audit errors)` : ''}\n`);
      }
      for (const r of result.replaced) ctx.io.stdout.write(`THAY / REPLACED  ${r.note}\n`);
      for (const r of result.rejected) ctx.io.stdout.write(`LOẠI / REJECTED  ${r.file}: ${r.reason}\n`);
      if (result.members.length > 0) ctx.io.stdout.write(`Đã ghi / wrote ${out}\n`);
    }
    if (result.members.length === 0) {
      ctx.io.stderr.write('thidua: không có tệp nào tổng hợp được / no file could be tallied\n');
      return 1;
    }
    return 0;
  },
};
