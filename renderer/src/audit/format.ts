/** How audit entries read on screen: field paths, entity kinds and code values in Chinese, JSON values as text. */
import { CASE_SOURCES, CASE_STAGES, CATEGORIES, CONVEYANCE_KINDS, GENDER_OPTIONS, ID_TYPES, PARTY_KINDS, PROCEDURES } from '../../../main/contract/domain';
import { ENFORCEMENT_KINDS, MEASURE_KINDS, OUTCOMES, PENALTY_LICENCE_ACTIONS, SERVICE_METHODS } from '../../../main/contract/procedure';
import { formatDate, formatTime, t, type MessageKey } from '../i18n';
import { auditMessages } from '../i18n/zh-CN/audit';

type CodeTable = readonly { code: string; label: string }[];

/** Fields whose values are codes of a contract table, by field name; `kind` means different things in different records. */
const CODE_TABLES: Record<string, readonly CodeTable[]> = {
  category: [CATEGORIES],
  stage: [CASE_STAGES],
  procedure: [PROCEDURES],
  source: [CASE_SOURCES],
  gender: [GENDER_OPTIONS],
  idType: [ID_TYPES],
  kind: [PARTY_KINDS, CONVEYANCE_KINDS, MEASURE_KINDS, ENFORCEMENT_KINDS],
  outcome: [OUTCOMES],
  licenceAction: [PENALTY_LICENCE_ACTIONS],
  method: [SERVICE_METHODS],
};

function known(key: string): key is MessageKey {
  return Object.hasOwn(auditMessages, key);
}

const lastField = (path: string) => path.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? '';

/** 「当事人 › 第1项 › 联系电话」 for `parties.0.phone`; names without a label stay as stored. */
export function fieldPath(path: string): string {
  if (path === '') return t('audit.changes.whole');
  return path
    .split('.')
    .map((seg) => {
      if (/^\d+$/.test(seg)) return t('audit.changes.item', { n: Number(seg) + 1 });
      const key = `audit.field.${seg}`;
      return known(key) ? t(key) : seg;
    })
    .join(t('audit.changes.pathSeparator'));
}

export function entityLabel(entity: string): string {
  const key = `audit.entity.${entity}`;
  return known(key) ? t(key) : entity;
}

/** A changed value as text; codes of the contract's tables by their Chinese names. */
export function formatValue(v: unknown, path = ''): string {
  if (v === null || v === undefined) return t('audit.value.absent');
  if (v === '') return t('audit.value.empty');
  if (typeof v === 'boolean') return t(v ? 'audit.value.true' : 'audit.value.false');
  if (typeof v === 'string') {
    const label = CODE_TABLES[lastField(path)]?.flatMap((table) => table.filter((row) => row.code === v))[0]?.label;
    return label ?? v;
  }
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** Audit times keep their seconds: the order of acts within a minute matters. */
export function formatAt(at: string): string {
  return `${formatDate(at)} ${formatTime(at)}`;
}

/** 「0.42 秒」, or milliseconds for a small log that verifies in a blink. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? t('audit.duration.ms', { ms: Math.max(1, Math.round(ms)) }) : t('audit.duration.s', { s: (ms / 1000).toFixed(2) });
}
