/**
 * 初始设置: the first start on an empty data directory. The office (name, the 机关简称 the 案号
 * starts with, 行政区划代码) and its first 系统管理员 with a password of their own; nothing else is
 * open until this is done. The rest of the office's particulars follow in 文书设置.
 */
import { Alert, Box, Button, Center, Divider, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DEFAULT_ACCESS_SETTINGS } from '../../../main/contract/people';
import type { AppInfo } from '../../../main/contract/schemas';
import type { Backend } from '../api/backend';
import { navigate } from '../app/router';
import { StatusLine } from '../components/StatusLine';
import { t } from '../i18n';
import { exactField, placeRefusal } from '../session/refusal';

const FIELDS = ['office.name', 'office.shortName', 'office.division', 'admin.username', 'admin.displayName', 'admin.password', 'again'] as const;
type Field = (typeof FIELDS)[number];

export function SetupPage({ backend, appInfo }: { backend: Backend; appInfo: AppInfo | null }) {
  const [values, setValues] = useState<Record<Field, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((er) => {
      if (!(field in er)) return er;
      const rest = { ...er };
      delete rest[field];
      return rest;
    });
  };
  const box = (field: Field) => ({ value: values[field], onChange: set(field), error: errors[field], 'data-path': field });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBanner(null);
    if (values['admin.password'] !== values.again) {
      setErrors({ again: t('pwd.mismatch') });
      return;
    }
    setBusy(true);
    const r = await backend.call('setup.complete', {
      office: { name: values['office.name'], shortName: values['office.shortName'], division: values['office.division'] },
      admin: { username: values['admin.username'], displayName: values['admin.displayName'], password: values['admin.password'] },
    });
    setBusy(false);
    if (!r.ok) {
      const placed = placeRefusal<Field>(r.error, exactField(FIELDS), { PASSWORD_WEAK: 'admin.password', USERNAME_TAKEN: 'admin.username' });
      setErrors(placed.byField);
      setBanner(placed.banner ?? (placed.items.length ? placed.items.join('；') : null));
      return;
    }
    // The admin lands on what is still to do before the office can work.
    navigate({ name: 'welcome' });
    backend.adopt(r.value);
  };

  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column', overflow: 'auto' }}>
      <Center style={{ flex: 1 }} p="xl">
        <Paper withBorder shadow="sm" radius="md" p={32} w={640} data-testid="setup-page">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Box>
                <Text size="sm" c="dimmed">
                  {t('app.fullName')}
                </Text>
                <Title order={2}>{t('setup.title')}</Title>
              </Box>
              <Text size="sm">{t('setup.intro')}</Text>
              {banner && (
                <Alert color="red" role="alert" title={t('setup.failed')}>
                  {banner}
                </Alert>
              )}

              <Title order={4}>{t('setup.officeSection')}</Title>
              <TextInput label={t('setup.officeName')} placeholder={t('setup.officeNamePlaceholder')} required autoFocus {...box('office.name')} />
              <SimpleGrid cols={2}>
                <TextInput label={t('setup.shortName')} description={t('setup.shortNameHint')} required maxLength={6} {...box('office.shortName')} />
                <TextInput label={t('setup.division')} description={t('setup.divisionHint')} required maxLength={6} inputMode="numeric" {...box('office.division')} />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('setup.laterInSettings')}
              </Text>

              <Divider />
              <Title order={4}>{t('setup.adminSection')}</Title>
              <SimpleGrid cols={2}>
                <TextInput label={t('setup.username')} description={t('setup.usernameHint')} required autoComplete="username" {...box('admin.username')} />
                <TextInput label={t('setup.displayName')} required {...box('admin.displayName')} />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <PasswordInput
                  label={t('setup.password')}
                  description={t('setup.passwordHint', { n: DEFAULT_ACCESS_SETTINGS.passwordMinLength })}
                  required
                  autoComplete="new-password"
                  {...box('admin.password')}
                />
                <PasswordInput label={t('setup.again')} required autoComplete="new-password" {...box('again')} />
              </SimpleGrid>

              <Button type="submit" loading={busy} fullWidth>
                {t('setup.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
      <StatusLine appInfo={appInfo} />
    </Box>
  );
}
