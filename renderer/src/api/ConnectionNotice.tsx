/**
 * Says, over whatever page is open, that the connection to the backend is down and being made
 * again, or that the host was restarted and this window needs a new launch link. The page itself
 * stays as it is underneath, so nothing typed is lost while the notice shows.
 */
import { Alert, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { ERROR_MESSAGES } from '../../../main/contract/errors';
import { t } from '../i18n';
import type { Backend } from './backend';

export function ConnectionNotice({ backend }: { backend: Backend }) {
  const state = useSyncExternalStore(
    (listener) => backend.onConnection(listener),
    () => backend.connection,
  );
  if (state === 'connected' || state === 'connecting') return null;
  const relaunch = state === 'relaunch';
  return (
    <Alert
      color={relaunch ? 'red' : 'yellow'}
      variant="filled"
      role="alert"
      data-testid="connection-notice"
      data-state={state}
      title={relaunch ? t('app.relaunchTitle') : t('app.reconnectingTitle')}
      style={{ position: 'fixed', top: 8, left: '50%', transform: 'translateX(-50%)', zIndex: 1000, maxWidth: 640 }}
    >
      <Text size="sm">{relaunch ? ERROR_MESSAGES.TRANSPORT_RELAUNCH : t('app.reconnecting')}</Text>
    </Alert>
  );
}
