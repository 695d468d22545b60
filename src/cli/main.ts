/**
 * `thidua`: the command-line face of the same core the add-in uses.
 * Exit codes: 0 success, 1 findings of severity error (validate/audit), 2 bad usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import type { CommandContext } from './util';

export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
}

/** A problem the user can fix (bad arguments, unreadable file): one line on stderr, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const USAGE = `Cách dùng / usage: thidua <lệnh> [tuỳ chọn]
${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n')}`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE.trimEnd() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`thidua: lệnh không có / unknown command: ${name}\n`);
    return 2;
  }
  try {
    const parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    const ctx: CommandContext = { positionals: parsed.positionals, values: parsed.values, io };
    return await command.run(ctx);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`thidua: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
