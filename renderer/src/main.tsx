import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/transport';
import { Backend } from './api/backend';
import { ConnectionNotice } from './api/ConnectionNotice';
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
      {/* Calendars in Chinese, weeks from Monday, as the office's printed calendars run. */}
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        {backend ? (
          <>
            <ConnectionNotice backend={backend} />
            <App backend={backend} />
          </>
        ) : (
          <FatalScreen message={t('app.noBackend')} />
        )}
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
