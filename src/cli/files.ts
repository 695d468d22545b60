/** File input/output for the CLI: the only place the CLI touches the disk. */
import { readFile, writeFile } from 'node:fs/promises';
import { readXlsx, XlsxInputError } from '../xlsx';
import type { WorkbookData } from '../xlsx';

/** Reads and parses an .xlsx file; every problem becomes a one-line message (exit 2). */
export async function loadWorkbook(path: string): Promise<WorkbookData> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `không tìm thấy tệp / file not found: ${path}` : `không đọc được tệp / cannot read ${path}: ${code ?? String(e)}`);
  }
  try {
    return await readXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxInputError) throw new Error(`${path}: ${e.message}`);
    throw new Error(`${path}: không đọc được như tệp .xlsx / not a readable .xlsx file (${e instanceof Error ? e.message : String(e)})`);
  }
}

export async function saveBytes(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new Error(`không ghi được tệp / cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
