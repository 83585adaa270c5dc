/** Amounts and deadline states as the procedure screens print them. */
import type { Deadline } from '../../../main/contract/procedure';
import { t } from '../i18n';

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatYuan(n: number): string {
  return t('proc.yuan', { amount: yuanFormat.format(n) });
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'), counted on the calendar, not in any time zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface DueState {
  label: string;
  color: string;
  /** met | open | today | overdue: for tests and styles. */
  code: 'met' | 'open' | 'today' | 'overdue';
}

/** 已完成 / 剩 N 日 / 今日届满 / 逾期 N 日, with the colour that says how urgent it is. */
export function dueStateOf(daysLeft: number | null, alertDays = 3): DueState {
  if (daysLeft === null) return { label: t('proc.due.met'), color: 'gray', code: 'met' };
  if (daysLeft < 0) return { label: t('proc.due.overdue', { n: -daysLeft }), color: 'red', code: 'overdue' };
  if (daysLeft === 0) return { label: t('proc.due.today'), color: 'orange', code: 'today' };
  return { label: t('proc.due.left', { n: daysLeft }), color: daysLeft <= alertDays ? 'yellow' : 'blue', code: 'open' };
}

export function deadlineState(d: Deadline, today: string): DueState {
  return dueStateOf(d.status === 'met' ? null : daysBetween(today, d.dueOn));
}
