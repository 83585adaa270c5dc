/**
 * 案由与裁量基准: the office's 案由 catalogue with the statutory fine range and the 裁量基准 tiers of
 * each row. A 负责人 and the 系统管理员 may look and export; only the 系统管理员 imports, adds, edits
 * and retires (停用) a 案由 — retired, never deleted, since cases keep pointing at it.
 */
import { Alert, Badge, Box, Button, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogFormat, CauseRecord } from '../../../main/contract/catalog';
import { CATEGORIES, type Category } from '../../../main/contract/domain';
import { mayCall, useWorkstation } from '../app/context';
import { t } from '../i18n';
import { CatalogImport } from './CatalogImport';
import { CauseDialog } from './CauseDialog';
import { CauseDetail } from './CauseDetail';
import { groupByCategory, matches, rangeText, saveText } from './model';

/** What the admin's edit actions need from the page. */
interface Editing {
  onEdit(record: CauseRecord): void;
  onSetActive(record: CauseRecord, active: boolean): void;
  busyCode: string | null;
}

export function CatalogPage() {
  const { backend, session } = useWorkstation();
  const role = session.account.role;
  const allowed = mayCall(role, 'catalog.records');
  const mayImport = mayCall(role, 'catalog.import');
  const mayEdit = mayCall(role, 'catalog.save');
  /** The dialog: closed, adding (null) or editing a record. */
  const [dialog, setDialog] = useState<{ original: CauseRecord | null } | null>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [records, setRecords] = useState<CauseRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    void backend.call('catalog.records', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setRecords(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, allowed, reload]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const setActive = async (record: CauseRecord, active: boolean) => {
    setBusyCode(record.code);
    const r = await backend.call('catalog.setActive', { code: record.code, active });
    setBusyCode(null);
    if (!r.ok) return setNotice({ ok: false, text: r.error.message });
    setNotice({ ok: true, text: t(active ? 'catalog.edit.restored' : 'catalog.edit.retired', { code: record.code, title: record.title }) });
    refresh();
  };
  const editing: Editing | null = mayEdit ? { onEdit: (original) => setDialog({ original }), onSetActive: (r, a) => void setActive(r, a), busyCode } : null;

  if (!allowed) {
    return (
      <Alert color="yellow" maw={720} data-testid="catalog-forbidden">
        {t('catalog.forbidden')}
      </Alert>
    );
  }

  return (
    <Box maw={1180}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('catalog.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('catalog.intro')}
          </Text>
        </Stack>
        {!mayImport && (
          <Alert color="blue" data-testid="catalog-readonly">
            {t('catalog.readOnly')}
          </Alert>
        )}
        {mayImport && <CatalogImport onImported={refresh} />}
        {mayEdit && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('catalog.edit.intro')}
            </Text>
            <Button onClick={() => setDialog({ original: null })} data-testid="cause-add">
              {t('catalog.edit.add')}
            </Button>
          </Group>
        )}
        {notice && (
          <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} withCloseButton onClose={() => setNotice(null)} data-testid="catalog-notice">
            {notice.text}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {t('catalog.loadFailed', { message: error })}
          </Alert>
        )}
        {!records && !error && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('catalog.loading')}
            </Text>
          </Group>
        )}
        {records && <CatalogTable records={records} editing={editing} />}
      </Stack>
      {mayEdit && (
        <CauseDialog
          opened={dialog !== null}
          original={dialog?.original ?? null}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setNotice({ ok: true, text: t(dialog?.original ? 'catalog.edit.saved' : 'catalog.edit.added', { code: saved.code, title: saved.title }) });
            setDialog(null);
            refresh();
          }}
        />
      )}
    </Box>
  );
}

