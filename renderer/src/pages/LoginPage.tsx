import { Alert, Box, Button, Center, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../main/contract/schemas';
import type { Backend } from '../api/backend';
import { StatusLine } from '../components/StatusLine';
import { t } from '../i18n';

export function LoginPage({ backend, notice, appInfo }: { backend: Backend; notice: string | null; appInfo: AppInfo | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await backend.login(username, password);
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      setPassword('');
    }
  };

  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column' }}>
      <Center style={{ flex: 1 }} p="xl">
        <Paper withBorder shadow="sm" radius="md" p={32} w={420}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Box>
                <Text size="sm" c="dimmed">
                  {t('app.fullName')}
                </Text>
                <Title order={2}>{t('app.name')}</Title>
              </Box>
              <Text size="sm" c="dimmed">
                {t('login.subtitle')}
              </Text>
              {notice && !error && (
                <Alert color="yellow" title={t('login.expiredTitle')}>
                  {notice}
                </Alert>
              )}
              {error && (
                <Alert color="red" title={t('login.failedTitle')}>
                  {error}
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                autoComplete="username"
                autoFocus
                required
              />
              <PasswordInput
                label={t('login.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('login.submit')}
              </Button>
              <Divider />
              <Text size="xs" c="dimmed">
                {t('login.demoHint')}
              </Text>
            </Stack>
          </form>
        </Paper>
      </Center>
      <StatusLine appInfo={appInfo} />
    </Box>
  );
}
