/** Ribbon commands (function file): each handler gets the Office event and must call event.completed(). */
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

function notify(message: string): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  // Notification messages exist for Outlook only; in Excel the message goes to the status of the
  // task pane next time it opens. The function file and the pane are separate pages of the same
  // origin, so the message is kept in local storage (session storage is per page).
  try {
    globalThis.localStorage?.setItem(LAST_MESSAGE_KEY, message);
  } catch {
    /* storage may be disabled: the message is then only logged */
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
