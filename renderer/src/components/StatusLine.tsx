import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../main/contract/schemas';
import { t } from '../i18n';

/** The status bar: how the workstation runs and which version, the desk's devices, the page's shortcuts. */
export function StatusLine({ appInfo, devices, extra }: { appInfo: AppInfo | null; devices?: ReactNode; extra?: string }) {
  return (
    <Group h={28} px="md" gap="lg" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', background: 'var(--mantine-color-gray-1)' }}>
      {appInfo ? (
        <>
          <Text size="xs" c="dimmed">
            {t('status.host', { kind: t(appInfo.host === 'electron' ? 'app.hostKind.electron' : 'app.hostKind.browser') })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('status.version', { version: appInfo.version })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('status.schema', { schema: appInfo.schemaVersion })}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {t('status.offline')}
        </Text>
      )}
      {devices}
      {extra && (
        <Text size="xs" c="dimmed" ml="auto">
          {extra}
        </Text>
      )}
    </Group>
  );
}
