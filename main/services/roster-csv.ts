/**
 * The 执法人员花名册 as a CSV file: UTF-8 with a BOM, CRLF, Chinese headers, one officer a row — the
 * same RFC 4180 reader and writer as the 案由目录 (catalog-csv.ts), and the same neutralising of
 * cells a spreadsheet would run as formulas (csv-cells.ts).
 *
 *     姓名,所在单位,执法证号,发证机关,证件有效期起,证件有效期止,执法门类,状态,省级编号
 *
 * 执法门类 lists the certificate's categories by their Chinese names, separated by 、 (the reader
 * also takes ， , ; ；and the codes); 状态 is 在岗, 调离 or 暂停执法. Dates are YYYY-MM-DD; the
 * reader also takes what Excel makes of them (2026/1/5, 2026年1月5日, 2026.1.5). Training records
 * are not in the file: an import leaves them as they are.
 *
 * Reading never throws: whatever the bytes, the answer is a reason the file cannot be read, a list
 * of problems by row and column, or the rows to import.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../contract/domain';
import { OFFICER_STATUSES, officerSaveInput, type OfficerRecord, type OfficerStatusCode } from '../contract/people';
import { formatCsv, parseCsv } from './catalog-csv';
import { neutraliseCell, restoreCell } from './csv-cells';

export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名' },
  { key: 'unit', header: '所在单位' },
  { key: 'certNo', header: '执法证号' },
  { key: 'certIssuer', header: '发证机关' },
  { key: 'certValidFrom', header: '证件有效期起' },
  { key: 'certValidTo', header: '证件有效期止' },
  { key: 'categories', header: '执法门类' },
  { key: 'status', header: '状态' },
  { key: 'provincialId', header: '省级编号' },
] as const;

type ColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
const HEADER_OF: Record<string, string> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header]));

/** One officer as the file carries them. */
export interface RosterEntry {
  name: string;
  unit: string;
  certNo: string;
  certIssuer: string;
  certValidFrom: string;
  certValidTo: string;
  categories: Category[];
  status: OfficerStatusCode;
  provincialId: string | null;
}

export interface RosterProblem {
  /** 1 = first data row. */
  row: number;
  field: string;
  message: string;
}

export type RosterRead =
  | { kind: 'invalid'; message: string }
  | { kind: 'problems'; problems: RosterProblem[] }
  | { kind: 'entries'; entries: { row: number; entry: RosterEntry }[] };

/** The file limit, in bytes of UTF-8 (as the call's schema). */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/** More problems than this are summed up in one line: a wrong file would otherwise list thousands. */
const MAX_PROBLEMS = 500;

const CATEGORY_SEPARATOR = '、';

export function rosterToCsv(records: readonly OfficerRecord[]): string {
  const rows = records.map((r) =>
    ROSTER_COLUMNS.map(({ key }) => {
      switch (key) {
        case 'categories':
          return r.categories.map((c) => CATEGORIES.find((x) => x.code === c)?.label ?? c).join(CATEGORY_SEPARATOR);
        case 'status':
          return OFFICER_STATUSES.find((s) => s.code === r.status)?.label ?? r.status;
        case 'certValidFrom':
        case 'certValidTo':
        case 'provincialId':
          return r[key] ?? '';
        default:
          return r[key];
      }
    }).map(neutraliseCell),
  );
  return formatCsv([ROSTER_COLUMNS.map((c) => c.header), ...rows]);
}

// --- Reading -------------------------------------------------------------------------------------------

const rosterRow = officerSaveInput.omit({ id: true, version: true, trainings: true });

function headerKey(cell: string): ColumnKey | null {
  const s = cell.trim();
  return ROSTER_COLUMNS.find((c) => c.header === s || c.key.toLowerCase() === s.toLowerCase())?.key ?? null;
}

/** A date as Excel may have rewritten it, as YYYY-MM-DD; anything else is handed on for the schema to refuse. */
export function normaliseDate(cell: string): string {
  const s = cell.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
}

function categoriesOf(cell: string): { ok: true; list: Category[] } | { ok: false; message: string } {
  const parts = cell.split(/[、，,;；/\s]+/).map((p) => p.trim()).filter(Boolean);
  const list: Category[] = [];
  for (const p of parts) {
    const c = CATEGORIES.find((x) => x.label === p || x.code === p.toLowerCase());
    if (!c) return { ok: false, message: `无法识别的执法门类“${p.slice(0, 20)}”（应为${CATEGORIES.map((x) => x.label).join('、')}之一，多个用“、”分隔）` };
    if (!list.includes(c.code)) list.push(c.code);
  }
  return { ok: true, list };
}

function statusOf(cell: string): OfficerStatusCode | null {
  const s = cell.trim();
  return OFFICER_STATUSES.find((x) => x.label === s || x.code === s.toLowerCase())?.code ?? null;
}

