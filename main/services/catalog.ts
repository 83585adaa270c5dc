/**
 * 案由目录 with 裁量基准: the admin's view of every row, export as JSON or CSV, and import.
 *
 * An import is all or nothing: the whole file is read and every row checked before anything is
 * written, every problem is reported with its row and column, and one problem anywhere means no
 * change at all. Rows are matched by 编码; a row the file leaves out stays as it is, so a file may
 * carry just the rows an office wants to change.
 */
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { CaseRow, CauseRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { causeRecord, type CatalogExport, type CatalogFormat, type CatalogImportResult, type CauseRecord, type DiscretionTier } from '../contract/catalog';
import { CATEGORIES } from '../contract/domain';
import { AppError } from '../contract/errors';
import { appendAudit, canonicalJson, type Actor } from './audit';
import { BOM, CSV_COLUMNS, catalogToCsv, csvToCandidates } from './catalog-csv';
import type { Clock } from './clock';

export type ImportProblem = CatalogImportResult['problems'][number];

/** The file limit of the import, in bytes of UTF-8. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** More than this many problems are summed up in one line: a wrong file would otherwise list thousands. */
const MAX_PROBLEMS = 500;

const FIELD_LABELS: Record<string, string> = Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, c.header]));
const RECORD_KEYS = new Set<string>(CSV_COLUMNS.map((c) => c.key));

function toRecord(row: CauseRow): CauseRecord {
  return {
    code: row.code,
    category: row.category,
    title: row.title,
    legalBasis: row.legalBasis,
    penaltyBasis: row.penaltyBasis,
    penaltyRange: row.penaltyRange,
    fineMin: row.fineMin,
    fineMax: row.fineMax,
    discretion: (JSON.parse(row.discretion) as DiscretionTier[]).map((t) => ({
      circumstance: t.circumstance,
      fineMin: t.fineMin,
      fineMax: t.fineMax,
      description: t.description,
    })),
    active: Boolean(row.active),
  };
}

const categoryRank = new Map<string, number>(CATEGORIES.map((c, i) => [c.code, i]));

/** 执法门类 in the order the workstation lists them everywhere (公路路政 first), then 编码. */
function byCategoryThenCode(a: CauseRecord, b: CauseRecord): number {
  return (categoryRank.get(a.category) ?? 99) - (categoryRank.get(b.category) ?? 99) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Every row, inactive ones too, ordered by 执法门类 then 编码. */
export async function listCauseRecords(db: Database): Promise<CauseRecord[]> {
  const rows = await db.read((m) => m.find(CauseRow));
  return rows.map(toRecord).sort(byCategoryThenCode);
}

export async function exportCatalog(db: Database, clock: Clock, format: CatalogFormat): Promise<CatalogExport> {
  const records = await listCauseRecords(db);
  const content = format === 'csv' ? catalogToCsv(records) : `${JSON.stringify(records, null, 2)}\n`;
  return { fileName: `案由目录-${clock.now().slice(0, 10)}.${format}`, format, content, rows: records.length };
}

// --- Reading a file ---------------------------------------------------------------------------------

export type CatalogRead =
  /** The file cannot be read as a catalogue at all (not JSON, unbalanced quotes, no header …). */
  | { kind: 'invalid'; message: string }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'records'; records: { row: number; record: CauseRecord }[] };

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表（[…]）', object: '对象（{…}）' };
const zhLocale = z.locales.zhCN().localeError;

