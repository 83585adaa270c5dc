/**
 * How audit screens read: record kinds for the filter, times and durations. Entries arrive with
 * their objects, fields and values already in Chinese (audit.list presents them in the backend).
 */
import { formatDate, formatTime, t, type MessageKey } from '../i18n';
import { auditMessages } from '../i18n/zh-CN/audit';

function known(key: string): key is MessageKey {
  return Object.hasOwn(auditMessages, key);
}

/** The kind of record an entry is about (案件, 文书, 账户…), for the filter and a verdict whose entry is gone. */
export function entityLabel(entity: string): string {
  const key = `audit.entity.${entity}`;
  return known(key) ? t(key) : t('audit.entity.other');
}

/** Audit times keep their seconds: the order of acts within a minute matters. */
export function formatAt(at: string): string {
  return `${formatDate(at)} ${formatTime(at)}`;
}

/** 「0.42 秒」, or milliseconds for a small log that verifies in a blink. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? t('audit.duration.ms', { ms: Math.max(1, Math.round(ms)) }) : t('audit.duration.s', { s: (ms / 1000).toFixed(2) });
}
