/**
 * How a 执法全过程记录 entry reads to a person: the object by the name a clerk gives it (案号,
 * 《文书名称》第N版, a masked name), each changed field by its Chinese label and each value as text,
 * codes by their labels. The backend presents, so the screens and any other reader of `audit.list`
 * show the same words; the stored entry (and so the chain) is left exactly as written.
 */
import type { EntityManager } from 'typeorm';
import type { AuditChange, AuditChangeView } from '../contract/audit';
import { FIELD_LABELS, codeLabel } from '../contract/field-labels';
import { formDefinition, FORM_DEFINITIONS } from '../../templates';
import type { FieldDef } from '../documents/definition';
import { ACCESS_SETTINGS_KEY } from './access-settings';
import { DEVICE_SETTINGS_KEY } from './device-settings';
import { DOCUMENT_SETTINGS_KEY } from './documents';
import { PROCEDURE_SETTINGS_KEY } from './procedure-settings';

const SETTING_NAMES: Record<string, string> = {
  [DOCUMENT_SETTINGS_KEY]: '文书设置',
  [PROCEDURE_SETTINGS_KEY]: '程序设置',
  [DEVICE_SETTINGS_KEY]: '设备设置',
  [ACCESS_SETTINGS_KEY]: '安全设置',
};

/** What an entry is about, as the list query found it. */
export interface EntityRef {
  entity: string;
  entityId: string;
}

/** Names of the objects a page of entries is about, looked up once per page. */
export interface EntityNames {
  label(ref: EntityRef, changes: readonly AuditChange[]): string;
  /** The form a document entry belongs to, when the document still exists. */
  formOf(ref: EntityRef): number | null;
}

/** 柯岚 → 柯*: the log names a person without spelling the name out. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z?$/;

function chineseDate(y: string, m: string, d: string): string {
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

function idsOf(refs: readonly EntityRef[], entity: string): number[] {
  return [...new Set(refs.filter((r) => r.entity === entity && /^\d+$/.test(r.entityId)).map((r) => Number(r.entityId)))];
}

async function rowsById<T extends { id: number }>(m: EntityManager, sql: string, ids: number[]): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map();
  const rows = (await m.query(`${sql} WHERE id IN (${ids.map(() => '?').join(',')})`, ids)) as T[];
  return new Map(rows.map((r) => [Number(r.id), r]));
}

function formName(formId: number): string {
  return formDefinition(formId)?.name ?? '文书';
}

/** Looks up, in a few queries, the names of every object the page's entries are about. */
export async function entityNames(m: EntityManager, refs: readonly EntityRef[]): Promise<EntityNames> {
  const cases = await rowsById<{ id: number; caseNumber: string }>(m, 'SELECT id, case_number AS caseNumber FROM enforcement_case', idsOf(refs, 'case'));
  const docs = await rowsById<{ id: number; formId: number; version: number }>(m, 'SELECT id, form_id AS formId, version FROM document', idsOf(refs, 'document'));
  const accounts = await rowsById<{ id: number; displayName: string; username: string }>(
    m, 'SELECT id, display_name AS displayName, username FROM account', idsOf(refs, 'account'),
  );
  const officers = await rowsById<{ id: number; name: string }>(m, 'SELECT id, name FROM officer', idsOf(refs, 'officer'));
  const causeCodes = [...new Set(refs.filter((r) => r.entity === 'cause').map((r) => r.entityId))];
  const causes = new Map<string, string>();
  if (causeCodes.length > 0) {
    const rows = (await m.query(`SELECT code, title FROM cause WHERE code IN (${causeCodes.map(() => '?').join(',')})`, causeCodes)) as { code: string; title: string }[];
    for (const r of rows) causes.set(r.code, r.title);
  }

  const label = (ref: EntityRef, changes: readonly AuditChange[]): string => {
    const n = Number(ref.entityId);
    switch (ref.entity) {
      case 'case':
        return cases.get(n)?.caseNumber ?? '案件（已不存在）';
      case 'document': {
        const d = docs.get(n);
        // A deleted draft's entries stay in the log; the case's 删除 entry names what it was.
        return d ? `《${formName(d.formId)}》第${d.version}版` : '文书草稿（已删除）';
      }
      case 'account': {
        const a = accounts.get(n);
        if (a) return `${a.displayName}（${a.username}）`;
        return ref.entityId === '' ? '未识别的账户' : '账户（已不存在）';
      }
      case 'officer':
        return officers.get(n)?.name ?? '执法人员（已不存在）';
      case 'card_read': {
        // The read's own entry carries the name (the row may since have been purged): only masked here.
        const name = changes.find((c) => c.path === 'name')?.after;
        return typeof name === 'string' && name.trim() !== '' ? `读卡记录（${maskName(name)}）` : '读卡记录';
      }
      case 'cause': {
        const title = causes.get(ref.entityId);
        return title ? `案由：${title}` : '案由';
      }
      case 'office_setting':
        return SETTING_NAMES[ref.entityId] ?? '单位设置';
      case 'calendar_day': {
        const d = ISO_DATE.exec(ref.entityId);
        return d ? `工作日历 ${chineseDate(d[1], d[2], d[3])}` : '工作日历';
      }
      case 'office':
        return '单位信息';
      case 'audit_key_era':
        return /^\d+$/.test(ref.entityId) ? `第${ref.entityId}密钥时期` : '记录校验密钥';
      case 'case_event':
        return '案件环节';
      default:
        return '其他';
    }
  };
  return { label, formOf: (ref) => (ref.entity === 'document' ? docs.get(Number(ref.entityId))?.formId ?? null : null) };
}

