/**
 * A new account (用户名, 姓名, 角色, 关联执法人员) or an existing one's name, role and officer link.
 * The username cannot change once made: the audit log names people by it.
 */
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../main/contract/domain';
import type { AccountRecord, OfficerRecord } from '../../../main/contract/people';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { exactField, placeRefusal } from '../session/refusal';

type Field = 'username' | 'displayName' | 'role' | 'officerId';
const FIELDS: readonly Field[] = ['username', 'displayName', 'role', 'officerId'];

export interface AccountDialogProps {
  /** null: closed; 'new': a new account; otherwise the account being edited. */
  editing: AccountRecord | 'new' | null;
  officers: readonly OfficerRecord[];
  onClose(): void;
  onCreated(account: AccountRecord, oneTimePassword: string): void;
  onSaved(account: AccountRecord): void;
}

export function AccountDialog({ editing, officers, onClose, onCreated, onSaved }: AccountDialogProps) {
  const { backend } = useWorkstation();
  const existing = editing !== null && editing !== 'new' ? editing : null;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (editing === null) return;
    setUsername(existing?.username ?? '');
    setDisplayName(existing?.displayName ?? '');
    setRole(existing?.role ?? null);
    setOfficerId(existing?.officerId ? String(existing.officerId) : null);
    setErrors({});
    setBanner(null);
  }, [editing, existing]);

  const officerOptions = officers.map((o) => ({ value: String(o.id), label: t('accounts.officerOption', { name: o.name, certNo: o.certNo }) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!role) {
      setErrors({ role: t('accounts.roleRequired') });
      return;
    }
    setBusy(true);
    setBanner(null);
    const officer = officerId ? Number(officerId) : null;
    const r = existing
      ? await backend.call('accounts.update', { id: existing.id, version: existing.version, displayName, role, officerId: officer })
      : await backend.call('accounts.create', { username, displayName, role, officerId: officer });
    setBusy(false);
    if (!r.ok) {
      const placed = placeRefusal<Field>(r.error, exactField(FIELDS), { USERNAME_TAKEN: 'username', ACCOUNT_LAST_ADMIN: 'role', ACCOUNT_SELF: 'role' });
      setErrors(placed.byField);
      setBanner(placed.banner);
      return;
    }
    if ('oneTimePassword' in r.value) onCreated(r.value.account, r.value.oneTimePassword);
    else onSaved(r.value);
  };

  return (
    <Modal opened={editing !== null} onClose={onClose} title={existing ? t('accounts.editTitle', { username: existing.username }) : t('accounts.createTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="account-dialog">
        <Stack gap="sm">
          {banner && (
            <Alert color="red" role="alert">
              {banner}
            </Alert>
          )}
          <TextInput
            label={t('accounts.col.username')}
            description={existing ? t('accounts.usernameFixed') : t('setup.usernameHint')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={errors.username}
            disabled={existing !== null}
            required
            data-autofocus
          />
          <TextInput label={t('accounts.col.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} required />
          <Select
            label={t('accounts.col.role')}
            data={ROLES.map((r) => ({ value: r.code, label: r.label }))}
            value={role}
            onChange={(v) => setRole((v as Role | null) ?? null)}
            error={errors.role}
            allowDeselect={false}
            required
          />
          <Select
            label={t('accounts.col.officer')}
            description={t('accounts.officerHint')}
            data={officerOptions}
            value={officerId}
            onChange={setOfficerId}
            error={errors.officerId}
            clearable
            searchable
            nothingFoundMessage={t('accounts.noOfficer')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('accounts.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {existing ? t('accounts.save') : t('accounts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
