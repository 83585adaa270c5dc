/**
 * Calendar arithmetic for the 工作日历 page. Days are 'YYYY-MM-DD' calendar dates, computed in UTC
 * so that the PC's time zone can never shift a day; weeks start on Monday, as Chinese calendars do.
 */
import type { CalendarDay } from '../../../../main/contract/procedure';
import { t, type MessageKey } from '../../i18n';

export type DayState = 'workday' | 'weekend' | 'holiday' | 'makeup';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWeekend(day: string): boolean {
  return weekdayOf(day) >= 6;
}

/** The month as rows of seven cells, Monday first; cells outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: weekdayOf(isoDay(year, month, 1)) - 1 }, () => null);
  for (let d = 1; d <= length; d++) cells.push(isoDay(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function stateOf(day: string, mark: CalendarDay | undefined): DayState {
  if (mark?.kind === 'holiday') return 'holiday';
  if (mark?.kind === 'workday') return 'makeup';
  return isWeekend(day) ? 'weekend' : 'workday';
}

const STATE_LABEL: Record<DayState, MessageKey> = {
  workday: 'calendar.state.workday',
  weekend: 'calendar.state.weekend',
  holiday: 'calendar.state.holiday',
  makeup: 'calendar.state.makeup',
};

/** '节假日（国庆节）', '休息日' … */
export function describeState(day: string, mark: CalendarDay | undefined): string {
  const state = t(STATE_LABEL[stateOf(day, mark)]);
  return mark?.name ? t('calendar.state.named', { state, name: mark.name }) : state;
}

export function weekdayName(day: string): string {
  return t(`calendar.weekday.${weekdayOf(day)}` as MessageKey);
}

function parts(day: string) {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** '2026年10月1日' */
export function formatDay(day: string): string {
  return t('calendar.date', parts(day));
}

/** '2026年10月1日（星期四）' */
export function formatDayWithWeekday(day: string): string {
  return t('calendar.dateWithWeekday', { ...parts(day), weekday: weekdayName(day) });
}
