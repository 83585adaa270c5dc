/**
 * 修改密码: the current password (the one-time one, at a first login) and the new one twice. The
 * office's policy (length, not the user name, not a known-weak password) is the backend's to
 * check; its message is shown under the new password as it comes.
 */
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Backend } from '../api/backend';
import { t } from '../i18n';
import { exactField, placeRefusal } from './refusal';

type Field = 'current' | 'next' | 'again';

export interface ChangePasswordFormProps {
  backend: Backend;
  /** Labels the current password as the administrator's one-time password. */
  oneTime?: boolean;
  onDone(): void;
  onCancel?: () => void;
}

export function ChangePasswordForm({ backend, oneTime, onDone, onCancel }: ChangePasswordFormProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const local: Partial<Record<Field, string>> = {};
    if (!current) local.current = t('pwd.currentRequired');
    if (!next) local.next = t('pwd.nextRequired');
    else if (next !== again) local.again = t('pwd.mismatch');
    else if (next === current) local.next = t('pwd.sameAsCurrent');
    setBanner(null);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const r = await backend.call('session.changePassword', { current, next });
    setBusy(false);
    if (!r.ok) {
      const placed = placeRefusal<Field>(r.error, exactField<Field>(['current', 'next']), { PASSWORD_WRONG: 'current', PASSWORD_WEAK: 'next' });
      setErrors(placed.byField);
      setBanner(placed.banner);
      if (placed.byField.current) setCurrent('');
      return;
    }
    backend.adopt(r.value);
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="change-password-form">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" role="alert" title={t('pwd.failed')}>
            {banner}
          </Alert>
        )}
        <PasswordInput
          label={oneTime ? t('pwd.currentOneTime') : t('pwd.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.current}
          autoComplete="current-password"
          autoFocus
          required
        />
        <PasswordInput
          label={t('pwd.next')}
          description={t('pwd.policyHint')}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={errors.next}
          autoComplete="new-password"
          required
        />
        <PasswordInput
          label={t('pwd.again')}
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={errors.again}
          autoComplete="new-password"
          required
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('pwd.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {t('pwd.submit')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pwd.afterwards')}
        </Text>
      </Stack>
    </form>
  );
}
