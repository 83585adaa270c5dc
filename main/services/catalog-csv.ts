/**
 * The 案由目录's CSV file: an RFC 4180 reader and writer, and the layout of the catalogue in it.
 *
 * The file is UTF-8 with a byte-order mark, CRLF between records, so that Excel opens it with the
 * Chinese intact; the reader takes CR, LF or CRLF and a missing BOM as well. A field is quoted when
 * it holds a comma, a quote, CR or LF; a quote inside is doubled.
 *
 * The 裁量基准 column holds all tiers of a row in one cell, readable and editable in Excel:
 *
 *     轻微:200-800:首次被查;一般:800-1500:多次被查
 *
 * Tiers are separated by ';', the parts of a tier (情节, 罚款下限-上限 in yuan, 说明) by ':'; the
 * 说明 may be left out. A backslash takes the next character literally, so '\;', '\:' and '\\'
 * stand for those characters inside a 情节 or 说明 (full-width '；' and '：' need no escape).
 * Between the amounts '-', '~', '～' or '—' are accepted on import.
 *
 * Cells that a spreadsheet would run as a formula are neutralised on export and restored on
 * import (csv-cells.ts).
 */
import { CATEGORIES, type Category } from '../contract/domain';
import type { CauseRecord, DiscretionTier } from '../contract/catalog';
import { neutraliseCell, restoreCell } from './csv-cells';

export const BOM = '\uFEFF';

// --- RFC 4180 -------------------------------------------------------------------------------------

export type CsvParse = { ok: true; records: string[][] } | { ok: false; message: string };

/**
 * Splits CSV text into records of fields. Refuses what RFC 4180 does not allow (a quote inside an
 * unquoted field, text after a closing quote, a quote never closed) with the line it happened on,
 * rather than guessing what the author meant.
 */
export function parseCsv(text: string): CsvParse {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const n = src.length;
  // At the start of a field; a record ends on CR, LF or CRLF, the text on its last character.
  let atFieldStart = true;
  let quotedStartLine = 0;
  while (i < n) {
    const ch = src.charCodeAt(i);
    if (atFieldStart && ch === 34 /* " */) {
      quotedStartLine = line;
      i++;
      let closed = false;
      let start = i;
      let value = '';
      while (i < n) {
        const q = src.indexOf('"', i);
        if (q < 0) break;
        value += src.slice(start, q);
        if (src.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
          start = i;
          continue;
        }
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) return { ok: false, message: `第${quotedStartLine}行起的引号没有结束（缺少配对的英文双引号）` };
      line += countLineBreaks(value);
      field = value;
      atFieldStart = false;
      const next = i < n ? src.charCodeAt(i) : -1;
      if (next !== -1 && next !== 44 && next !== 13 && next !== 10) {
        return { ok: false, message: `第${line}行：引号结束后只能是逗号或换行` };
      }
      continue;
    }
    if (ch === 44 /* , */) {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === 13 || ch === 10) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i += ch === 13 && src.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    // An unquoted field runs to the next comma or line break.
    let j = i;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (c === 44 || c === 13 || c === 10) break;
      if (c === 34) return { ok: false, message: `第${line}行：未加引号的内容中有英文双引号（含引号的内容须整体用双引号括起，引号写两遍）` };
      j++;
    }
    field += src.slice(i, j);
    atFieldStart = false;
    i = j;
  }
  // The last record needs no line break after it; a trailing break adds no empty record.
  if (!atFieldStart || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { ok: true, records };
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a BOM and CRLF record ends, the last record ended too. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return BOM + records.map((r) => r.map(quoteField).join(',') + '\r\n').join('');
}

// --- 裁量基准 cell ------------------------------------------------------------------------------------

function escapePart(s: string): string {
  return s.replace(/[\\;:]/g, (c) => `\\${c}`);
}

export function encodeTiers(tiers: readonly DiscretionTier[]): string {
  return tiers
    .map((t) => {
      const head = `${escapePart(t.circumstance)}:${t.fineMin}-${t.fineMax}`;
      return t.description ? `${head}:${escapePart(t.description)}` : head;
    })
    .join(';');
}

/** Splits on unescaped separators; `keepEscapes` leaves the backslashes for a split at the next level. */
function splitOn(s: string, sep: string, keepEscapes: boolean): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      cur += keepEscapes ? c + s[i + 1] : s[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}

export type TierDecode = { ok: true; tiers: { circumstance: string; fineMin: number | string; fineMax: number | string; description: string }[] } | { ok: false; message: string };

const RANGE = /^\s*([^-~～—]*?)\s*[-~～—]\s*([^-~～—]*?)\s*$/;

/**
 * Reads a 裁量基准 cell. Amounts that are not plain numbers are handed on as text, so the schema
 * reports them with its own wording.
 */
export function decodeTiers(cell: string): TierDecode {
  const tiers: { circumstance: string; fineMin: number | string; fineMax: number | string; description: string }[] = [];
  const segments = splitOn(cell, ';', true);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    if (seg.trim() === '') continue;
    const parts = splitOn(seg, ':', false);
    if (parts.length < 2 || parts.length > 3) {
      return { ok: false, message: `第${tiers.length + 1}档应写作“情节:下限-上限:说明”（多档之间用英文分号分隔，说明中的英文冒号、分号前加\\）` };
    }
    const m = RANGE.exec(parts[1]);
    if (!m) return { ok: false, message: `第${tiers.length + 1}档的罚款幅度应写作“下限-上限”（单位：元），如 200-800` };
    tiers.push({ circumstance: parts[0], fineMin: amount(m[1]), fineMax: amount(m[2]), description: parts[2] ?? '' });
  }
  return { ok: true, tiers };
}

