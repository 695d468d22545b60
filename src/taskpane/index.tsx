import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { whenHostReady } from '../office/host';
import { App, isTabId } from './components/App';
import { officeExcelApi } from './excel-api';

async function boot(): Promise<void> {
  const host = await whenHostReady();
  const container = document.getElementById('container');
  if (container === null) return;
  // Ribbon buttons open the pane at their section: taskpane.html?tab=validate.
  const tab = new URLSearchParams(window.location.search).get('tab');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} api={officeExcelApi} initialTab={isTabId(tab) ? tab : undefined} />
    </FluentProvider>,
  );
}

void boot();
