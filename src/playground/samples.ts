/**
 * "Plant sample mistakes" for newcomers: on an inserted catalogue sheet, makes
 * three typical mistakes so the Check tab has something to find and fix:
 * a misspelled lead unit (fix: the suggested unit), an empty product, and a
 * task typed in the old TCVN3 font encoding (fix: converted to Unicode).
 */
import { encodeLegacy } from '../core/text/legacy';
import type { GridActions, GridSnapshot } from './workbook-view';

export async function sampleMistakes(view: GridSnapshot, actions: GridActions): Promise<void> {
  const cells = view.rows.flatMap((r) => r.cells);
  const header = cells.find((c) => c.text === 'Đơn vị chủ trì');
  if (header === undefined) throw new Error('Hãy mở trang danh mục nhiệm vụ trước. / Open a task catalogue sheet first.');
  const headerRow = Number(header.address.replace(/^[A-Z]+/, ''));
  // Task rows have a unit; section rows (I, II, …) do not.
  const taskRows = view.rows.filter((r) => r.number > headerRow && r.cells[2]?.text.trim() !== '').map((r) => r.number);
  const [first, second, third] = taskRows;
  if (first === undefined || second === undefined || third === undefined) throw new Error('Danh mục có ít hơn 3 nhiệm vụ. / The catalogue has fewer than 3 tasks.');
  const unit = cells.find((c) => c.address === `C${first}`)?.text ?? '';
  const task = cells.find((c) => c.address === `B${third}`)?.text ?? '';
  await actions.write(view.active, `C${first}`, unit.slice(0, -1));
  await actions.write(view.active, `E${second}`, '');
  await actions.write(view.active, `B${third}`, encodeLegacy(task, 'tcvn3'));
  await actions.select(view.active, `C${first}`);
}
