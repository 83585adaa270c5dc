/**
 * The only screen while a one-time password awaits its change: the backend refuses every other
 * call until then (PASSWORD_CHANGE_REQUIRED), so nothing else is offered.
 */
import { Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { AppInfo, SessionInfo } from '../../../main/contract/schemas';
import type { Backend } from '../api/backend';
import { StatusLine } from '../components/StatusLine';
import { t } from '../i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ForcedPasswordPage({ backend, session, appInfo }: { backend: Backend; session: SessionInfo; appInfo: AppInfo | null }) {
  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column' }}>
      <Center style={{ flex: 1 }} p="xl">
        <Paper withBorder shadow="sm" radius="md" p={32} w={460} data-testid="forced-password-change">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <Box>
                <Text size="sm" c="dimmed">
                  {session.office.name}
                </Text>
                <Title order={2}>{t('pwd.title')}</Title>
              </Box>
              <Button size="xs" variant="default" onClick={() => void backend.logout()}>
                {t('shell.logout')}
              </Button>
            </Group>
            <Text size="sm">{t('pwd.forcedIntro', { name: session.account.displayName, username: session.account.username })}</Text>
            <ChangePasswordForm backend={backend} oneTime onDone={() => undefined} />
          </Stack>
        </Paper>
      </Center>
      <StatusLine appInfo={appInfo} />
    </Box>
  );
}