function ExportButtons() {
  const { backend } = useWorkstation();
  const [busy, setBusy] = useState<CatalogFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: CatalogFormat) => {
    setBusy(format);
    setError(null);
    const r = await backend.call('catalog.export', { format });
    setBusy(null);
    if (!r.ok) return setError(t('catalog.export.failed', { message: r.error.message }));
    saveText(r.value.fileName, r.value.content, format);
  };

  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button variant="default" onClick={() => void download('csv')} loading={busy === 'csv'} disabled={busy !== null}>
          {t('catalog.export.csv')}
        </Button>
        <Button variant="default" onClick={() => void download('json')} loading={busy === 'json'} disabled={busy !== null}>
          {t('catalog.export.json')}
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function CatalogTable({ records, editing }: { records: CauseRecord[]; editing: Editing | null }) {
  const columns = editing ? 6 : 5;
  const [category, setCategory] = useState<Category | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const shown = useMemo(() => records.filter((r) => matches(r, category, query)), [records, category, query]);
  const groups = useMemo(() => groupByCategory(shown), [shown]);
  const inactive = records.filter((r) => !r.active).length;

  const toggle = (code: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  return (
    <Paper withBorder p="md" radius="sm">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Group gap="md" align="flex-end">
            <Select
              label={t('catalog.category')}
              placeholder={t('catalog.allCategories')}
              data={CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
              value={category}
              onChange={(v) => setCategory(v as Category | null)}
              clearable
              w={200}
            />
            <TextInput
              label={t('catalog.search')}
              placeholder={t('catalog.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={280}
            />
          </Group>
          <ExportButtons />
        </Group>
        <Text size="xs" c="dimmed" data-testid="catalog-count">
          {t('catalog.count', { shown: shown.length, total: records.length, inactive })}
        </Text>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('catalog.nothing')}
          </Text>
        ) : (
          <Table verticalSpacing={6} horizontalSpacing="sm" data-testid="catalog-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('catalog.col.code')}</Table.Th>
                <Table.Th>{t('catalog.col.title')}</Table.Th>
                <Table.Th w={170}>{t('catalog.col.range')}</Table.Th>
                <Table.Th w={90}>{t('catalog.col.tiers')}</Table.Th>
                <Table.Th w={70}>{t('catalog.col.status')}</Table.Th>
                {editing && <Table.Th w={130}>{t('catalog.col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Fragment key={g.category}>
                  <Table.Tr bg="gray.0" data-testid="catalog-group">
                    <Table.Td colSpan={columns}>
                      <Text size="sm" fw={600}>
                        {g.label}{' '}
                        <Text span size="xs" c="dimmed" fw={400}>
                          {t('catalog.groupCount', { n: g.rows.length })}
                        </Text>
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {g.rows.map((r) => (
                    <CauseRow key={r.code} record={r} expanded={open.has(r.code)} onToggle={() => toggle(r.code)} editing={editing} columns={columns} />
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function CauseRow({ record: r, expanded, onToggle, editing, columns }: { record: CauseRecord; expanded: boolean; onToggle: () => void; editing: Editing | null; columns: number }) {
  return (
    <>
      <Table.Tr data-testid="catalog-row" data-code={r.code} style={{ cursor: 'pointer', opacity: r.active ? 1 : 0.6 }} onClick={onToggle}>
        <Table.Td>
          <UnstyledButton
            onClick={(e) => {
              e.stopPropagation();
              onToggle();
            }}
            aria-expanded={expanded}
            aria-label={t(expanded ? 'catalog.collapse' : 'catalog.expand', { code: r.code })}
          >
            <Text size="sm" ff="monospace">
              {expanded ? '▾' : '▸'} {r.code}
            </Text>
          </UnstyledButton>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{r.title}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{rangeText(r.fineMin, r.fineMax)}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" c={r.discretion.length ? undefined : 'dimmed'}>
            {r.discretion.length ? t('catalog.tierCount', { n: r.discretion.length }) : t('catalog.noTiers')}
          </Text>
        </Table.Td>
        <Table.Td>
          {r.active ? (
            <Badge color="green" variant="light" radius="sm">
              {t('catalog.active')}
            </Badge>
          ) : (
            <Badge color="gray" variant="filled" radius="sm" data-testid="catalog-inactive">
              {t('catalog.inactive')}
            </Badge>
          )}
        </Table.Td>
        {editing && (
          <Table.Td onClick={(e) => e.stopPropagation()}>
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="subtle" onClick={() => editing.onEdit(r)} aria-label={t('catalog.edit.editOf', { code: r.code })}>
                {t('catalog.edit.edit')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color={r.active ? 'red' : 'green'}
                loading={editing.busyCode === r.code}
                onClick={() => editing.onSetActive(r, !r.active)}
                aria-label={t(r.active ? 'catalog.edit.retireOf' : 'catalog.edit.restoreOf', { code: r.code })}
              >
                {t(r.active ? 'catalog.edit.retire' : 'catalog.edit.restore')}
              </Button>
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
      {expanded && (
        <Table.Tr data-testid="catalog-detail" data-code={r.code}>
          <Table.Td colSpan={columns} bg="gray.0">
            <CauseDetail record={r} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
