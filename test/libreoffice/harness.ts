/**
 * LibreOffice (headless) as a second spreadsheet engine for tests.
 *
 * LibreOffice does not recalculate OOXML files on load by default (it keeps
 * the cached values); no command-line flag changes that. Each session gets its
 * own user profile whose registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0 ("always"),
 * then converts xlsx → xlsx, which recalculates every formula and stores the
 * results as cached values for readXlsx to read. One soffice call costs about
 * 1.5 s, so files are converted many per call. Parallel sessions must not share
 * a profile: each session uses its own temporary directory.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const SOFFICE_MISSING =
  'LibreOffice (soffice) không có trên máy: cài bằng `apt-get install -y libreoffice-calc-nogui` rồi chạy lại ' +
  '(LibreOffice is required for the cross-engine tests: install libreoffice-calc-nogui).';

/** The soffice executable on PATH (or $SOFFICE), or null. */
export function findSoffice(): string | null {
  const explicit = process.env.SOFFICE;
  if (explicit !== undefined && explicit !== '' && fs.existsSync(explicit)) return explicit;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, 'soffice');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** The soffice executable; throws the install instruction when it is missing (tests must fail, not skip). */
export function requireSoffice(): string {
  const found = findSoffice();
  if (found === null) throw new Error(SOFFICE_MISSING);
  return found;
}

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface LoFile {
  /** File name without directory, ending in ".xlsx"; unique within one call. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface LoCallStats {
  readonly files: number;
  readonly ms: number;
}

export interface LoSession {
  readonly dir: string;
  /** Converts (and so recalculates) the files, `perCall` files per soffice call; returns the results by name. */
  recalculate(files: readonly LoFile[], perCall?: number): Promise<Map<string, Uint8Array>>;
  /** Timings of the soffice calls made so far. */
  readonly calls: readonly LoCallStats[];
  /** Removes the session's temporary directory. */
  dispose(): void;
}

function runSoffice(soffice: string, args: readonly string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout can end soffice.bin too (the soffice script starts it as a child).
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      reject(new Error(`soffice quá thời gian (timed out after ${timeoutMs} ms):\n${output}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A session with a fresh profile under the OS temp directory; `label` makes the directory recognisable. */
export function createLoSession(label: string, timeoutMs = 120_000): LoSession {
  const soffice = requireSoffice();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thidua-lo-${label}-`));
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
  const profileUrl = `file://${profile.split(path.sep).map(encodeURIComponent).join('/')}`;
  const calls: LoCallStats[] = [];
  let batch = 0;

  return {
    dir,
    calls,
    async recalculate(files, perCall = files.length) {
      const results = new Map<string, Uint8Array>();
      for (let start = 0; start < files.length; start += Math.max(1, perCall)) {
        const chunk = files.slice(start, start + Math.max(1, perCall));
        batch++;
        const inDir = path.join(dir, `in-${batch}`);
        const outDir = path.join(dir, `out-${batch}`);
        fs.mkdirSync(inDir);
        fs.mkdirSync(outDir);
        const inputs = chunk.map((f) => {
          if (!/^[\w.-]+\.xlsx$/.test(f.name)) throw new Error(`Bad file name for soffice: ${f.name}`);
          const p = path.join(inDir, f.name);
          fs.writeFileSync(p, f.bytes);
          return p;
        });
        const t0 = Date.now();
        const { code, output } = await runSoffice(
          soffice,
          [`-env:UserInstallation=${profileUrl}`, '--headless', '--norestore', '--calc', '--convert-to', 'xlsx', '--outdir', outDir, ...inputs],
          timeoutMs,
        );
        calls.push({ files: chunk.length, ms: Date.now() - t0 });
        const missing: string[] = [];
        for (const f of chunk) {
          const out = path.join(outDir, f.name);
          if (fs.existsSync(out)) results.set(f.name, new Uint8Array(fs.readFileSync(out)));
          else missing.push(f.name);
        }
        if (missing.length > 0) {
          throw new Error(`soffice (exit ${code}) không tạo ra ${missing.length} tệp (did not convert): ${missing.slice(0, 5).join(', ')}\n${output}`);
        }
      }
      return results;
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
