import { Table } from '@mantine/core';
import type { AuditChangeView } from '../../../main/contract/audit';
import { t } from '../i18n';

/**
 * What one entry changed: each field as it was and as it became, in the words the backend presents
 * (field labels, code names, dates in Chinese; personal identifiers arrive masked).
 */
export function ChangesTable({ changes }: { changes: AuditChangeView[] }) {
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
              <Table.Td>{c.label}</Table.Td>
              <Table.Td c="dimmed" style={{ wordBreak: 'break-all' }}>
                {c.beforeText}
              </Table.Td>
              <Table.Td c="dimmed" aria-hidden>
                {t('audit.changes.arrow')}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{c.afterText}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
