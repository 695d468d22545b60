import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { whenHostReady } from '../office/host';
import { App } from './components/App';

async function boot(): Promise<void> {
  const host = await whenHostReady();
  const container = document.getElementById('container');
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

void boot();
