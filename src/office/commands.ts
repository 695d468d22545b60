/** Ribbon commands (function file): each handler gets the Office event and must call event.completed(). */
import { hostSupports } from './requirements';

export type CommandHandler = () => Promise<string>;

/**
 * Registers ribbon command handlers under their manifest ids. Each handler
 * returns a message shown as a notification; errors are shown, never thrown.
 */
export function registerCommands(handlers: Readonly<Record<string, CommandHandler>>): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined) return;
  void office.onReady(() => {
    for (const [id, handler] of Object.entries(handlers)) {
      office.actions.associate(id, (event: Office.AddinCommands.Event) => {
        handler()
          .then((message) => notify(message))
          .catch((err: unknown) => notify(err instanceof Error ? err.message : String(err)))
          .finally(() => event.completed());
      });
    }
  });
}

const LAST_MESSAGE_KEY = 'thidua.lastCommandMessage';

/** The page that shows a command's message (next to commands.html). */
export function notifyUrl(message: string, base: string): string {
  return new URL(`notify.html?m=${encodeURIComponent(message)}`, base).toString();
}

/**
 * Shows a command's result: in a small Office dialog where the host has the
 * Dialog API (Excel has no notification toast for function commands), and
 * always kept for the pane, which shows the last message when it opens. The
 * function file and the pane are separate pages of the same origin, so the
 * message is kept in local storage (session storage is per page).
 */
export function notify(message: string): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    globalThis.localStorage?.setItem(LAST_MESSAGE_KEY, message);
  } catch {
    /* storage may be disabled: the dialog (or the log) still shows it */
  }
  const ui = office?.context?.ui;
  const base = globalThis.location?.href;
  if (ui !== undefined && typeof ui.displayDialogAsync === 'function' && base !== undefined && hostSupports('dialog').ok) {
    const host = office as typeof Office;
    ui.displayDialogAsync(notifyUrl(message, base), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== host.AsyncResultStatus.Succeeded) return;
      const dialog = result.value;
      dialog.addEventHandler(host.EventType.DialogMessageReceived, () => dialog.close());
    });
    return;
  }
  if (office === undefined) console.info(message);
}

/** The last ribbon command's message, removed once read (the pane shows it when it opens). */
export function takeLastCommandMessage(): string | null {
  try {
    const message = globalThis.localStorage?.getItem(LAST_MESSAGE_KEY) ?? null;
    if (message !== null) globalThis.localStorage?.removeItem(LAST_MESSAGE_KEY);
    return message;
  } catch {
    return null;
  }
}