/** A number from a cell ('3000', '3,000', '3000元'); anything else stays text for the schema to refuse. */
export function amount(cell: string): number | string {
  const s = cell.trim().replace(/[,，]/g, '').replace(/元$/, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : cell.trim();
}

// --- The catalogue's columns --------------------------------------------------------------------

export const CSV_COLUMNS = [
  { key: 'code', header: '编码' },
  { key: 'category', header: '执法门类' },
  { key: 'title', header: '案由名称' },
  { key: 'legalBasis', header: '违法依据' },
  { key: 'penaltyBasis', header: '处罚依据' },
  { key: 'penaltyRange', header: '处罚种类和幅度' },
  { key: 'fineMin', header: '法定罚款下限' },
  { key: 'fineMax', header: '法定罚款上限' },
  { key: 'discretion', header: '裁量基准' },
  { key: 'active', header: '状态' },
] as const satisfies readonly { key: keyof CauseRecord; header: string }[];

export type CsvColumnKey = (typeof CSV_COLUMNS)[number]['key'];

const ACTIVE = '启用';
const INACTIVE = '停用';

export function categoryLabel(code: Category): string {
  return CATEGORIES.find((c) => c.code === code)?.label ?? code;
}

/** The category code of a cell holding either the Chinese label or the code itself. */
function categoryOf(cell: string): string {
  const s = cell.trim();
  return CATEGORIES.find((c) => c.label === s || c.code === s.toLowerCase())?.code ?? s;
}

export function catalogToCsv(records: readonly CauseRecord[]): string {
  const rows = records.map((r) =>
    CSV_COLUMNS.map(({ key }) => {
      switch (key) {
        case 'category':
          return categoryLabel(r.category);
        case 'fineMin':
        case 'fineMax':
          return r[key] === null ? '' : String(r[key]);
        case 'discretion':
          return encodeTiers(r.discretion);
        case 'active':
          return r.active ? ACTIVE : INACTIVE;
        default:
          return r[key];
      }
    }).map(neutraliseCell),
  );
  return formatCsv([CSV_COLUMNS.map((c) => c.header), ...rows]);
}

export interface CsvProblem {
  /** 1 = first data row; 0 = the file as a whole (its header). */
  row: number;
  field: string;
  message: string;
}

export interface CsvCandidates {
  /** Raw objects for the schema, with the data row each came from. */
  rows: { row: number; value: Record<string, unknown> }[];
  problems: CsvProblem[];
  /** Set when the file cannot be read as the catalogue at all. */
  fatal: string | null;
}

function headerKey(cell: string): CsvColumnKey | null {
  const s = cell.trim();
  return CSV_COLUMNS.find((c) => c.header === s || c.key.toLowerCase() === s.toLowerCase())?.key ?? null;
}

/** Turns CSV text into one object per data row, reporting what is wrong with the cells themselves. */
export function csvToCandidates(text: string): CsvCandidates {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rows: [], problems: [], fatal: parsed.message };
  if (!parsed.records.some((r) => r.some((f) => f.trim() !== ''))) return { rows: [], problems: [], fatal: '文件中没有内容' };
  const [header, ...data] = parsed.records;
  const problems: CsvProblem[] = [];
  const keys: (CsvColumnKey | null)[] = header.map(headerKey);
  header.forEach((h, i) => {
    if (keys[i] === null && h.trim() !== '') problems.push({ row: 0, field: '表头', message: `无法识别的列“${h.trim().slice(0, 20)}”` });
    else if (keys[i] !== null && keys.indexOf(keys[i]) !== i) problems.push({ row: 0, field: '表头', message: `“${h.trim()}”列重复` });
  });
  for (const c of CSV_COLUMNS) {
    if (!keys.includes(c.key)) problems.push({ row: 0, field: '表头', message: `缺少“${c.header}”列` });
  }
  if (problems.length) {
    const looksLikeCatalogue = keys.some((k) => k !== null);
    return {
      rows: [],
      problems: [],
      fatal: looksLikeCatalogue
        ? `表头有误：${problems.map((p) => p.message).join('；')}`
        : '第一行不是案由目录的表头（应为“编码,执法门类,案由名称,……”），请使用本系统导出的文件修改后导入',
    };
  }

  const rows: CsvCandidates['rows'] = [];
  let rowNo = 0;
  for (const cells of data) {
    rowNo++;
    if (cells.every((f) => f.trim() === '')) continue;
    if (cells.length !== header.length) {
      problems.push({ row: rowNo, field: '整行', message: `本行有${cells.length}列，表头有${header.length}列（内容中的英文逗号须整格用双引号括起）` });
      continue;
    }
    const value: Record<string, unknown> = {};
    let rowOk = true;
    keys.forEach((key, i) => {
      if (key === null) return;
      const cell = restoreCell(cells[i]);
      switch (key) {
        case 'category':
          value.category = categoryOf(cell);
          break;
        case 'fineMin':
        case 'fineMax':
          value[key] = cell.trim() === '' ? null : amount(cell);
          break;
        case 'discretion': {
          const d = decodeTiers(cell);
          if (d.ok) value.discretion = d.tiers;
          else {
            rowOk = false;
            problems.push({ row: rowNo, field: '裁量基准', message: d.message });
          }
          break;
        }
        case 'active': {
          const s = cell.trim();
          if (s === ACTIVE) value.active = true;
          else if (s === INACTIVE) value.active = false;
          else {
            rowOk = false;
            problems.push({ row: rowNo, field: '状态', message: '状态应为“启用”或“停用”' });
          }
          break;
        }
        default:
          value[key] = cell;
      }
    });
    if (rowOk) rows.push({ row: rowNo, value });
  }
  return { rows, problems, fatal: null };
}
