/**
 * Instants from the accounts service (last login, locked until) carry an offset; they are shown
 * in China time whatever zone the PC is set to. Wall-clock strings without an offset are printed
 * as they are.
 */
import { formatDateTime } from '../i18n';

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

const CHINA = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  if (!WITH_OFFSET.test(value)) return formatDateTime(value);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return formatDateTime(CHINA.format(d).replace(' ', 'T'));
}

/** Whether an instant lies in the future (a lock still in force). */
export function isFuture(value: string | null | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const ms = new Date(WITH_OFFSET.test(value) ? value : `${value}+08:00`).getTime();
  return !Number.isNaN(ms) && ms > now;
}

/** Today's date in China, 'YYYY-MM-DD'. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}
