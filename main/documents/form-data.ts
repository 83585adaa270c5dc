/**
 * A document's filled data: its initial values from the case (pre-fill) and its validation
 * against the form definition before it is rendered or stored.
 */
import type { FieldIssue } from '../contract/errors';
import { EMPTY_PARTY, type Condition, type FieldDef, type FieldKind, type FieldValueByKind, type FormData, type FormDefinition, type PartyValue, type PrefillContext, type TableRow } from './definition';
import { DocumentError } from './errors';
import { parseLocalDate, toFen } from './text';

export { EMPTY_PARTY };

export function emptyValue<K extends FieldKind>(kind: K): FieldValueByKind[K] {
  const empties: FieldValueByKind = {
    text: '',
    longtext: '',
    date: '',
    datetime: '',
    money: null,
    checkbox: [],
    party: { ...EMPTY_PARTY },
    table: [],
    signature: '',
  };
  return empties[kind];
}

function prefillField(field: FieldDef, ctx: PrefillContext): FieldValueByKind[FieldKind] {
  // Each member of the FieldDef union pairs its kind with its prefill's value type; TypeScript
  // cannot follow that through a switch on a generic, so the pairing is checked field by field.
  switch (field.kind) {
    case 'party':
      return { ...EMPTY_PARTY, ...(field.prefill?.(ctx) ?? {}) };
    case 'checkbox':
      return field.prefill?.(ctx) ?? [];
    case 'table':
      return field.prefill?.(ctx) ?? [];
    case 'money':
      return field.prefill?.(ctx) ?? null;
    default:
      return field.prefill?.(ctx) ?? '';
  }
}

/** The document's initial data: every field, pre-filled from the case where the form says how. */
export function prefillForm(def: FormDefinition, ctx: PrefillContext): FormData {
  const data: FormData = {};
  for (const f of def.fields) data[f.key] = prefillField(f, ctx);
  return data;
}

// ---------------------------------------------------------------------------------------------
// Reading values (tolerant: a stored draft may predate a field)

export function fieldByKey(def: FormDefinition, key: string): FieldDef | undefined {
  return def.fields.find((f) => f.key === key);
}

