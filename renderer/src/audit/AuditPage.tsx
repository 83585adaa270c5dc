import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditVerdict } from '../../../main/contract/audit';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { AuditEntryList } from './AuditEntryList';
import { entityLabel } from './format';
import { useAuditPages } from './useAuditPages';
import { VerdictCard, type BrokenEntryNames } from './VerdictCard';

/** What the office log can be narrowed to. */
const ENTITIES = ['case', 'document', 'office_setting', 'calendar_day', 'cause', 'account', 'officer', 'card_read'] as const;

/** 执法全过程记录 of the whole office (负责人, 管理员, 档案管理员): chain verification and the log. */
export function AuditPage() {
  const { backend } = useWorkstation();
  const [entity, setEntity] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [brokenEntry, setBrokenEntry] = useState<BrokenEntryNames | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const pages = useAuditPages(backend, { entity: entity ?? undefined }, reload);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    const r = await backend.call('audit.verify', {});
    let names: BrokenEntryNames | null = null;
    if (r.ok && r.value.brokenAt) {
      // The verdict names the action and object by their codes; the entry itself, if still there, carries their Chinese names.
      const id = r.value.brokenAt.id;
      const at = await backend.call('audit.list', { beforeId: id + 1, limit: 1 });
      const found = at.ok ? at.value.items[0] : undefined;
      if (found?.id === id) names = { actionLabel: found.actionLabel, entityLabel: found.entityLabel };
    }
    setVerifying(false);
    if (r.ok) {
      setVerdict(r.value);
      setBrokenEntry(names);
      setReload((n) => n + 1);
    } else {
      setVerifyError(r.error.message);
    }
  };

  return (
    <Stack gap="md" maw={1180}>
      <Stack gap={4}>
        <Title order={3}>{t('audit.page.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('audit.page.intro')}
        </Text>
      </Stack>

      <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="audit-verify-title">
        <Group justify="space-between" mb="sm">
          <Stack gap={2}>
            <Title order={5} id="audit-verify-title">
              {t('audit.verify.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('audit.verify.hint')}
            </Text>
          </Stack>
          <Button onClick={() => void verify()} loading={verifying} data-testid="audit-verify">
            {t('audit.verify.button')}
          </Button>
        </Group>
        {verifying && !verdict && (
          <Text size="sm" c="dimmed">
            {t('audit.verify.running')}
          </Text>
        )}
        {verifyError && <Alert color="red">{t('audit.verify.failed', { message: verifyError })}</Alert>}
        {verdict && <VerdictCard verdict={verdict} entry={brokenEntry} />}
      </Paper>

      <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="audit-log-title">
        <Group justify="space-between" align="flex-end" mb="sm">
          <Title order={5} id="audit-log-title">
            {t('audit.log.title')}
          </Title>
          <Select
            size="xs"
            w={180}
            label={t('audit.log.filter')}
            placeholder={t('audit.log.filterAll')}
            data={ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
            value={entity}
            onChange={setEntity}
            clearable
          />
        </Group>
        <AuditEntryList pages={pages} showEntity />
      </Paper>
    </Stack>
  );
}
