/** What the 案由与裁量基准 page computes from the catalogue, apart from drawing it. */
import type { CatalogFormat, CauseRecord } from '../../../main/contract/catalog';
import { CATEGORIES, type Category } from '../../../main/contract/domain';
import { t } from '../i18n';

/** The contract's import limit, checked before a large file is read into the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A fine range as the page prints it ('800—1500 元', '30000 元以下'); null bounds are ones the law does not state in yuan. */
export function rangeText(min: number | null, max: number | null): string {
  if (min === null && max === null) return t('catalog.range.none');
  if (min !== null && max !== null) {
    if (min === max) return t('catalog.range.exact', { min });
    if (min === 0) return t('catalog.range.upTo', { max });
    return t('catalog.range.between', { min, max });
  }
  return max !== null ? t('catalog.range.upTo', { max }) : t('catalog.range.from', { min: min ?? 0 });
}

export function tierRangeText(min: number, max: number): string {
  return min === max ? t('catalog.range.exact', { min }) : t('catalog.range.between', { min, max });
}

/** Whether a row matches the search text, by code or title, ignoring case and spaces around. */
export function matches(r: CauseRecord, category: Category | null, query: string): boolean {
  if (category && r.category !== category) return false;
  const q = query.trim().toLowerCase();
  return !q || r.code.toLowerCase().includes(q) || r.title.toLowerCase().includes(q);
}

export interface CategoryGroup {
  category: Category;
  label: string;
  rows: CauseRecord[];
}

/** Rows under their 执法门类, in the workstation's order of categories; empty groups left out. */
export function groupByCategory(rows: readonly CauseRecord[]): CategoryGroup[] {
  return CATEGORIES.map((c) => ({ category: c.code, label: c.label, rows: rows.filter((r) => r.category === c.code) })).filter((g) => g.rows.length > 0);
}

export function formatOfFile(name: string): CatalogFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Hands text to the browser's (or Electron's) download handling under its own name. */
export function saveText(fileName: string, content: string, format: CatalogFormat): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download reads the blob asynchronously; the URL stays valid long enough for a slow save dialog.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
