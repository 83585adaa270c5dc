/**
 * 新增案由 / 编辑案由: one 案由 with its 裁量基准 tiers, checked as the page types by the same schema
 * the import uses; the backend checks again (code unique, tiers within the law's range, a used
 * 案由 kept in its 执法门类) and its messages land under the fields they name.
 */
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { causeRecord, type CauseRecord } from '../../../main/contract/catalog';
import { CATEGORIES, type Category } from '../../../main/contract/domain';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';
import { blankCause, issuesOf, type Issues } from './edit-model';

interface Props {
  /** The record being edited, or null to add one. */
  original: CauseRecord | null;
  opened: boolean;
  onClose(): void;
  onSaved(record: CauseRecord): void;
}

const categoryOptions = CATEGORIES.map((c) => ({ value: c.code, label: c.label }));

export function CauseDialog({ original, opened, onClose, onSaved }: Props) {
  const { backend } = useWorkstation();
  const [draft, setDraft] = useState<CauseRecord>(original ?? blankCause());
  const [issues, setIssues] = useState<Issues>({});
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setDraft(original ?? blankCause());
    setIssues({});
    setTried(false);
    setFailure(null);
  }, [opened, original]);

  /** After a first try the messages follow the typing, so a fixed field loses its message at once. */
  const change = (next: CauseRecord) => {
    setDraft(next);
    if (tried) setIssues(issuesOf(causeRecord.safeParse(next)));
  };
  const set = <K extends keyof CauseRecord>(key: K, value: CauseRecord[K]) => change({ ...draft, [key]: value });
  const setTier = (i: number, patch: Partial<CauseRecord['discretion'][number]>) =>
    change({ ...draft, discretion: draft.discretion.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)) });

  const save = async () => {
    setTried(true);
    const parsed = causeRecord.safeParse(draft);
    const found = issuesOf(parsed);
    setIssues(found);
    if (!parsed.success) return;
    setBusy(true);
    setFailure(null);
    const r = await backend.call('catalog.save', { record: parsed.data, original });
    setBusy(false);
    if (r.ok) return onSaved(r.value);
    const byPath: Issues = {};
    for (const i of r.error.issues ?? []) byPath[i.path.replace(/^record\./, '')] ??= i.message;
    setIssues(byPath);
    setFailure(r.error.message);
  };

  const money = (value: number | null) => (value === null ? '' : value);
  const toMoney = (v: string | number): number | null => (v === '' ? null : Number(v));

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={original ? t('catalog.edit.titleEdit', { code: original.code }) : t('catalog.edit.titleNew')}
      size="xl"
      data-testid="cause-dialog"
    >
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert" data-testid="cause-dialog-error">
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t('catalog.col.code')}
            required
            value={draft.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            disabled={original !== null}
            description={original ? t('catalog.edit.codeFixed') : t('catalog.edit.codeHint')}
            error={issues.code}
            data-autofocus={original === null || undefined}
          />
          <Select
            label={t('catalog.category')}
            required
            data={categoryOptions}
            value={draft.category}
            onChange={(v) => v && set('category', v as Category)}
            error={issues.category}
            allowDeselect={false}
          />
          <Group grow gap="xs" align="flex-start">
            <NumberInput
              label={t('catalog.edit.fineMin')}
              value={money(draft.fineMin)}
              onChange={(v) => set('fineMin', toMoney(v))}
              min={0}
              allowDecimal={false}
              error={issues.fineMin}
            />
            <NumberInput
              label={t('catalog.edit.fineMax')}
              value={money(draft.fineMax)}
              onChange={(v) => set('fineMax', toMoney(v))}
              min={0}
              allowDecimal={false}
              error={issues.fineMax}
            />
          </Group>
        </SimpleGrid>
        <TextInput label={t('catalog.col.title')} required value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={issues.title} data-autofocus={original !== null || undefined} />
        <SimpleGrid cols={2} spacing="sm">
          <Textarea label={t('catalog.detail.legalBasis')} required autosize minRows={2} value={draft.legalBasis} onChange={(e) => set('legalBasis', e.currentTarget.value)} error={issues.legalBasis} />
          <Textarea label={t('catalog.detail.penaltyBasis')} required autosize minRows={2} value={draft.penaltyBasis} onChange={(e) => set('penaltyBasis', e.currentTarget.value)} error={issues.penaltyBasis} />
        </SimpleGrid>
        <Textarea label={t('catalog.detail.penaltyRange')} required autosize minRows={2} value={draft.penaltyRange} onChange={(e) => set('penaltyRange', e.currentTarget.value)} error={issues.penaltyRange} />
        <Text size="xs" c="dimmed">
          {t('catalog.edit.fineHint')}
        </Text>

        <Group justify="space-between" mt="xs">
          <Text size="sm" fw={600}>
            {t('catalog.detail.tiers')}
          </Text>
          <Button size="xs" variant="light" onClick={() => change({ ...draft, discretion: [...draft.discretion, { circumstance: '', fineMin: draft.fineMin ?? 0, fineMax: draft.fineMax ?? draft.fineMin ?? 0, description: '' }] })}>
            {t('catalog.edit.addTier')}
          </Button>
        </Group>
        {issues.discretion && (
          <Text size="sm" c="red">
            {issues.discretion}
          </Text>
        )}
        {draft.discretion.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('catalog.detail.noTiers')}
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="cause-dialog-tiers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('catalog.tier.circumstance')}</Table.Th>
                <Table.Th w={120}>{t('catalog.edit.fineMin')}</Table.Th>
                <Table.Th w={120}>{t('catalog.edit.fineMax')}</Table.Th>
                <Table.Th>{t('catalog.tier.description')}</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.discretion.map((tier, i) => {
                const at = (f: string) => issues[`discretion.${i}.${f}`];
                return (
                  <Table.Tr key={i} data-testid="cause-dialog-tier">
                    <Table.Td>
                      <TextInput aria-label={t('catalog.edit.tierField', { n: i + 1, field: t('catalog.tier.circumstance') })} value={tier.circumstance} onChange={(e) => setTier(i, { circumstance: e.currentTarget.value })} error={at('circumstance')} />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput aria-label={t('catalog.edit.tierField', { n: i + 1, field: t('catalog.edit.fineMin') })} value={tier.fineMin} onChange={(v) => setTier(i, { fineMin: Number(v) })} min={0} allowDecimal={false} error={at('fineMin')} />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput aria-label={t('catalog.edit.tierField', { n: i + 1, field: t('catalog.edit.fineMax') })} value={tier.fineMax} onChange={(v) => setTier(i, { fineMax: Number(v) })} min={0} allowDecimal={false} error={at('fineMax')} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('catalog.edit.tierField', { n: i + 1, field: t('catalog.tier.description') })} value={tier.description} onChange={(e) => setTier(i, { description: e.currentTarget.value })} error={at('description')} />
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => change({ ...draft, discretion: draft.discretion.filter((_, j) => j !== i) })} aria-label={t('catalog.edit.removeTier', { n: i + 1 })}>
                        {t('catalog.edit.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}

        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('catalog.import.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t('catalog.edit.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
