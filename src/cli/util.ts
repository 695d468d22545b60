/** Shared pieces of the CLI's commands. */
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './main';

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly io: Io;
}

export interface Command {
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** The command's line in `thidua --help`. */
  readonly usage: string;
  run(ctx: CommandContext): Promise<number>;
}

export function fail(message: string): never {
  throw new Error(message);
}

export function writeJson(io: Io, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function intOption(ctx: CommandContext, name: string): number | undefined {
  const raw = ctx.values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 1900 || n > 2200) {
    fail(`--${name} cần một năm, ví dụ 2020 / needs a year, e.g. 2020 (got "${String(raw)}")`);
  }
  return n;
}

