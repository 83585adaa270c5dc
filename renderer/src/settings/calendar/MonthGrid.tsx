/** One month of the 工作日历: Monday-first weeks, weekends shaded, holidays red with their name, 调休 working days blue (班). */
import { Paper, Text, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { CalendarDay } from '../../../../main/contract/procedure';
import { t, type MessageKey } from '../../i18n';
import { describeState, formatDayWithWeekday, monthWeeks, stateOf, type DayState } from './dates';

const WEEKDAY_KEYS: MessageKey[] = [
  'calendar.weekday.1',
  'calendar.weekday.2',
  'calendar.weekday.3',
  'calendar.weekday.4',
  'calendar.weekday.5',
  'calendar.weekday.6',
  'calendar.weekday.7',
];

export const STATE_STYLE: Record<DayState, CSSProperties> = {
  workday: { color: 'var(--mantine-color-gray-9)' },
  weekend: { color: 'var(--mantine-color-gray-6)', background: 'var(--mantine-color-gray-1)' },
  holiday: { color: 'var(--mantine-color-red-8)', background: 'var(--mantine-color-red-0)', fontWeight: 600 },
  makeup: { color: 'var(--mantine-color-blue-8)', background: 'var(--mantine-color-blue-0)', fontWeight: 600 },
};

const cellStyle: CSSProperties = {
  position: 'relative',
  display: 'block',
  width: '100%',
  height: 40,
  padding: '2px 1px 0',
  borderRadius: 4,
  textAlign: 'center',
  lineHeight: 1.15,
};

const smallStyle: CSSProperties = {
  display: 'block',
  fontSize: 9,
  fontWeight: 400,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};

export interface MonthGridProps {
  year: number;
  month: number;
  marks: ReadonlyMap<string, CalendarDay>;
  today: string;
  onPick(day: string): void;
}

export function MonthGrid({ year, month, marks, today, onPick }: MonthGridProps) {
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="calendar-month" data-month={month}>
      <Text fw={600} size="sm" ta="center" mb={4}>
        {t('calendar.month', { month })}
      </Text>
      <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2, tableLayout: 'fixed' }}>
        <thead>
          <tr>
            {WEEKDAY_KEYS.map((key, i) => (
              <th key={key} style={{ fontSize: 12, fontWeight: 400, color: i >= 5 ? 'var(--mantine-color-gray-6)' : 'var(--mantine-color-gray-7)' }}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={i} style={{ padding: 0 }}>
                  {day && <DayCell day={day} mark={marks.get(day)} isToday={day === today} onPick={onPick} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Paper>
  );
}

function DayCell({ day, mark, isToday, onPick }: { day: string; mark: CalendarDay | undefined; isToday: boolean; onPick(day: string): void }) {
  const state = stateOf(day, mark);
  const label = t('calendar.dayLabel', { date: formatDayWithWeekday(day), state: describeState(day, mark) });
  return (
    <UnstyledButton
      data-testid="calendar-day"
      data-day={day}
      data-state={state}
      aria-label={label}
      title={label}
      onClick={() => onPick(day)}
      style={{ ...cellStyle, ...STATE_STYLE[state], outline: isToday ? '2px solid var(--mantine-color-orange-5)' : undefined }}
    >
      <span style={{ fontSize: 13 }}>{Number(day.slice(8, 10))}</span>
      {state === 'holiday' && <span style={smallStyle}>{mark?.name}</span>}
      {state === 'makeup' && <span style={smallStyle}>{t('calendar.workdayMark')}</span>}
    </UnstyledButton>
  );
}
