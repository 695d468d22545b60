/**
 * Boots the pane with or without Office.js (as Script Lab does): inside Excel,
 * waits for Office.onReady; in a plain browser (the playground) resolves at once.
 */
export interface HostInfo {
  /** "Excel" inside Excel, "browser" in the playground or a plain page. */
  readonly host: 'Excel' | 'browser';
  /** True for the old Internet Explorer–based webview (Office 2016/2019 MSI on Windows). */
  readonly legacyWebView: boolean;
}

function isLegacyWebView(userAgent: string): boolean {
  return /Trident\/|MSIE /.test(userAgent);
}

export async function whenHostReady(): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  if (office === undefined || typeof office.onReady !== 'function') {
    return { host: 'browser', legacyWebView: isLegacyWebView(ua) };
  }
  const info = await office.onReady();
  return { host: info.host === office.HostType.Excel ? 'Excel' : 'browser', legacyWebView: isLegacyWebView(ua) };
}
