import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/transport';
import { Backend } from './api/backend';
import { App } from './App';
import { FatalScreen } from './pages/FatalScreen';
import { theme } from './theme';
import { t } from './i18n';

// Without a transport (neither Electron's bridge nor a browser host serving this page) there is nothing to talk to.
let backend: Backend | null = null;
try {
  backend = new Backend(createClient());
} catch {
  backend = null;
}

document.title = t('app.name');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      {backend ? <App backend={backend} /> : <FatalScreen message={t('app.noBackend')} />}
    </MantineProvider>
  </StrictMode>,
);
