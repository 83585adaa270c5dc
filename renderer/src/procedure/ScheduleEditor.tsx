/** 分期/延期缴纳 plan: rows of due date and amount, with the total against what is still owed. */
import { Button, Group, Input, Stack, Table, Text, TextInput } from '@mantine/core';
import { DateField } from '../components/DateFields';
import { t } from '../i18n';
import { parseYuan, type ScheduleRow } from './action-forms';
import { formatYuan } from './format';

interface Props {
  rows: ScheduleRow[];
  onChange(rows: ScheduleRow[]): void;
  /** Issues keyed `schedule`, `schedule.N.dueOn`, `schedule.N.amount`. */
  errors: Record<string, string>;
  outstanding: number;
  today: string;
}

export function ScheduleEditor({ rows, onChange, errors, outstanding, today }: Props) {
  const update = (i: number, patch: Partial<ScheduleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const total = rows.reduce((sum, r) => {
    const n = parseYuan(r.amount, 0);
    return sum + (n === undefined || Number.isNaN(n) ? 0 : n);
  }, 0);

  return (
    <Input.Wrapper label={t('proc.field.schedule')} withAsterisk error={errors.schedule} data-field="schedule">
      <Stack gap={6} mt={4}>
        <Table verticalSpacing={4} withRowBorders={false} data-testid="schedule">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('proc.schedule.no')}</Table.Th>
              <Table.Th>{t('proc.schedule.dueOn')}</Table.Th>
              <Table.Th>{t('proc.schedule.amount')}</Table.Th>
              <Table.Th w={70} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <DateField
                    min={today}
                    aria-label={t('proc.schedule.dueOnLabel', { n: i + 1 })}
                    value={r.dueOn}
                    onChange={(v) => update(i, { dueOn: v })}
                    error={errors[`schedule.${i}.dueOn`]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    inputMode="decimal"
                    aria-label={t('proc.schedule.amountLabel', { n: i + 1 })}
                    rightSection={<Text size="xs" c="dimmed">{t('proc.unit.yuan')}</Text>}
                    value={r.amount}
                    onChange={(e) => update(i, { amount: e.currentTarget.value })}
                    error={errors[`schedule.${i}.amount`]}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={rows.length <= 1}
                    aria-label={t('proc.schedule.removeLabel', { n: i + 1 })}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    {t('proc.schedule.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button
            size="compact-sm"
            variant="light"
            disabled={rows.length >= 24}
            onClick={() => onChange([...rows, { dueOn: rows.at(-1)?.dueOn ?? today, amount: '' }])}
          >
            {t('proc.schedule.add')}
          </Button>
          <Text size="sm" c={Math.abs(total - outstanding) > 0.005 ? 'orange' : 'dimmed'} data-testid="schedule-total">
            {t('proc.schedule.total', { total: formatYuan(total), outstanding: formatYuan(outstanding) })}
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
