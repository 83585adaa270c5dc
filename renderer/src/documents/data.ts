/**
 * A document's field values as the editor holds them, and the small conversions around them:
 * what counts as blank, when two versions of the data are the same, where a backend issue
 * belongs on the form, and turning a `PdfFile` into something the browser can show or save.
 */
import type { DocumentData, FieldValue, FormField, FormSummary, PdfFile } from '../../../main/contract/documents';
import type { FieldIssue } from '../../../main/contract/errors';

export type TableRow = Record<string, string>;
/** A party block: `kind` ('individual' | 'organisation' | '') and the printed attributes. */
export type PartyRow = Record<string, string>;

/** Money as typed: figures with at most two decimals (the contract stores a number of yuan). */
export const MONEY_PATTERN = /^\d+(\.\d{1,2})?$/;

export function textOf(v: FieldValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return '';
}

export function moneyOf(v: FieldValue | undefined): number | null {
  return typeof v === 'number' ? v : null;
}

export function ticksOf(v: FieldValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function rowsOf(v: FieldValue | undefined): TableRow[] {
  return Array.isArray(v) ? v.filter((x): x is TableRow => typeof x === 'object' && x !== null) : [];
}

export function partyOf(v: FieldValue | undefined): PartyRow {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

const blankText = (s: string | undefined) => !s || s.trim() === '';

/** Blank as the backend counts it for 尚未填写 (form-data.ts isEmpty): per kind. */
export function isBlank(field: FormField, v: FieldValue | undefined): boolean {
  switch (field.kind) {
    case 'party': {
      const p = partyOf(v);
      return blankText(p.kind) || blankText(p.name);
    }
    case 'checkbox':
      return ticksOf(v).length === 0;
    case 'table':
      return rowsOf(v).every((row) => Object.values(row).every(blankText));
    case 'money':
      return moneyOf(v) === null;
    default:
      return blankText(textOf(v));
  }
}

/** Labels of required fields still blank; signature lines are signed in ink, never typed. */
export function missingLabels(form: FormSummary, data: DocumentData): string[] {
  return form.fields.filter((f) => f.required && f.kind !== 'signature' && isBlank(f, data[f.key])).map((f) => f.label);
}

const sortedEntries = (o: Record<string, string>) => Object.entries(o).filter(([, v]) => v !== '').sort(([a], [b]) => a.localeCompare(b));

/** A value in a form independent of key order and of the ways to say "nothing". */
function canonical(v: FieldValue | undefined): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string' || typeof v === 'number') return JSON.stringify(v);
  if (!Array.isArray(v)) {
    const entries = sortedEntries(v);
    return entries.length === 0 ? '' : JSON.stringify(entries);
  }
  if (v.length === 0) return '';
  return JSON.stringify(v.map((x) => (typeof x === 'string' ? x : sortedEntries(x))));
}

export function sameData(a: DocumentData, b: DocumentData): boolean {
  if (a === b) return true;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (canonical(a[key]) !== canonical(b[key])) return false;
  return true;
}

/**
 * Sorts backend issues into those that belong to a field of the form (by key) and the rest.
 * Paths are `data.<key>[.<row>.<column>]`; the issue call reports them without the `data.` prefix.
 */
export function placeIssues(form: FormSummary, issues: readonly FieldIssue[]): { byField: Record<string, string>; others: FieldIssue[] } {
  const keys = new Set(form.fields.map((f) => f.key));
  const byField: Record<string, string> = {};
  const others: FieldIssue[] = [];
  for (const issue of issues) {
    const key = issue.path.replace(/^data\./, '').split('.')[0];
    if (keys.has(key)) byField[key] ??= issue.message;
    else others.push(issue);
  }
  return { byField, others };
}

/** Refusals because the case's recorded procedure does not allow the document (yet), or says otherwise. */
export function isProcedureRefusal(code: string): boolean {
  return code === 'DOC_PROCEDURE_MISMATCH' || code.startsWith('PROC_');
}

/**
 * The field a refusal's message names by its label (「罚款金额与批准的处罚决定不一致」), when the refusal
 * carries no path: the longest label found in the message, so 「缴款银行」 wins over 「银行」.
 */
export function fieldNamedIn(form: FormSummary, message: string): string | null {
  const named = form.fields.filter((f) => f.kind !== 'signature' && f.label.length >= 2 && message.includes(f.label));
  named.sort((a, b) => b.label.length - a.label.length);
  return named[0]?.key ?? null;
}

/** Keys of the fields with these labels, in form order. */
export function keysOfLabels(form: FormSummary, labels: readonly string[]): string[] {
  const wanted = new Set(labels);
  return form.fields.filter((f) => wanted.has(f.label)).map((f) => f.key);
}

/** The labels a DOC_INCOMPLETE message lists after its colon (`…不能签发：询问地点、询问记录`). */
export function labelsInMessage(message: string): string[] {
  const at = Math.max(message.lastIndexOf('：'), message.lastIndexOf(':'));
  return at < 0 ? [] : message.slice(at + 1).split('、').map((s) => s.trim()).filter(Boolean);
}

/** Short kinds share a row with another field; long ones take the full width. */
export function isWide(field: FormField): boolean {
  return field.kind === 'longtext' || field.kind === 'checkbox' || field.kind === 'table' || field.kind === 'party';
}

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export function pdfBlob(file: PdfFile): Blob {
  return new Blob([bytesOf(file.base64)], { type: 'application/pdf' });
}

/** `1a2b3c4d…9f8e7d6c`: enough to compare by eye; the full value goes in the tooltip. */
export function shortSha(sha: string): string {
  return sha.length > 20 ? `${sha.slice(0, 8)}…${sha.slice(-8)}` : sha;
}