/** A form's own names for its data: each field's label, a party block's attributes, a table's columns. */
interface FormLabels {
  fields: Map<string, FieldDef>;
}

function labelsOfForm(fields: readonly FieldDef[]): FormLabels {
  return { fields: new Map(fields.map((f) => [f.key, f])) };
}

const formLabels = new Map<number, FormLabels>();
function labelsOf(formId: number | null): FormLabels {
  const key = formId ?? 0;
  let l = formLabels.get(key);
  if (!l) {
    // A document whose row is gone (a deleted draft): every form's labels, the first form naming a key winning.
    const def = formId === null ? undefined : formDefinition(formId);
    l = labelsOfForm(def ? def.fields : FORM_DEFINITIONS.flatMap((d) => d.fields));
    formLabels.set(key, l);
  }
  return l;
}

function subLabel(def: FieldDef | undefined, key: string): string | undefined {
  if (!def) return undefined;
  if (def.kind === 'party') return [...def.variant.individual, ...def.variant.organisation].find((a) => a.attr === key)?.label;
  if (def.kind === 'table') return def.columns.find((c) => c.key === key)?.label;
  return undefined;
}

const isIndex = (s: string) => /^\d+$/.test(s);

/**
 * The label of each segment of a path: form labels for a document's data (the top of a save's
 * changes, or under `data` of an issue), the contract's field labels elsewhere; list items as 第N项.
 * A segment no table names stays as it is, so a missing label shows (and a test catches it).
 */
function segmentLabels(segments: readonly string[], formId: number | null, isDocument: boolean): string[] {
  const out: string[] = [];
  const form = isDocument ? labelsOf(formId) : null;
  // Within document data: the form field the path is under, if any.
  let inData = isDocument && segments[0] !== 'data' && segments[0] !== 'pdfSha256';
  let field: FieldDef | undefined;
  for (const seg of segments) {
    if (isIndex(seg)) {
      out.push(`第${Number(seg) + 1}项`);
      continue;
    }
    if (form && inData && !field) {
      field = form.fields.get(seg);
      out.push(field?.label ?? FIELD_LABELS[seg] ?? seg);
      continue;
    }
    if (form && inData && field) {
      out.push(subLabel(field, seg) ?? FIELD_LABELS[seg] ?? seg);
      continue;
    }
    if (isDocument && seg === 'data') inData = true;
    out.push(FIELD_LABELS[seg] ?? seg);
  }
  return out;
}

const HASH = /^[0-9a-f]{64}$/i;

/** A stored value as text: codes by label, dates as 2026年12月4日, lists joined, objects by their labels. */
function valueText(v: unknown, segments: readonly string[], formId: number | null, isDocument: boolean): string {
  if (v === null || v === undefined) return '空';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (v === '') return '（未填）';
    const field = [...segments].reverse().find((s) => !isIndex(s)) ?? '';
    const code = isDocument && field !== 'kind' ? null : codeLabel(field, v);
    if (code) return code;
    if (HASH.test(v)) return `${v.slice(0, 8).toLowerCase()}…`;
    const d = ISO_DATE.exec(v);
    if (d) return chineseDate(d[1], d[2], d[3]);
    const dt = ISO_DATETIME.exec(v);
    if (dt) return `${chineseDate(dt[1], dt[2], dt[3])} ${dt[4]}`;
    return v;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return '（无）';
    return v.map((x, i) => valueText(x, [...segments, String(i)], formId, isDocument)).join('、');
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) return '（无）';
    return entries
      .map(([k, x]) => {
        const path = [...segments, k];
        const names = segmentLabels(path, formId, isDocument);
        return `${names[names.length - 1]}：${valueText(x, path, formId, isDocument)}`;
      })
      .join('；');
  }
  return String(v);
}

/** One change as it reads: 「当事人 › 第1项 › 联系电话」, before and after as text. */
export function presentChange(c: AuditChange, entity: string, formId: number | null): AuditChangeView {
  const segments = c.path === '' ? [] : c.path.split('.');
  const isDocument = entity === 'document';
  const label = segments.length === 0 ? '（整体）' : segmentLabels(segments, formId, isDocument).join(' › ');
  return {
    ...c,
    label,
    beforeText: valueText(c.before, segments, formId, isDocument),
    afterText: valueText(c.after, segments, formId, isDocument),
  };
}
