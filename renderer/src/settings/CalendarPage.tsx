/**
 * 工作日历: the year's holidays and 调休 working days as the 系统管理员 entered them from the State
 * Council's notice. Working-day periods and the roll-over of deadlines ending on a holiday are
 * counted on this calendar, so every change recomputes the open deadlines of all cases.
 */
import { Alert, Anchor, Badge, Box, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { CalendarDay } from '../../../main/contract/procedure';
import { mayCall, useWorkstation } from '../app/context';
import { t, type MessageKey } from '../i18n';
import { DayDialog, type DaySaved } from './calendar/DayDialog';
import { formatDay, isoDay, weekdayName } from './calendar/dates';
import { MonthGrid, STATE_STYLE } from './calendar/MonthGrid';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function localToday(): string {
  const now = new Date();
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const ACTION_TEXT: Record<DaySaved['kind'], MessageKey> = {
  holiday: 'calendar.action.holiday',
  workday: 'calendar.action.workday',
  normal: 'calendar.action.normal',
};

export function CalendarPage() {
  const { backend, session } = useWorkstation();
  const allowed = mayCall(session.account.role, 'calendar.set');
  const today = useMemo(localToday, []);
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [days, setDays] = useState<CalendarDay[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    setDays(null);
    setLoadError(null);
    void backend.call('calendar.list', { year }).then((r) => {
      if (!live) return;
      if (r.ok) setDays(r.value.days);
      else setLoadError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend, allowed, year]);

  const marks = useMemo(() => new Map((days ?? []).map((d) => [d.day, d])), [days]);

  if (!allowed) {
    return (
      <Alert color="yellow" maw={720} data-testid="calendar-forbidden">
        {t('calendar.forbidden')}
      </Alert>
    );
  }

  const goTo = (y: number) => {
    setYear(Math.min(MAX_YEAR, Math.max(MIN_YEAR, y)));
    setResult(null);
  };

  const saved = ({ day, kind, result: r }: DaySaved) => {
    setPicked(null);
    if (r.year === year) setDays(r.days);
    setResult(t('calendar.saved', { date: formatDay(day), action: t(ACTION_TEXT[kind]), n: r.recomputed }));
  };

  const holidays = (days ?? []).filter((d) => d.kind === 'holiday').length;
  const workdays = (days ?? []).filter((d) => d.kind === 'workday').length;

  return (
    <Box maw={1100}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('calendar.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('calendar.intro')}
          </Text>
        </Stack>

        <Alert color="blue" title={t('calendar.notice.title')} data-testid="calendar-notice">
          <Text size="sm">{t('calendar.notice.body')}</Text>
        </Alert>

        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" size="xs" onClick={() => goTo(year - 1)} disabled={year <= MIN_YEAR}>
              {t('calendar.prevYear')}
            </Button>
            <Title order={4} data-testid="calendar-year" style={{ minWidth: 80, textAlign: 'center' }}>
              {t('calendar.year', { year })}
            </Title>
            <Button variant="default" size="xs" onClick={() => goTo(year + 1)} disabled={year >= MAX_YEAR}>
              {t('calendar.nextYear')}
            </Button>
            {year !== thisYear && (
              <Anchor component="button" type="button" size="sm" onClick={() => goTo(thisYear)}>
                {t('calendar.thisYear')}
              </Anchor>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Legend style={STATE_STYLE.weekend} label={t('calendar.legend.weekend')} />
            <Legend style={STATE_STYLE.holiday} label={t('calendar.legend.holiday')} />
            <Legend style={STATE_STYLE.makeup} label={t('calendar.legend.workday')} mark={t('calendar.workdayMark')} />
          </Group>
        </Group>

        {result && (
          <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setResult(null)} data-testid="calendar-result">
            {result}
          </Alert>
        )}
        {loadError && (
          <Alert color="red" title={t('calendar.loadFailed')}>
            {loadError}
          </Alert>
        )}
        {!days && !loadError && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('calendar.loading')}
            </Text>
          </Group>
        )}

        {days && (
          <>
            {days.length === 0 && (
              <Alert color="yellow" data-testid="calendar-year-empty">
                {t('calendar.yearEmpty', { year })}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 2, md: 3, xl: 4 }} spacing="sm" verticalSpacing="sm" data-testid="calendar-grid">
              {MONTHS.map((month) => (
                <MonthGrid key={month} year={year} month={month} marks={marks} today={today} onPick={setPicked} />
              ))}
            </SimpleGrid>

            <Paper withBorder p="md" radius="sm" data-testid="calendar-marked">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={4}>{t('calendar.list.title', { year })}</Title>
                  <Text size="sm" c="dimmed">
                    {t('calendar.list.count', { holidays, workdays })}
                  </Text>
                </Group>
                {days.length === 0 ? (
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('calendar.list.empty')}
                  </Text>
                ) : (
                  <Table striped highlightOnHover verticalSpacing={4} fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('calendar.list.date')}</Table.Th>
                        <Table.Th>{t('calendar.list.weekday')}</Table.Th>
                        <Table.Th>{t('calendar.list.kind')}</Table.Th>
                        <Table.Th>{t('calendar.list.name')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {days.map((d) => (
                        <Table.Tr key={d.day} data-testid="calendar-marked-day" data-day={d.day}>
                          <Table.Td className="zf-mono">{formatDay(d.day)}</Table.Td>
                          <Table.Td>{t('calendar.weekdayName', { weekday: weekdayName(d.day) })}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={d.kind === 'holiday' ? 'red' : 'blue'} radius="sm">
                              {t(d.kind === 'holiday' ? 'calendar.kind.holiday' : 'calendar.kind.workday')}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{d.name}</Table.Td>
                          <Table.Td ta="right">
                            <Button variant="subtle" size="compact-xs" onClick={() => setPicked(d.day)}>
                              {t('calendar.list.edit')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </Paper>
          </>
        )}
      </Stack>

      {picked && <DayDialog key={picked} day={picked} mark={marks.get(picked)} onClose={() => setPicked(null)} onSaved={saved} />}
    </Box>
  );
}

function Legend({ style, label, mark }: { style: CSSProperties; label: string; mark?: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box
        style={{ ...style, width: 18, height: 18, borderRadius: 4, border: '1px solid var(--mantine-color-gray-3)', fontSize: 10, textAlign: 'center', lineHeight: '16px' }}
        aria-hidden
      >
        {mark}
      </Box>
      <Text size="xs">{label}</Text>
    </Group>
  );
}
