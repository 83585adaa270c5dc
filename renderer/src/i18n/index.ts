import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN, type MessageKey } from './zh-CN';

dayjs.locale('zh-cn');

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** Looks a string up in the catalogue and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text: string = zhCN[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Dates in the backend are China wall-clock strings ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss]')
 * without an offset; they are printed as they are, never shifted into the PC's zone.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value.slice(0, 10));
  return d.isValid() ? d.format(zhCN['format.date']) : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length <= 10) return formatDate(value);
  const d = dayjs(value.slice(0, 16));
  return d.isValid() ? d.format(zhCN['format.dateTime']) : value;
}

/** The clock time of a backend timestamp (e.g. when a draft was saved). */
export function formatTime(value: string | null | undefined): string {
  if (!value || value.length <= 10) return '';
  const d = dayjs(value.slice(0, 19));
  return d.isValid() ? d.format(zhCN['format.time']) : value;
}

/** Joins list items with the Chinese enumeration comma. */
export function joinList(items: readonly string[]): string {
  return items.join(t('common.listSeparator'));
}
