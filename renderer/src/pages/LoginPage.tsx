import { Alert, Badge, Box, Button, Center, Checkbox, Code, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { labelOf, ROLES } from '../../../main/contract/domain';
import type { AppInfo } from '../../../main/contract/schemas';
import type { Backend } from '../api/backend';
import { StatusLine } from '../components/StatusLine';
import { t } from '../i18n';
import { DEMO_LOGINS } from './demo-logins';

/**
 * 登录. The demo office's accounts and their shared password are printed only on the demo office
 * (演示单位); a real office's page never shows a password. 保持登录 keeps the session's token in the
 * OS keychain, so it is offered only where one is reachable.
 */
export function LoginPage({ backend, notice, appInfo }: { backend: Backend; notice: string | null; appInfo: AppInfo | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keychain = appInfo?.keychain;
  const rememberAllowed = appInfo?.rememberAllowed !== false;
  const mayRemember = keychain?.available === true && rememberAllowed;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await backend.login(username, password, remember && mayRemember);
    setBusy(false);
    if (!r.ok) {
      // ACCOUNT_LOCKED and LOGIN_THROTTLED say until when; the message is shown as it comes.
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
                <Group gap="sm" align="center">
                  <Title order={2}>{t('app.name')}</Title>
                  {appInfo?.demo && (
                    <Badge color="yellow" variant="filled" radius="sm" data-testid="login-demo-badge">
                      {t('shell.demoOffice')}
                    </Badge>
                  )}
                </Group>
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
                <Alert color="red" title={t('login.failedTitle')} role="alert">
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
              <Checkbox
                label={t('login.remember')}
                description={mayRemember ? t('login.rememberHint') : !rememberAllowed ? t('login.rememberNotAllowed') : keychain?.message || t('login.rememberUnavailable')}
                checked={remember && mayRemember}
                disabled={!mayRemember}
                onChange={(e) => setRemember(e.currentTarget.checked)}
                data-testid="login-remember"
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('login.submit')}
              </Button>
              {appInfo?.demo && (
                <>
                  <Divider />
                  <Paper bg="yellow.0" p="xs" radius="sm" withBorder data-testid="login-demo">
                    <Text size="xs">{t('login.demoOffice')}</Text>
                    <Text size="xs">{t('login.demoHint')}</Text>
                    {DEMO_LOGINS.map((a) => (
                      <Text key={a.username} size="xs" data-testid="login-demo-account">
                        <Code>{a.username}</Code> {a.name}（{labelOf(ROLES, a.role)}）
                      </Text>
                    ))}
                  </Paper>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Center>
      <StatusLine appInfo={appInfo} />
    </Box>
  );
}
