/** Fills every blank required field of a form with a plausible value of its kind (tests only). */
import type { DocumentData, FormSummary } from '../../main/contract/documents';

/** Cells whose value a form checks (a statutory 送达 method, a date): plausible values of their own. */
const TABLE_CELLS: Record<string, string> = { method: '直接送达', date: '2026-11-24' };

export function fillRequired(form: FormSummary, data: DocumentData): DocumentData {
  const out: DocumentData = { ...data };
  for (const f of form.fields) {
    const v = out[f.key];
    const blank = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && v !== null && !v.kind);
    if (!f.required || !blank || f.kind === 'signature') continue;
    switch (f.kind) {
      case 'date':
        out[f.key] = '2026-11-24';
        break;
      case 'datetime':
        out[f.key] = '2026-11-24T09:30';
        break;
      case 'money':
        out[f.key] = 1200;
        break;
      case 'checkbox':
        out[f.key] = [f.options?.[0] ?? '是'];
        break;
      case 'party':
        out[f.key] = {
          kind: 'individual',
          ...Object.fromEntries((f.party?.individual ?? []).map((a) => [a.key, `${a.label}一`])),
        };
        break;
      case 'table':
        out[f.key] = [Object.fromEntries((f.columns ?? []).map((c) => [c.key, TABLE_CELLS[c.key] ?? `${c.label}一`]))];
        break;
      default:
        out[f.key] = `${f.label}（测试填写）`;
    }
  }
  return out;
}
