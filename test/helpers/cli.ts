import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the thidua CLI in-process, capturing its output. */
export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export async function runCliJson<T = unknown>(...args: string[]): Promise<{ code: number; json: T; stderr: string }> {
  const r = await runCli(...args);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}
