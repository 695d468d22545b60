import { readFileSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { parse } from 'acorn';
import { notify, notifyUrl, takeLastCommandMessage } from '../../src/office/commands';

const MESSAGE = 'Trang “DM”: 5 nhiệm vụ, 1 lỗi & 2 cảnh báo / Sheet “DM”: 5 tasks';

/** A minimal Office host for the function file: requirement sets, the Dialog API, storage and location. */
function installHost(dialogApi: boolean) {
  const calls: { url: string; options: unknown }[] = [];
  const closed: boolean[] = [];
  const store = new Map<string, string>();
  let handler: (() => void) | null = null;
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    context: {
      requirements: { isSetSupported: (set: string, v: string) => dialogApi && set === 'DialogApi' && v === '1.1' },
      ui: {
        displayDialogAsync: (url: string, options: unknown, cb: (r: unknown) => void) => {
          calls.push({ url, options });
          cb({ status: 'succeeded', value: { addEventHandler: (_t: string, h: () => void) => (handler = h), close: () => closed.push(true) } });
        },
      },
    },
  };
  g.location = { href: 'https://localhost:3000/commands.html' };
  g.localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) };
  return { calls, closed, answer: () => handler?.() };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.location;
  delete g.localStorage;
});

describe('ribbon command notifications', () => {
  it('show the message in a small dialog next to the function file, closed by its button', () => {
    const host = installHost(true);
    notify(MESSAGE);
    expect(host.calls).toEqual([{ url: notifyUrl(MESSAGE, 'https://localhost:3000/commands.html'), options: { height: 25, width: 30, displayInIframe: true } }]);
    expect(host.calls[0]?.url.startsWith('https://localhost:3000/notify.html?m=')).toBe(true);
    host.answer();
    expect(host.closed).toEqual([true]);
    // The pane also shows it once when it opens.
    expect(takeLastCommandMessage()).toBe(MESSAGE);
    expect(takeLastCommandMessage()).toBeNull();
  });

  it('without the Dialog API, keep the message for the pane only', () => {
    const host = installHost(false);
    notify(MESSAGE);
    expect(host.calls).toEqual([]);
    expect(takeLastCommandMessage()).toBe(MESSAGE);
  });

  it('the dialog page (ES5) shows the message as text', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'src', 'commands', 'notify.html'), 'utf8');
    const script = /<script type="text\/javascript">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    const nodes: string[] = [];
    const elements: Record<string, { appendChild(n: { t: string }): void; onclick?: () => void }> = {
      message: { appendChild: (n) => nodes.push(n.t) },
      close: { appendChild: () => undefined },
    };
    const search = new URL(notifyUrl(MESSAGE, 'https://localhost:3000/commands.html')).search;
    runInNewContext(script, {
      location: { search },
      document: { getElementById: (id: string) => elements[id], createTextNode: (t: string) => ({ t }) },
      window: {},
    });
    expect(nodes).toEqual([MESSAGE]);
  });
});
