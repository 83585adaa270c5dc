/**
 * 执法队伍: the office's enforcement officers with their certificates (执法证号, 发证机关, 有效期,
 * 执法门类), status, training and linked accounts. The 系统管理员 adds, edits, imports and exports;
 * the 负责人 looks and exports. Certificates that stand in the way are listed first.
 */
import { Alert, Badge, Box, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { OfficerRecord } from '../../../main/contract/people';
import { mayCall, useWorkstation } from '../app/context';
import { saveText } from '../catalog/model';
import { t } from '../i18n';
import { chinaToday } from '../session/time';
import { CertificateWarnings, useCertificateWarnings } from './CertificateWarnings';
import { categoriesText, FLAG_TEXT, flagsOf, statusText, validityText } from './model';
import { OfficerDialog } from './OfficerDialog';
import { RosterImport } from './RosterImport';

export function OfficersPage() {
  const { backend, session } = useWorkstation();
  const role = session.account.role;
  const allowed = mayCall(role, 'officers.records');
  const mayEdit = mayCall(role, 'officers.save');
  const [officers, setOfficers] = useState<OfficerRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<OfficerRecord | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const warnings = useCertificateWarnings(reload);
  const today = chinaToday();

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    void backend.call('officers.records', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setOfficers(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, allowed, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const download = async () => {
    setExporting(true);
    setExportError(null);
    const r = await backend.call('officers.export', {});
    setExporting(false);
    if (!r.ok) return setExportError(t('roster.export.failed', { message: r.error.message }));
    saveText(r.value.fileName, r.value.content, 'csv');
  };

  if (!allowed) {
    return (
      <Alert color="yellow" maw={720} data-testid="officers-forbidden">
        {t('officers.forbidden')}
      </Alert>
    );
  }

  return (
    <Box maw={1280}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={3}>{t('officers.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('officers.intro')}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Group gap="xs">
              <Button variant="default" onClick={() => void download()} loading={exporting}>
                {t('roster.export.button')}
              </Button>
              {mayEdit && <Button onClick={() => setEditing('new')}>{t('officers.new')}</Button>}
            </Group>
            {exportError && (
              <Text size="sm" c="red" role="alert">
                {exportError}
              </Text>
            )}
          </Stack>
        </Group>

        <CertificateWarnings warnings={warnings} linkCases={mayCall(role, 'cases.get')} />

        {!mayEdit && (
          <Alert color="blue" data-testid="officers-readonly">
            {t('officers.readOnly')}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setSaved(null)} data-testid="officers-saved">
            {saved}
          </Alert>
        )}
        {mayEdit && <RosterImport onImported={refresh} />}
        {error && (
          <Alert color="red" role="alert">
            {t('officers.loadFailed', { message: error })}
          </Alert>
        )}
        {!officers && !error && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('officers.loading')}
            </Text>
          </Group>
        )}
        {officers && officers.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="officers-empty">
            {t('officers.empty')}
          </Text>
        )}
        {officers && officers.length > 0 && (
          <Paper withBorder radius="sm">
            <Table verticalSpacing={6} highlightOnHover data-testid="officers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('officers.col.name')}</Table.Th>
                  <Table.Th>{t('officers.col.certNo')}</Table.Th>
                  <Table.Th>{t('officers.col.certIssuer')}</Table.Th>
                  <Table.Th>{t('officers.col.validity')}</Table.Th>
                  <Table.Th>{t('officers.col.categories')}</Table.Th>
                  <Table.Th>{t('officers.col.status')}</Table.Th>
                  <Table.Th>{t('officers.col.accounts')}</Table.Th>
                  <Table.Th>{t('officers.col.trainings')}</Table.Th>
                  {mayEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {officers.map((o) => {
                  const flags = flagsOf(o, warnings ?? [], today);
                  return (
                    <Table.Tr key={o.id} data-testid="officer-row" data-name={o.name}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {o.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {o.unit}
                        </Text>
                      </Table.Td>
                      <Table.Td className="zf-mono">{o.certNo}</Table.Td>
                      <Table.Td>{o.certIssuer}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{validityText(o.certValidFrom, o.certValidTo)}</Text>
                        <Group gap={4} mt={2}>
                          {flags.map((f) => (
                            <Badge key={f} color={FLAG_TEXT[f].color} variant="light" radius="sm" size="sm" data-testid="officer-flag" data-flag={f}>
                              {t(FLAG_TEXT[f].label)}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>{categoriesText(o.categories) || t('case.none')}</Table.Td>
                      <Table.Td>{statusText(o.status)}</Table.Td>
                      <Table.Td>{o.accounts.length ? o.accounts.join('、') : t('officers.noAccount')}</Table.Td>
                      <Table.Td>{t('officers.trainingCount', { n: o.trainings.length, hours: o.trainings.reduce((s, tr) => s + tr.hours, 0) })}</Table.Td>
                      {mayEdit && (
                        <Table.Td>
                          <Button size="compact-xs" variant="default" onClick={() => setEditing(o)}>
                            {t('officers.edit')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Stack>
      {mayEdit && (
        <OfficerDialog
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={(o) => {
            setEditing(null);
            setSaved(t('officers.savedMessage', { name: o.name }));
            refresh();
          }}
        />
      )}
    </Box>
  );
}
