/**
 * Live updates: tells the pane when the workbook changes under it (a score
 * typed, another sheet opened), with Office.js worksheet events.
 *
 * - ExcelApi 1.9: `worksheets.onChanged` (every sheet) + `worksheets.onActivated`.
 * - ExcelApi 1.7–1.8: the collection has no onChanged, so the active sheet's
 *   `onChanged` is used and moved to each newly activated sheet.
 * - Older hosts: nothing is registered; the pane keeps its Refresh button.
 * Registering takes one sync. Debouncing is the caller's job.
 */
import { hostSupports } from './requirements';

/** Removes the handlers (resolves at once when nothing was registered). */
export type Unsubscribe = () => Promise<void>;

type Registered = OfficeExtension.EventHandlerResult<unknown>;

export async function watchWorkbook(onChange: () => void): Promise<Unsubscribe> {
  if (!hostSupports('events').ok) return async () => undefined;
  const everySheet = hostSupports('workbookChangeEvents').ok;
  let stopped = false;
  // Moving the sheet handler and removing the handlers run one after another.
  let chain: Promise<void> = Promise.resolve();

  const notify = async (): Promise<void> => {
    if (stopped) return;
    try {
      onChange();
    } catch {
      // The caller's callback failing must not break Excel's event delivery.
    }
  };

  let activated: Registered | null = null;
  let changed: Registered | null = null;

  /** 1.7–1.8: listen to the newly active sheet instead of the previous one. */
  const follow = async (worksheetId: string): Promise<void> => {
    const previous = changed;
    if (stopped || previous === null) return;
    await Excel.run(previous.context, async (context) => {
      previous.remove();
      changed = context.workbook.worksheets.getItem(worksheetId).onChanged.add(notify) as Registered;
      await context.sync();
    });
  };

  const onActivated = async (args: Excel.WorksheetActivatedEventArgs): Promise<void> => {
    if (!everySheet) chain = chain.then(() => follow(args.worksheetId)).catch(() => undefined);
    await notify();
    await chain;
  };

  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    activated = sheets.onActivated.add(onActivated) as Registered;
    changed = (everySheet ? sheets.onChanged : sheets.getActiveWorksheet().onChanged).add(notify) as Registered;
    await context.sync();
  });

  return async () => {
    if (stopped) return;
    stopped = true;
    await chain;
    const results = [activated, changed].filter((r): r is Registered => r !== null);
    if (results.length === 0) return;
    // Office.js removes a handler only through the request context that added it.
    await Excel.run(results[0].context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  };
}
