/**
 * 账户管理 (系统管理员): every account with its role, officer link, state and last login; making
 * one (its one-time password shown once), editing name, role and link, 停用/启用, 重置密码 and 解锁.
 * Every change is audited by the backend; disabling, a new role and a reset end the account's
 * sessions at once.
 */
import { Alert, Badge, Box, Button, Group, Loader, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { labelOf, ROLES } from '../../../main/contract/domain';
import type { AccountRecord, OfficerRecord } from '../../../main/contract/people';
import { mayCall, useWorkstation } from '../app/context';
import { t } from '../i18n';
import { formatInstant } from '../session/time';
import { AccountDialog } from './AccountDialog';
import { accountState, stateText } from './model';
import { OneTimePasswordModal, type IssuedPassword } from './OneTimePasswordModal';

type Pending = { kind: 'disable' | 'reset'; account: AccountRecord } | null;

const STATE_COLORS = { active: 'green', disabled: 'gray', locked: 'red' } as const;

export function AccountsPage() {
  const { backend, session } = useWorkstation();
  const allowed = mayCall(session.account.role, 'accounts.list');
  const [accounts, setAccounts] = useState<AccountRecord[] | null>(null);
  const [officers, setOfficers] = useState<OfficerRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<AccountRecord | 'new' | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    void backend.call('accounts.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setAccounts(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    void backend.call('officers.records', {}).then((r) => live && r.ok && setOfficers(r.value));
    return () => {
      live = false;
    };
  }, [backend, allowed, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const run = async (account: AccountRecord, what: 'enable' | 'disable' | 'unlock' | 'reset') => {
    setBusy(account.id);
    setRefusal(null);
    setDone(null);
    const r =
      what === 'reset'
        ? await backend.call('accounts.resetPassword', { id: account.id })
        : what === 'unlock'
          ? await backend.call('accounts.unlock', { id: account.id })
          : await backend.call('accounts.setActive', { id: account.id, active: what === 'enable' });
    setBusy(null);
    setPending(null);
    if (!r.ok) return setRefusal(r.error.message);
    if ('oneTimePassword' in r.value) {
      setIssued({ username: account.username, displayName: account.displayName, password: r.value.oneTimePassword, kind: 'reset' });
    } else {
      const key = what === 'enable' ? 'accounts.done.enabled' : what === 'disable' ? 'accounts.done.disabled' : 'accounts.done.unlocked';
      setDone(t(key, { username: account.username }));
    }
    refresh();
  };

  if (!allowed) {
    return (
      <Alert color="yellow" maw={720} data-testid="accounts-forbidden">
        {t('accounts.forbidden')}
      </Alert>
    );
  }

  return (
    <Box maw={1180}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={3}>{t('accounts.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('accounts.intro')}
            </Text>
          </Stack>
          <Button onClick={() => setEditing('new')}>{t('accounts.new')}</Button>
        </Group>

        {refusal && (
          <Alert color="red" role="alert" title={t('accounts.refused')} withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setRefusal(null)} data-testid="accounts-refusal">
            {refusal}
          </Alert>
        )}
        {done && (
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setDone(null)} data-testid="accounts-done">
            {done}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {t('accounts.loadFailed', { message: error })}
          </Alert>
        )}
        {!accounts && !error && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('accounts.loading')}
            </Text>
          </Group>
        )}

        {accounts && (
          <Paper withBorder radius="sm">
            <Table verticalSpacing={6} highlightOnHover data-testid="accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.col.username')}</Table.Th>
                  <Table.Th>{t('accounts.col.displayName')}</Table.Th>
                  <Table.Th>{t('accounts.col.role')}</Table.Th>
                  <Table.Th>{t('accounts.col.officer')}</Table.Th>
                  <Table.Th>{t('accounts.col.state')}</Table.Th>
                  <Table.Th>{t('accounts.col.lastLogin')}</Table.Th>
                  <Table.Th>{t('accounts.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((a) => {
                  const state = accountState(a);
                  return (
                    <Table.Tr key={a.id} data-testid="account-row" data-username={a.username}>
                      <Table.Td className="zf-mono">{a.username}</Table.Td>
                      <Table.Td>{a.displayName}</Table.Td>
                      <Table.Td>{labelOf(ROLES, a.role)}</Table.Td>
                      <Table.Td>{a.officerName ?? t('case.none')}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge color={STATE_COLORS[state]} variant="light" radius="sm" data-testid="account-state">
                            {stateText(a)}
                          </Badge>
                          {a.mustChangePassword && a.active && (
                            <Badge color="yellow" variant="outline" radius="sm">
                              {t('accounts.state.mustChange')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{a.lastLoginAt ? formatInstant(a.lastLoginAt) : t('accounts.neverLoggedIn')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="default" onClick={() => setEditing(a)}>
                            {t('accounts.edit')}
                          </Button>
                          {a.active ? (
                            <Button size="compact-xs" variant="default" color="red" disabled={busy !== null} onClick={() => setPending({ kind: 'disable', account: a })}>
                              {t('accounts.disable')}
                            </Button>
                          ) : (
                            <Button size="compact-xs" variant="default" loading={busy === a.id} disabled={busy !== null} onClick={() => void run(a, 'enable')}>
                              {t('accounts.enable')}
                            </Button>
                          )}
                          <Button size="compact-xs" variant="default" disabled={busy !== null} onClick={() => setPending({ kind: 'reset', account: a })}>
                            {t('accounts.reset')}
                          </Button>
                          {state === 'locked' && (
                            <Button size="compact-xs" variant="default" loading={busy === a.id} disabled={busy !== null} onClick={() => void run(a, 'unlock')}>
                              {t('accounts.unlock')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Stack>

      <AccountDialog
        editing={editing}
        officers={officers}
        onClose={() => setEditing(null)}
        onCreated={(account, password) => {
          setEditing(null);
          setIssued({ username: account.username, displayName: account.displayName, password, kind: 'created' });
          refresh();
        }}
        onSaved={(account) => {
          setEditing(null);
          setDone(t('accounts.done.saved', { username: account.username }));
          refresh();
        }}
      />
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} />
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending?.kind === 'reset' ? t('accounts.confirmReset.title') : t('accounts.confirmDisable.title')}
        centered
      >
        {pending && (
          <Stack gap="md" data-testid="account-confirm">
            <Text size="sm">
              {t(pending.kind === 'reset' ? 'accounts.confirmReset.body' : 'accounts.confirmDisable.body', {
                name: pending.account.displayName,
                username: pending.account.username,
              })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPending(null)} disabled={busy !== null}>
                {t('accounts.cancel')}
              </Button>
              <Button color={pending.kind === 'disable' ? 'red' : undefined} loading={busy !== null} onClick={() => void run(pending.account, pending.kind)}>
                {pending.kind === 'reset' ? t('accounts.confirmReset.confirm') : t('accounts.confirmDisable.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Box>
  );
}