function capped(problems: RosterProblem[]): RosterProblem[] {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  return [...sorted.slice(0, MAX_PROBLEMS), { row: sorted[MAX_PROBLEMS].row, field: '整个文件', message: `另有 ${sorted.length - MAX_PROBLEMS} 处问题未列出` }];
}

function issueField(issue: z.core.$ZodIssue): string {
  const head = issue.path[0];
  return head === undefined ? '整行' : (HEADER_OF[String(head)] ?? String(head));
}

/** Reads and checks a roster file without touching the database. */
export function readRoster(content: string): RosterRead {
  if (Buffer.byteLength(content, 'utf8') > MAX_ROSTER_BYTES) return { kind: 'invalid', message: '文件过大（不能超过5MB）' };
  if (content.includes('\uFFFD')) {
    return { kind: 'invalid', message: '文件不是UTF-8编码（例如Excel另存的ANSI/GBK格式），请另存为“CSV UTF-8（逗号分隔）”或使用本系统导出的文件后再导入' };
  }
  if (content.includes('\u0000')) return { kind: 'invalid', message: '文件含有无法识别的二进制内容，不是执法人员花名册' };
  const parsed = parseCsv(content);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  if (!parsed.records.some((r) => r.some((f) => f.trim() !== ''))) return { kind: 'invalid', message: '文件中没有内容' };

  const [header, ...data] = parsed.records;
  const keys = header.map(headerKey);
  const headerProblems: string[] = [];
  header.forEach((h, i) => {
    if (keys[i] === null && h.trim() !== '') headerProblems.push(`无法识别的列“${h.trim().slice(0, 20)}”`);
    else if (keys[i] !== null && keys.indexOf(keys[i]) !== i) headerProblems.push(`“${h.trim()}”列重复`);
  });
  for (const c of ROSTER_COLUMNS) if (!keys.includes(c.key)) headerProblems.push(`缺少“${c.header}”列`);
  if (headerProblems.length) {
    return {
      kind: 'invalid',
      message: keys.some((k) => k !== null)
        ? `表头有误：${headerProblems.slice(0, 20).join('；')}`
        : '第一行不是执法人员花名册的表头（应为“姓名,所在单位,执法证号,……”），请使用本系统导出的文件修改后导入',
    };
  }

  const problems: RosterProblem[] = [];
  const entries: { row: number; entry: RosterEntry }[] = [];
  const firstRowOf = new Map<string, number>();
  let row = 0;
  for (const cells of data) {
    row++;
    if (cells.every((f) => f.trim() === '')) continue;
    if (cells.length !== header.length) {
      problems.push({ row, field: '整行', message: `本行有${cells.length}列，表头有${header.length}列（内容中的英文逗号须整格用双引号括起）` });
      continue;
    }
    const value: Record<string, unknown> = {};
    let rowOk = true;
    keys.forEach((key, i) => {
      if (key === null) return;
      const cell = restoreCell(cells[i]);
      switch (key) {
        case 'certValidFrom':
        case 'certValidTo':
          value[key] = normaliseDate(cell);
          break;
        case 'categories': {
          const c = categoriesOf(cell);
          if (c.ok) value.categories = c.list;
          else {
            rowOk = false;
            problems.push({ row, field: HEADER_OF.categories, message: c.message });
          }
          break;
        }
        case 'status': {
          const s = statusOf(cell);
          if (s) value.status = s;
          else {
            rowOk = false;
            problems.push({ row, field: HEADER_OF.status, message: '状态应为“在岗”“调离”或“暂停执法”' });
          }
          break;
        }
        case 'provincialId':
          value.provincialId = cell.trim() === '' ? null : cell;
          break;
        default:
          value[key] = cell;
      }
    });
    const parsedRow = rosterRow.safeParse(value);
    if (!parsedRow.success) {
      // Categories and status were reported above in the file's own words; the schema's other findings follow.
      for (const issue of parsedRow.error.issues) {
        const head = String(issue.path[0] ?? '');
        if (!rowOk && (head === 'categories' || head === 'status')) continue;
        problems.push({ row, field: issueField(issue), message: issue.message });
      }
      continue;
    }
    if (!rowOk) continue;
    const r = parsedRow.data;
    if (r.certValidFrom > r.certValidTo) {
      problems.push({ row, field: HEADER_OF.certValidTo, message: '证件有效期止不能早于有效期起' });
      continue;
    }
    const key = r.certNo.toLowerCase();
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.push({ row, field: HEADER_OF.certNo, message: `执法证号“${r.certNo}”与第${earlier}行重复` });
      continue;
    }
    firstRowOf.set(key, row);
    entries.push({
      row,
      entry: {
        name: r.name, unit: r.unit, certNo: r.certNo, certIssuer: r.certIssuer, certValidFrom: r.certValidFrom, certValidTo: r.certValidTo,
        categories: r.categories, status: r.status, provincialId: r.provincialId,
      },
    });
  }
  if (problems.length) return { kind: 'problems', problems: capped(problems) };
  if (!entries.length) return { kind: 'invalid', message: '文件中没有执法人员记录' };
  return { kind: 'entries', entries };
}
