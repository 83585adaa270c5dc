/** The case's statutory deadlines: when each period started and ends, how it was counted, and where it stands today. */
import { Badge, Table, Text, Tooltip } from '@mantine/core';
import { DEADLINE_KINDS, type Deadline } from '../../../main/contract/procedure';
import { formatDate, t } from '../i18n';
import { deadlineState } from './format';

export function DeadlineTable({ deadlines, today }: { deadlines: Deadline[]; today: string }) {
  if (deadlines.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="deadlines-empty">
        {t('proc.deadlines.empty')}
      </Text>
    );
  }
  // Open periods first, the most urgent on top; finished ones after, latest first.
  const rows = [...deadlines].sort((a, b) =>
    a.status !== b.status ? (a.status === 'open' ? -1 : 1) : a.status === 'open' ? a.dueOn.localeCompare(b.dueOn) : b.dueOn.localeCompare(a.dueOn),
  );
  return (
    <Table verticalSpacing={4} data-testid="deadlines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('proc.deadlines.kind')}</Table.Th>
          <Table.Th>{t('proc.deadlines.from')}</Table.Th>
          <Table.Th>{t('proc.deadlines.due')}</Table.Th>
          <Table.Th>{t('proc.deadlines.rule')}</Table.Th>
          <Table.Th>{t('proc.deadlines.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d, i) => {
          const kind = DEADLINE_KINDS.find((k) => k.code === d.kind);
          const st = deadlineState(d, today);
          return (
            <Table.Tr key={`${d.kind}-${d.dueOn}-${i}`} data-testid={`deadline-${d.kind}`} data-status={st.code}>
              <Table.Td>
                <Tooltip label={kind?.basis ?? ''} multiline w={320} openDelay={300} disabled={!kind}>
                  <Text size="sm" component="span">
                    {kind?.label ?? d.kind}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(d.fromOn)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {formatDate(d.dueOn)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.rule}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={st.color} variant={st.code === 'met' ? 'outline' : 'light'} radius="sm" data-testid="deadline-status">
                  {d.status === 'met' && d.metOn ? t('proc.due.metOn', { date: formatDate(d.metOn) }) : st.label}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
