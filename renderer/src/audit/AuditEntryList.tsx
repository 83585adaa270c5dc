import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { AuditEntryView } from '../../../main/contract/audit';
import { t } from '../i18n';
import { ChangesTable } from './ChangesTable';
import { formatAt } from './format';
import type { AuditPages } from './useAuditPages';

/**
 * Entries newest first, each with its changes folded away until asked for. `showEntity` adds the
 * column naming what the entry is about (the office log mixes cases, documents and settings).
 */
export function AuditEntryList({ pages, showEntity = false }: { pages: AuditPages; showEntity?: boolean }) {
  const { items, hasMore, error, loadingMore, loadMore } = pages;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const columns = showEntity ? 6 : 5;

  if (!items) {
    return error ? (
      <Alert color="red">{t('audit.list.loadFailed', { message: error })}</Alert>
    ) : (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('audit.list.loading')}
        </Text>
      </Group>
    );
  }
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="audit-empty">
        {t('audit.list.empty')}
      </Text>
    );
  }

  return (
    <>
      <Table verticalSpacing={4} highlightOnHover data-testid="audit-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('audit.col.at')}</Table.Th>
            <Table.Th w={150}>{t('audit.col.actor')}</Table.Th>
            <Table.Th w={150}>{t('audit.col.action')}</Table.Th>
            {showEntity && <Table.Th w={110}>{t('audit.col.entity')}</Table.Th>}
            <Table.Th>{t('audit.col.note')}</Table.Th>
            <Table.Th w={130}>{t('audit.col.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Fragment key={e.id}>
              <EntryRow entry={e} showEntity={showEntity} expanded={open.has(e.id)} onToggle={() => toggle(e.id)} />
              {open.has(e.id) && (
                <Table.Tr>
                  <Table.Td colSpan={columns} bg="gray.0">
                    <ChangesTable changes={e.changes} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Alert color="red" mt="xs">
          {t('audit.list.loadFailed', { message: error })}
        </Alert>
      )}
      <Group justify="center" mt="sm">
        {hasMore ? (
          <Button variant="default" size="xs" onClick={loadMore} loading={loadingMore} data-testid="audit-more">
            {t('audit.list.more')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('audit.list.end')}
          </Text>
        )}
      </Group>
    </>
  );
}

function EntryRow({ entry: e, showEntity, expanded, onToggle }: { entry: AuditEntryView; showEntity: boolean; expanded: boolean; onToggle: () => void }) {
  return (
    <Table.Tr data-testid="audit-entry" data-id={e.id} data-action={e.action}>
      <Table.Td className="zf-mono" fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatAt(e.at)}
      </Table.Td>
      <Table.Td fz="sm">{e.actorName}</Table.Td>
      <Table.Td fz="sm" fw={500}>
        {e.actionLabel}
      </Table.Td>
      {showEntity && <Table.Td fz="sm">{e.entityLabel}</Table.Td>}
      <Table.Td fz="sm">{e.note}</Table.Td>
      <Table.Td fz="sm">
        {e.changes.length === 0 ? (
          <Text span size="sm" c="dimmed">
            {t('audit.changes.none')}
          </Text>
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={onToggle} aria-expanded={expanded}>
            {expanded ? t('audit.changes.hide') : t('audit.changes.show', { count: e.changes.length })}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
