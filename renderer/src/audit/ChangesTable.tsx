import { Table } from '@mantine/core';
import type { AuditChange } from '../../../main/contract/audit';
import { t } from '../i18n';
import { fieldPath, formatValue } from './format';

/** What one entry changed: each field as it was and as it became (personal identifiers arrive masked). */
export function ChangesTable({ changes }: { changes: AuditChange[] }) {
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={360} type="native">
      <Table verticalSpacing={2} fz="xs" withTableBorder layout="fixed" data-testid="audit-changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('audit.changes.field')}</Table.Th>
            <Table.Th w="32%">{t('audit.changes.before')}</Table.Th>
            <Table.Th w="4%" aria-hidden />
            <Table.Th>{t('audit.changes.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c, i) => (
            <Table.Tr key={`${c.path}-${i}`}>
              <Table.Td>{fieldPath(c.path)}</Table.Td>
              <Table.Td c="dimmed" style={{ wordBreak: 'break-all' }}>
                {formatValue(c.before, c.path)}
              </Table.Td>
              <Table.Td c="dimmed" aria-hidden>
                {t('audit.changes.arrow')}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{formatValue(c.after, c.path)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