export function textValue(data: FormData, key: string): string {
  const v = data[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return '';
}

export function listValue(data: FormData, key: string): string[] {
  const v = data[key];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : [];
}

export function partyValue(data: FormData, key: string): PartyValue {
  const v = data[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? { ...EMPTY_PARTY, ...v } : { ...EMPTY_PARTY };
}

export function tableValue(data: FormData, key: string): TableRow[] {
  const v = data[key];
  return Array.isArray(v) ? (v.filter((r) => r && typeof r === 'object' && !Array.isArray(r)) as TableRow[]) : [];
}

export function moneyValue(data: FormData, key: string): number | null {
  const v = data[key];
  return typeof v === 'number' ? v : null;
}

/** Whether a block's `when` or a field's `requiredWhen` holds for the data. */
export function conditionHolds(cond: Condition, data: FormData): boolean {
  if ('ticked' in cond) return listValue(data, cond.field).includes(cond.ticked);
  if ('row' in cond) return tableValue(data, cond.field).some((r) => String(r[cond.row.column] ?? '').trim() === cond.row.value);
  const amount = moneyValue(data, cond.field);
  const positive = amount !== null && amount > 0;
  return cond.is === 'positive' ? positive : !positive;
}

/** A field the data must fill: required outright, or while its `requiredWhen` holds. */
export function isRequired(field: FieldDef, data: FormData): boolean {
  return field.required || (field.requiredWhen !== undefined && conditionHolds(field.requiredWhen, data));
}

function isEmpty(field: FieldDef, data: FormData): boolean {
  switch (field.kind) {
    case 'party': {
      const p = partyValue(data, field.key);
      return p.kind === '' || !p.name.trim();
    }
    case 'checkbox':
      return listValue(data, field.key).length === 0;
    case 'table':
      return tableValue(data, field.key).every((r) => Object.values(r).every((c) => !String(c ?? '').trim()));
    case 'money':
      return moneyValue(data, field.key) === null;
    default:
      return !textValue(data, field.key).trim();
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

function checkShape(field: FieldDef, value: unknown): string | null {
  if (value === undefined || value === null) return field.kind === 'money' || value === undefined ? null : '内容格式不正确';
  switch (field.kind) {
    case 'text':
    case 'longtext':
    case 'signature': {
      if (typeof value !== 'string') return '应为文字';
      const max = field.kind === 'signature' ? 50 : field.maxLength ?? (field.kind === 'text' ? 500 : 20000);
      return value.length > max ? `不能超过${max}个字` : null;
    }
    case 'date':
    case 'datetime': {
      if (typeof value !== 'string') return '应为日期';
      if (!value) return null;
      const pattern = field.kind === 'date' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
      if (!pattern.test(value)) return field.kind === 'date' ? '日期格式应为 YYYY-MM-DD' : '时间格式应为 YYYY-MM-DDTHH:mm';
      try {
        parseLocalDate(value);
      } catch (e) {
        return e instanceof DocumentError ? e.message : '日期无效';
      }
      return null;
    }
    case 'money': {
      if (typeof value !== 'number') return '金额应为数字';
      try {
        toFen(value);
      } catch (e) {
        return e instanceof DocumentError ? e.message : '金额无效';
      }
      return null;
    }
    case 'checkbox': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return '勾选项格式不正确';
      const unknown = value.filter((v) => !field.options.includes(v));
      if (unknown.length) return `没有“${unknown[0]}”这一选项`;
      if (!field.multiple && value.length > 1) return '只能勾选一项';
      return null;
    }
    case 'party': {
      if (typeof value !== 'object' || Array.isArray(value)) return '当事人信息格式不正确';
      const p = value as Partial<Record<keyof PartyValue, unknown>>;
      if (p.kind !== undefined && !['individual', 'organisation', ''].includes(String(p.kind))) return '当事人类别应为个人或单位';
      const bad = Object.entries(p).find(([, v]) => typeof v !== 'string');
      return bad ? `当事人信息“${bad[0]}”应为文字` : null;
    }
    case 'table': {
      if (!Array.isArray(value)) return '表格格式不正确';
      if (value.length > 200) return '表格不能超过200行';
      const keys = new Set(field.columns.map((c) => c.key));
      for (const row of value) {
        if (!row || typeof row !== 'object' || Array.isArray(row)) return '表格行格式不正确';
        for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
          if (!keys.has(k)) return `表格没有“${k}”这一列`;
          if (typeof v !== 'string') return '表格内容应为文字';
        }
      }
      return null;
    }
  }
}

export interface DataCheck {
  /** Values of the wrong shape: refused even in a draft. */
  issues: FieldIssue[];
  /** Labels of required fields left blank: allowed in a draft, refused in a final document. */
  missing: string[];
  /** Keys of those fields, in the same order. */
  missingKeys: string[];
}

/** Shape problems (with the field's path and a Chinese message) and required fields still blank. */
export function checkFormData(def: FormDefinition, data: FormData): DataCheck {
  const issues: FieldIssue[] = [];
  const missing: string[] = [];
  const missingKeys: string[] = [];
  const known = new Set(def.fields.map((f) => f.key));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) issues.push({ path: key, message: `《${def.name}》没有“${key}”这一栏` });
  }
  for (const field of def.fields) {
    const shape = checkShape(field, data[field.key]);
    if (shape) {
      issues.push({ path: field.key, message: `${field.label}：${shape}` });
      continue;
    }
    // Signatures are required on the printed sheet, in ink; the data never has to carry them.
    if (isRequired(field, data) && field.kind !== 'signature' && isEmpty(field, data)) {
      missing.push(field.label);
      missingKeys.push(field.key);
    }
  }
  // Checks across fields only make sense once every value has the right shape.
  if (!issues.length && def.validate) issues.push(...def.validate(data).map((i) => ({ path: i.path, message: i.message })));
  return { issues, missing, missingKeys };
}

/**
 * Problems with the data as field issues. A draft only has to be well-formed; a final
 * document must also fill every required field.
 */
export function validateFormData(def: FormDefinition, data: FormData, opts: { draft: boolean }): FieldIssue[] {
  const { issues, missingKeys, missing } = checkFormData(def, data);
  if (opts.draft) return issues;
  return [...issues, ...missingKeys.map((path, i) => ({ path, message: `请填写${missing[i]}` }))];
}

export function assertRenderable(def: FormDefinition, data: FormData, opts: { draft: boolean }): void {
  const issues = validateFormData(def, data, opts);
  if (issues.length) {
    throw new DocumentError('DOC_DATA_INVALID', `《${def.name}》${issues.length === 1 ? issues[0].message : `有${issues.length}处内容需要修改`}`, issues);
  }
}
