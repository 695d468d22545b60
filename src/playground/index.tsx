/**
 * The browser playground: the real task pane (the same App and Office.js
 * adapter as in Excel) beside a grid view of an in-browser fake workbook.
 * The fake's `Excel` and `Office` become the globals the add-in uses; nothing
 * is loaded from outside.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { whenHostReady } from '../office/host';
import { isTabId } from '../taskpane/components/App';
import { officeExcelApi } from '../taskpane/excel-api';
import { PlaygroundApp } from './components/PlaygroundApp';
import { createFakeExcel } from './fake-excel';

/**
 * URL parameters: `?excelApi=1.1` plays an old Excel (commands then say which
 * requirement set they miss); `?tab=validate` opens the pane at a tab, as the
 * ribbon buttons do.
 */
async function boot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const excelApi = /^1\.\d{1,2}$/.test(params.get('excelApi') ?? '') ? (params.get('excelApi') as string) : '1.18';
  const fake = createFakeExcel({ excelApi, language: 'vi-VN', sheets: ['Trang1'] });
  const globals = globalThis as Record<string, unknown>;
  globals.Excel = fake.Excel;
  globals.Office = fake.Office;
  // For the end-to-end tests and the curious: the fake host from the console.
  globals.thiduaFake = fake;
  // The ribbon's function file registers its commands with Office.actions.associate.
  await import('../commands/commands');
  const tab = params.get('tab');

  const host = await whenHostReady();
  const container = document.getElementById('playground');
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PlaygroundApp fake={fake} api={officeExcelApi} host={host} initialTab={isTabId(tab) ? tab : undefined} excelApi={excelApi} />
    </FluentProvider>,
  );
}

void boot();
