/** The CLI's commands, one entry each: options, usage line, and a short run function. */
import { parseDeadline } from '../core/deadline';
import { buildCriteriaTree } from '../core/scoring/criteria';
import { TEMPLATES, findTemplate, summarizeTemplate } from '../core/templates';
import { insert, validate } from './catalogue-commands';
import { tally } from './tally-command';
import { audit, score } from './scoring-commands';
import { fail, intOption, writeJson, type Command, type CommandContext } from './util';

function onePositional(ctx: CommandContext, what: string): string {
  if (ctx.positionals.length !== 1) fail(`cần đúng một ${what} / expected exactly one ${what}`);
  return ctx.positionals[0] as string;
}

const json = { json: { type: 'boolean' } } as const;

const templates: Command = {
  options: json,
  usage: '  templates [--json]                          danh sách mẫu / list templates',
  async run(ctx) {
    const list = TEMPLATES.map(summarizeTemplate);
    if (ctx.values.json) writeJson(ctx.io, list);
    else for (const t of list) ctx.io.stdout.write(`${t.id}\t${t.kind}\t${t.title}\n`);
    return 0;
  },
};

const show: Command = {
  options: json,
  usage: '  show <id> [--json]                          nội dung một mẫu / show a template',
  async run(ctx) {
    const id = onePositional(ctx, 'mã mẫu (template id)');
    const t = findTemplate(id) ?? fail(`không có mẫu / no template "${id}" (xem / see: thidua templates)`);
    const out =
      t.kind === 'catalogue'
        ? {
            id: t.id,
            title: t.title,
            planYear: t.planYear,
            units: t.units.map((u) => ({ name: u.name, aliases: u.aliases })),
            rows: t.rows.map((r) => ({ section: r.section, sectionTitle: r.sectionTitle, tt: r.tt, task: r.task, unit: r.unit, deadline: r.deadline, product: r.product })),
          }
        : {
            id: t.id,
            title: t.title,
            totalMax: t.totalMax,
            bonusMax: t.bonusMax,
            items: buildCriteriaTree(t).items.map((c) => ({
              code: c.code,
              parent: c.parent,
              text: c.text,
              evidence: c.evidence,
              max: c.max,
              evaluator: c.evaluator,
              rule: c.rule,
            })),
          };
    if (ctx.values.json) writeJson(ctx.io, out);
    else if (t.kind === 'catalogue') {
      ctx.io.stdout.write(`${t.title}\n`);
      for (const r of t.rows) ctx.io.stdout.write(`${r.section}.${r.tt}\t${r.task}\t${r.unit}\t${r.deadline}\n`);
    } else {
      ctx.io.stdout.write(`${t.title}\n`);
      for (const c of buildCriteriaTree(t).items) ctx.io.stdout.write(`${c.code}\t${c.max ?? ''}\t${c.text.split('\n')[0]}\n`);
    }
    return 0;
  },
};

const deadline: Command = {
  options: { ...json, 'plan-year': { type: 'string' } },
  usage: '  deadline "<văn bản>" [--plan-year N] [--json]   phân tích thời hạn / parse a deadline',
  async run(ctx) {
    const text = onePositional(ctx, 'văn bản thời hạn (deadline text)');
    const planYear = intOption(ctx, 'plan-year');
    const result = parseDeadline(text, planYear === undefined ? {} : { planYear });
    if (ctx.values.json) writeJson(ctx.io, result);
    else if (result.ok) ctx.io.stdout.write(`${result.kind}\t${result.from ?? '?'} → ${result.to ?? '?'}${result.recurrence ? `\t(${result.recurrence})` : ''}\n`);
    else ctx.io.stdout.write(`không hiểu / not understood: ${result.error ?? ''}\n`);
    return 0;
  },
};

export const COMMANDS: Readonly<Record<string, Command>> = { templates, show, deadline, insert, validate, audit, score, tally };