/** Chinese wording for the checks the schema leaves to zod's defaults (wrong JSON types above all). */
const chineseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return issue.input === undefined ? '未填写' : `格式不对，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  return zhLocale(issue);
};

function problemOf(row: number, issue: z.core.$ZodIssue): ImportProblem {
  const [head, index] = issue.path;
  if (head === 'discretion' && typeof index === 'number') return { row, field: FIELD_LABELS.discretion, message: `第${index + 1}档：${issue.message}` };
  if (head === undefined) return { row, field: '整行', message: issue.message };
  return { row, field: FIELD_LABELS[String(head)] ?? String(head), message: issue.message };
}

/** What the schema cannot see: a 裁量基准 must lie within the law's range and name each 情节 once. */
function tierIssues(r: CauseRecord): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  const seen = new Set<string>();
  r.discretion.forEach((t, i) => {
    if ((r.fineMin !== null && t.fineMin < r.fineMin) || (r.fineMax !== null && t.fineMax > r.fineMax)) {
      const law = `${r.fineMin ?? 0}—${r.fineMax ?? '不限'}`;
      out.push({ index: i, message: `第${i + 1}档（${t.circumstance}，${t.fineMin}—${t.fineMax} 元）超出法定罚款幅度（${law} 元）` });
    }
    if (seen.has(t.circumstance)) out.push({ index: i, message: `第${i + 1}档：裁量情节“${t.circumstance}”重复` });
    seen.add(t.circumstance);
  });
  return out;
}

function tierProblems(row: number, r: CauseRecord): ImportProblem[] {
  return tierIssues(r).map((i) => ({ row, field: FIELD_LABELS.discretion, message: i.message }));
}

/** Cases keep their 案由 and are numbered by 执法门类: moving a used 案由 would put them under the wrong one. */
async function categoryMoveProblem(m: EntityManager, current: CauseRow, to: CauseRecord['category']): Promise<string | null> {
  if (current.category === to) return null;
  const used = await m.count(CaseRow, { where: { causeId: current.id } });
  if (used === 0) return null;
  const from = CATEGORIES.find((c) => c.code === current.category)?.label ?? current.category;
  return `该案由已用于 ${used} 件案件，不能从“${from}”改为其他执法门类；如需调整，请停用后新增案由`;
}

function jsonCandidates(content: string): { kind: 'invalid'; message: string } | { kind: 'ok'; rows: { row: number; value: unknown }[]; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(content.startsWith(BOM) ? content.slice(1) : content);
  } catch {
    return { kind: 'invalid', message: '不是有效的JSON文件，请使用本系统导出的文件修改后导入' };
  }
  if (!Array.isArray(data)) return { kind: 'invalid', message: 'JSON文件应为案由记录的列表（以 [ 开头）' };
  const problems: ImportProblem[] = [];
  data.forEach((value: unknown, i) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      // A misspelt key would otherwise be dropped silently and its column reset to the default.
      if (RECORD_KEYS.has(key)) continue;
      const name = key.trim().slice(0, 30);
      problems.push(name ? { row: i + 1, field: name, message: `无法识别的字段“${name}”` } : { row: i + 1, field: '整行', message: '有字段名为空的字段' });
    }
  });
  return { kind: 'ok', rows: data.map((value: unknown, i) => ({ row: i + 1, value })), problems };
}

/**
 * Reads and checks a catalogue file without touching the database. Never throws: whatever the
 * content, the answer is a reason the file is unreadable, a list of problems, or valid records.
 */
export function readCatalog(format: CatalogFormat, content: string): CatalogRead {
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) return { kind: 'invalid', message: '文件过大（不能超过5MB）' };
  if (content.includes('\uFFFD')) {
    return { kind: 'invalid', message: '文件不是UTF-8编码（例如Excel另存的ANSI/GBK格式），请另存为“CSV UTF-8（逗号分隔）”或使用本系统导出的文件后再导入' };
  }
  if (content.includes('\u0000')) return { kind: 'invalid', message: '文件含有无法识别的二进制内容，不是案由目录文件' };

  let candidates: { row: number; value: unknown }[];
  const problems: ImportProblem[] = [];
  if (format === 'csv') {
    const c = csvToCandidates(content);
    if (c.fatal) return { kind: 'invalid', message: c.fatal };
    candidates = c.rows;
    problems.push(...c.problems);
  } else {
    const c = jsonCandidates(content);
    if (c.kind === 'invalid') return c;
    candidates = c.rows;
    problems.push(...c.problems);
  }
  if (candidates.length === 0 && problems.length === 0) return { kind: 'invalid', message: '文件中没有案由记录' };

  const records: { row: number; record: CauseRecord }[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const { row, value } of candidates) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ row, field: '整行', message: '应为一条案由记录（{…}）' });
      continue;
    }
    const parsed = causeRecord.safeParse(value, { error: chineseErrors });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => problemOf(row, i)));
      continue;
    }
    const record = parsed.data;
    const earlier = firstRowOfCode.get(record.code);
    if (earlier !== undefined) {
      problems.push({ row, field: FIELD_LABELS.code, message: `编码“${record.code}”与第${earlier}行重复` });
      continue;
    }
    firstRowOfCode.set(record.code, row);
    problems.push(...tierProblems(row, record));
    records.push({ row, record });
  }
  if (problems.length) return { kind: 'problems', problems: capped(problems) };
  return { kind: 'records', records };
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  return [...sorted.slice(0, MAX_PROBLEMS), { row: sorted[MAX_PROBLEMS].row, field: '整个文件', message: `另有 ${sorted.length - MAX_PROBLEMS} 处问题未列出` }];
}

// --- Import ------------------------------------------------------------------------------------------

function rowValues(r: CauseRecord) {
  return {
    code: r.code,
    category: r.category,
    title: r.title,
    legalBasis: r.legalBasis,
    penaltyBasis: r.penaltyBasis,
    penaltyRange: r.penaltyRange,
    fineMin: r.fineMin,
    fineMax: r.fineMax,
    discretion: JSON.stringify(r.discretion),
    active: r.active,
  };
}

export async function importCatalog(
  db: Database,
  actor: Actor,
  clock: Clock,
  input: { format: CatalogFormat; content: string; dryRun: boolean },
): Promise<CatalogImportResult> {
  const read = readCatalog(input.format, input.content);
  if (read.kind === 'invalid') {
    throw new AppError('CATALOG_IMPORT_INVALID', `导入文件有误，未作任何更改：${read.message}`, [{ path: 'content', message: read.message }]);
  }
  const none = { dryRun: input.dryRun, added: 0, updated: 0, unchanged: 0 };
  if (read.kind === 'problems') return { ...none, problems: read.problems };

  const apply = async (m: EntityManager): Promise<CatalogImportResult> => {
    const existing = new Map((await m.find(CauseRow)).map((r) => [r.code, r]));
    const problems: ImportProblem[] = [];
    const added: CauseRecord[] = [];
    const updated: { row: CauseRow; before: CauseRecord; after: CauseRecord }[] = [];
    let unchanged = 0;
    for (const { row, record } of read.records) {
      const current = existing.get(record.code);
      if (!current) {
        added.push(record);
        continue;
      }
      const before = toRecord(current);
      if (canonicalJson(before) === canonicalJson(record)) {
        unchanged++;
        continue;
      }
      const moved = await categoryMoveProblem(m, current, record.category);
      if (moved) {
        problems.push({ row, field: FIELD_LABELS.category, message: moved });
        continue;
      }
      updated.push({ row: current, before, after: record });
    }
    if (problems.length) return { ...none, problems: capped(problems) };
    const result = { dryRun: input.dryRun, added: added.length, updated: updated.length, unchanged, problems: [] };
    if (input.dryRun) return result;

    const at = clock.now();
    for (const r of added) {
      await m.insert(CauseRow, rowValues(r));
      await appendAudit(m, { actor, at, action: 'catalog.import', entity: 'cause', entityId: r.code, after: r, note: `导入案由目录：新增 ${r.code}` });
    }
    for (const u of updated) {
      await m.update(CauseRow, { id: u.row.id }, rowValues(u.after));
      await appendAudit(m, {
        actor, at, action: 'catalog.import', entity: 'cause', entityId: u.after.code, before: u.before, after: u.after, note: `导入案由目录：更新 ${u.after.code}`,
      });
    }
    return result;
  };
  return input.dryRun ? db.read(apply) : db.write(apply);
}

// --- Editing one 案由 in the page -------------------------------------------------------------------

/**
 * Adds a 案由 (`original` null) or changes one (`original` the record as the admin opened it).
 * The checks are the import's; a row changed by someone else since it was opened is refused
 * rather than overwritten, and a 编码 once used (even by a retired row) is never given again.
 */
export async function saveCause(db: Database, actor: Actor, clock: Clock, input: { record: CauseRecord; original: CauseRecord | null }): Promise<CauseRecord> {
  const record = input.record;
  const tiers = tierIssues(record);
  if (tiers.length) {
    throw new AppError('CATALOG_CAUSE_INVALID', tiers[0].message, tiers.map((i) => ({ path: `record.discretion.${i.index}.fineMax`, message: i.message })));
  }
  return db.write(async (m) => {
    const at = clock.now();
    if (input.original === null) {
      if (await m.findOneBy(CauseRow, { code: record.code })) {
        throw new AppError('CATALOG_CODE_TAKEN', `编码“${record.code}”已被使用（停用的案由也占用其编码），请换一个编码`, [
          { path: 'record.code', message: `编码“${record.code}”已被使用` },
        ]);
      }
      await m.insert(CauseRow, rowValues(record));
      await appendAudit(m, { actor, at, action: 'catalog.create', entity: 'cause', entityId: record.code, after: record, note: `新增案由 ${record.code} ${record.title}` });
      return record;
    }
    if (input.original.code !== record.code) {
      throw new AppError('CATALOG_CAUSE_INVALID', '案由编码保存后不能修改；如需新编码，请停用后新增案由', [{ path: 'record.code', message: '案由编码不能修改' }]);
    }
    const current = await m.findOneBy(CauseRow, { code: record.code });
    if (!current) throw new AppError('NOT_FOUND', `未找到编码为“${record.code}”的案由`);
    const before = toRecord(current);
    if (canonicalJson(before) !== canonicalJson(input.original)) {
      throw new AppError('CONFLICT', `案由“${record.code}”在您打开后已被修改（他人编辑或导入），请关闭后重新打开再改`);
    }
    if (canonicalJson(before) === canonicalJson(record)) return before;
    const moved = await categoryMoveProblem(m, current, record.category);
    if (moved) throw new AppError('CATALOG_CAUSE_INVALID', moved, [{ path: 'record.category', message: moved }]);
    await m.update(CauseRow, { id: current.id }, rowValues(record));
    await appendAudit(m, { actor, at, action: 'catalog.update', entity: 'cause', entityId: record.code, before, after: record, note: `修改案由 ${record.code} ${record.title}` });
    return record;
  });
}

/** Retires (停用) or restores a 案由. Never deleted: the cases that used it keep pointing at it. */
export async function setCauseActive(db: Database, actor: Actor, clock: Clock, input: { code: string; active: boolean }): Promise<CauseRecord> {
  return db.write(async (m) => {
    const current = await m.findOneBy(CauseRow, { code: input.code });
    if (!current) throw new AppError('NOT_FOUND', `未找到编码为“${input.code}”的案由`);
    const before = toRecord(current);
    if (before.active === input.active) return before;
    const after = { ...before, active: input.active };
    await m.update(CauseRow, { id: current.id }, { active: input.active });
    await appendAudit(m, {
      actor, at: clock.now(), action: 'catalog.setActive', entity: 'cause', entityId: after.code, before, after,
      note: `${input.active ? '启用' : '停用'}案由 ${after.code} ${after.title}`,
    });
    return after;
  });
}
