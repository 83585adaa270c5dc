/**
 * 执法队伍管理: officers as managed records (certificate, 执法门类, status, training), the roster
 * file, and the certificate warnings. Who may be assigned or act is decided by one pure rule,
 * `officerQualification` (main/procedure/officer-qualification.ts); this module only gathers the
 * records it reads.
 */
import type { EntityManager } from 'typeorm';
import { AccountRow, OfficerRow, OfficerTrainingRow, officerCategories } from '../../db/entities';
import type { Database } from '../../db/open';
import type { CallParsedInput } from '../contract/api';
import { CATEGORY_CODES, type Category } from '../contract/domain';
import { AppError } from '../contract/errors';
import type { CertificateWarning, OfficerRecord, RosterImportResult, Training } from '../contract/people';
import { plusDays } from '../procedure/calendar';
import { officerQualification, type OfficerCredentials, type QualificationProblem } from '../procedure/officer-qualification';
import type { Session } from '../rpc/dispatcher';
import { getAccessSettings } from './access-settings';
import { appendAudit, canonicalJson, type Actor } from './audit';
import type { Clock } from './clock';
import { readRoster, rosterToCsv, type RosterEntry } from './roster-csv';

type SaveInput = CallParsedInput<'officers.save'>;

/** The credentials the qualification rule reads, from an entity row or a raw query's row. */
export function credentialsOf(row: {
  name: string;
  certNo: string;
  status: OfficerRow['status'];
  certValidFrom: string | null;
  certValidTo: string | null;
  categories: string;
}): OfficerCredentials {
  return {
    name: row.name, certNo: row.certNo, status: row.status, certValidFrom: row.certValidFrom, certValidTo: row.certValidTo,
    categories: officerCategories(row),
  };
}

/** Columns of `officer o` under the names `credentialsOf` reads, for raw queries. */
export const CREDENTIAL_COLUMNS = `o.name, o.cert_no AS certNo, o.status, o.cert_valid_from AS certValidFrom, o.cert_valid_to AS certValidTo, o.categories`;

function toRecord(o: OfficerRow, trainings: OfficerTrainingRow[], accounts: string[]): OfficerRecord {
  return {
    id: o.id,
    name: o.name,
    unit: o.unit,
    certNo: o.certNo,
    certIssuer: o.certIssuer,
    certValidFrom: o.certValidFrom,
    certValidTo: o.certValidTo,
    categories: officerCategories(o),
    status: o.status,
    provincialId: o.provincialId,
    trainings: trainings.map((t) => ({ course: t.course, hours: t.hours, on: t.onDate })),
    accounts,
    version: o.version,
  };
}

async function loadRecords(m: EntityManager, ids?: number[]): Promise<OfficerRecord[]> {
  const officers = await m.find(OfficerRow, { order: { id: 'ASC' } });
  const wanted = ids ? officers.filter((o) => ids.includes(o.id)) : officers;
  const trainings = await m.find(OfficerTrainingRow, { order: { onDate: 'ASC', id: 'ASC' } });
  const accounts = await m.find(AccountRow, { order: { username: 'ASC' }, select: { username: true, officerId: true } });
  return wanted.map((o) =>
    toRecord(
      o,
      trainings.filter((t) => t.officerId === o.id),
      accounts.filter((a) => a.officerId === o.id).map((a) => a.username),
    ),
  );
}

async function loadRecord(m: EntityManager, id: number): Promise<OfficerRecord> {
  const [r] = await loadRecords(m, [id]);
  if (!r) throw new AppError('NOT_FOUND', '未找到该执法人员');
  return r;
}

export function listOfficerRecords(db: Database): Promise<OfficerRecord[]> {
  return db.read((m) => loadRecords(m));
}

/** What an audit entry keeps of a record: the accounts are another record's business. */
function audited(r: OfficerRecord): Omit<OfficerRecord, 'accounts'> {
  const { accounts: _accounts, ...rest } = r;
  return rest;
}

function label(r: { name: string; certNo: string }): string {
  return `${r.name}（执法证号${r.certNo}）`;
}

async function certNoHolder(m: EntityManager, certNo: string): Promise<OfficerRow | null> {
  // The registry's numbers are digits and letters; a lower-case copy of an upper-case one is the same certificate.
  const rows = (await m.query('SELECT id FROM officer WHERE lower(cert_no) = lower(?)', [certNo])) as { id: number }[];
  return rows.length ? m.findOneBy(OfficerRow, { id: rows[0].id }) : null;
}

function validityIssue(from: string, to: string, path = 'certValidTo'): void {
  if (from > to) {
    throw new AppError('VALIDATION_FAILED', '证件有效期止不能早于有效期起', [{ path, message: '证件有效期止不能早于有效期起' }]);
  }
}

function inCategoryOrder(list: readonly Category[]): Category[] {
  return CATEGORY_CODES.filter((c) => list.includes(c));
}

function rowValues(input: { name: string; unit: string; certNo: string; certIssuer: string; certValidFrom: string; certValidTo: string; categories: readonly Category[]; status: OfficerRow['status']; provincialId: string | null }) {
  return {
    name: input.name,
    unit: input.unit,
    certNo: input.certNo,
    certIssuer: input.certIssuer,
    certValidFrom: input.certValidFrom,
    certValidTo: input.certValidTo,
    // Stored in the workstation's order of categories, so that the same set always reads the same.
    categories: JSON.stringify(inCategoryOrder(input.categories)),
    status: input.status,
    // The pickers and older queries read `active`: on duty and nothing else.
    active: input.status === 'on_duty',
    provincialId: input.provincialId && input.provincialId.trim() ? input.provincialId.trim() : null,
  };
}

async function replaceTrainings(m: EntityManager, officerId: number, trainings: readonly Training[]): Promise<void> {
  await m.delete(OfficerTrainingRow, { officerId });
  if (trainings.length) {
    await m.insert(OfficerTrainingRow, trainings.map((t) => ({ officerId, course: t.course, hours: t.hours, onDate: t.on })));
  }
}

/** Adds an officer (no `id`) or changes one at the version the admin saw. */
export async function saveOfficer(db: Database, actor: Actor, clock: Clock, input: SaveInput): Promise<OfficerRecord> {
  validityIssue(input.certValidFrom, input.certValidTo);
  return db.write(async (m) => {
    const now = clock.now();
    const holder = await certNoHolder(m, input.certNo);
    if (holder && holder.id !== input.id) {
      throw new AppError('OFFICER_CERT_NO_TAKEN', `执法证号${input.certNo}已登记在执法人员${holder.name}名下`, [
        { path: 'certNo', message: `该执法证号已登记在${holder.name}名下` },
      ]);
    }
    if (input.id === undefined) {
      const inserted = await m.insert(OfficerRow, { ...rowValues(input), version: 1, updatedAt: now });
      const id = Number(inserted.identifiers[0].id);
      await replaceTrainings(m, id, input.trainings);
      const after = await loadRecord(m, id);
      await appendAudit(m, { actor, at: now, action: 'officer.create', entity: 'officer', entityId: id, after: audited(after), note: `新增执法人员 ${label(after)}` });
      return after;
    }
    const current = await m.findOneBy(OfficerRow, { id: input.id });
    if (!current) throw new AppError('NOT_FOUND', '未找到该执法人员');
    if (input.version === undefined || input.version !== current.version) throw new AppError('CONFLICT', '该执法人员的记录已被他人修改，请刷新后重试');
    const before = await loadRecord(m, input.id);
    const changed = await m.update(OfficerRow, { id: input.id, version: current.version }, { ...rowValues(input), version: current.version + 1, updatedAt: now });
    if (!changed.affected) throw new AppError('CONFLICT', '该执法人员的记录已被他人修改，请刷新后重试');
    await replaceTrainings(m, input.id, input.trainings);
    const after = await loadRecord(m, input.id);
    await appendAudit(m, {
      actor, at: now, action: 'officer.update', entity: 'officer', entityId: input.id, before: audited(before), after: audited(after), note: `修改执法人员 ${label(after)}`,
    });
    return after;
  });
}

// --- Roster file ----------------------------------------------------------------------------------

export async function exportRoster(db: Database, clock: Clock): Promise<{ fileName: string; content: string; rows: number }> {
  const records = await listOfficerRecords(db);
  return { fileName: `执法人员花名册-${clock.now().slice(0, 10)}.csv`, content: rosterToCsv(records), rows: records.length };
}

/** The roster fields of a record, to tell an unchanged row from a changed one. */
function rosterFields(r: OfficerRecord | RosterEntry): RosterEntry {
  return {
    name: r.name, unit: r.unit, certNo: r.certNo, certIssuer: r.certIssuer, certValidFrom: r.certValidFrom ?? '', certValidTo: r.certValidTo ?? '',
    categories: inCategoryOrder(r.categories), status: r.status, provincialId: r.provincialId ?? null,
  };
}

/**
 * Imports a roster file keyed by 执法证号: a number the workstation knows updates that officer (their
 * training records stay), a new one adds an officer. All or nothing, like the 案由目录's import: any
 * problem anywhere changes nothing and every problem is listed.
 */
export async function importRoster(
  db: Database,
  actor: Actor,
  clock: Clock,
  input: { content: string; dryRun: boolean },
): Promise<RosterImportResult> {
  const read = readRoster(input.content);
  if (read.kind === 'invalid') {
    throw new AppError('ROSTER_IMPORT_INVALID', `执法人员花名册有误，未作任何更改：${read.message}`, [{ path: 'content', message: read.message }]);
  }
  const none = { dryRun: input.dryRun, added: 0, updated: 0, unchanged: 0 };
  if (read.kind === 'problems') return { ...none, problems: read.problems };

  const apply = async (m: EntityManager): Promise<RosterImportResult> => {
    const existing = await loadRecords(m);
    const byCertNo = new Map(existing.map((r) => [r.certNo.toLowerCase(), r]));
    const added: RosterEntry[] = [];
    const updated: { before: OfficerRecord; after: RosterEntry }[] = [];
    let unchanged = 0;
    for (const { entry } of read.entries) {
      const current = byCertNo.get(entry.certNo.toLowerCase());
      if (!current) added.push(entry);
      else if (canonicalJson(rosterFields(current)) === canonicalJson(rosterFields(entry))) unchanged++;
      // The number as the workstation holds it stays: the file matched it regardless of case.
      else updated.push({ before: current, after: { ...entry, certNo: current.certNo } });
    }
    const result = { dryRun: input.dryRun, added: added.length, updated: updated.length, unchanged, problems: [] };
    if (input.dryRun) return result;

    const at = clock.now();
    for (const e of added) {
      const inserted = await m.insert(OfficerRow, { ...rowValues(e), version: 1, updatedAt: at });
      const id = Number(inserted.identifiers[0].id);
      const after = await loadRecord(m, id);
      await appendAudit(m, { actor, at, action: 'officer.import', entity: 'officer', entityId: id, after: audited(after), note: `导入执法人员花名册：新增 ${label(after)}` });
    }
    for (const u of updated) {
      await m.update(OfficerRow, { id: u.before.id }, { ...rowValues(u.after), version: u.before.version + 1, updatedAt: at });
      const after = await loadRecord(m, u.before.id);
      await appendAudit(m, {
        actor, at, action: 'officer.import', entity: 'officer', entityId: u.before.id, before: audited(u.before), after: audited(after),
        note: `导入执法人员花名册：更新 ${label(after)}`,
      });
    }
    return result;
  };
  return input.dryRun ? db.read(apply) : db.write(apply);
}

// --- Warnings ---------------------------------------------------------------------------------------

const CLOSED_STAGES = `('closed', 'archived', 'revoked', 'transferred_out')`;
/** Case numbers listed per warning; the message gives the full count. */
const LISTED_CASES = 20;

type WarningProblem = CertificateWarning['problem'];

function warningProblem(p: QualificationProblem): WarningProblem {
  // A certificate not yet in force, or no number at all, leaves the officer without a validity covering today.
  if (p === 'not_yet_valid' || p === 'no_cert') return 'no_validity';
  return p;
}

/**
 * The open cases the caller may see: a clerk's own (registered by them or naming their officer), the
 * reviewer's in 法制审核, all for the head and, for counting only, the admin. None for the archivist,
 * whose cases are closed ones.
 */
function visibleOpenCases(session: Session): { sql: string; args: unknown[] } | null {
  switch (session.role) {
    case 'head':
    case 'admin':
      return { sql: '', args: [] };
    case 'clerk':
      return {
        sql: ' AND (c.created_by = ? OR EXISTS (SELECT 1 FROM case_officer x WHERE x.case_id = c.id AND x.officer_id = ?))',
        args: [session.accountId, session.officerId ?? -1],
      };
    case 'reviewer':
      return { sql: " AND c.stage = 'legal_review'", args: [] };
    default:
      return null;
  }
}

interface OpenCases {
  listed: { id: number; caseNumber: string }[];
  total: number;
}

/** The officer's open cases the caller may see, optionally only those outside the given categories; by the officer's index. */
async function openCasesOf(m: EntityManager, officerId: number, visible: { sql: string; args: unknown[] }, outside?: readonly string[]): Promise<OpenCases> {
  const cat = outside ? ` AND c.category NOT IN (${outside.map(() => '?').join(',') || "''"})` : '';
  const from = `FROM case_officer co JOIN enforcement_case c ON c.id = co.case_id
     WHERE co.officer_id = ? AND c.stage NOT IN ${CLOSED_STAGES}${visible.sql}${cat}`;
  const args = [officerId, ...visible.args, ...(outside ?? [])];
  const listed = (await m.query(`SELECT c.id, c.case_number AS caseNumber ${from} ORDER BY c.registered_at, c.id LIMIT ${LISTED_CASES}`, args)) as OpenCases['listed'];
  if (listed.length < LISTED_CASES) return { listed, total: listed.length };
  const [{ n }] = (await m.query(`SELECT count(*) AS n ${from}`, args)) as { n: number }[];
  return { listed, total: n };
}

function dateZh(d: string): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/**
 * Certificate problems of officers on open cases (a certificate that expired, or an officer suspended
 * or transferred, while the case is open), limited to the cases the caller may see; the admin, who
 * sees no case, is told which officers and how many open cases. For the admin and the head also the
 * certificates expiring within the office's window and the on-duty officers with no recorded validity.
 */
export async function certificateWarnings(db: Database, session: Session, clock: Clock): Promise<CertificateWarning[]> {
  const today = clock.now().slice(0, 10);
  return db.read((m) => warningsIn(m, session, today));
}

/**
 * The warnings as of `today`. `lapsesOnly` leaves out the expiring certificates and missing validities
 * (the dashboard's view). Costs one indexed query per officer who has a problem, whatever the number of cases.
 */
export async function warningsIn(m: EntityManager, session: Session, today: string, opts: { lapsesOnly?: boolean } = {}): Promise<CertificateWarning[]> {
  const admin = session.role === 'admin';
  const visible = visibleOpenCases(session);
  const officers = await m.find(OfficerRow, { order: { id: 'ASC' } });
  const out: CertificateWarning[] = [];
  const listed = new Set<number>();
  const warn = (o: OfficerRow, problem: WarningProblem, cases: OpenCases, message: string) => {
    listed.add(o.id);
    out.push({ officerId: o.id, officerName: o.name, certNo: o.certNo, problem, certValidTo: o.certValidTo, cases: admin ? [] : cases.listed, message });
  };
  const onCases = (cases: OpenCases) => {
    if (admin) return `，仍是${cases.total}件未结案件的承办人员`;
    const more = cases.total > cases.listed.length ? `等${cases.total}件` : '';
    return `，仍承办未结案件${cases.listed.map((c) => c.caseNumber).join('、')}${more}`;
  };

  if (visible) {
    for (const o of officers) {
      const cred = credentialsOf(o);
      const q = officerQualification(cred, null, today);
      if (!q.qualified) {
        const cases = await openCasesOf(m, o.id, visible);
        const consequence =
          q.problem === 'no_validity' ? '，请在执法队伍中补录证件有效期' : '，这些案件的后续执法行为须由具备资格的执法人员进行（行政处罚法 第四十二条）';
        if (cases.total) warn(o, warningProblem(q.problem), cases, `${q.message}${onCases(cases)}${consequence}`);
        continue;
      }
      if (cred.categories.length >= CATEGORY_CODES.length) continue;
      // Categories taken off the certificate while a case of that category is open.
      const cases = await openCasesOf(m, o.id, visible, cred.categories);
      if (cases.total) {
        warn(o, 'category', cases, `执法人员${o.name}（执法证号${o.certNo}）的执法证已不含这些案件的执法门类${onCases(cases)}（行政处罚法 第四十二条）`);
      }
    }
  }
  if (opts.lapsesOnly || (session.role !== 'admin' && session.role !== 'head')) return out;

  const { certificateWarningDays } = await getAccessSettings(m);
  const until = plusDays(today, certificateWarningDays);
  const none: OpenCases = { listed: [], total: 0 };
  for (const o of officers) {
    if (o.status !== 'on_duty' || listed.has(o.id)) continue;
    if (!o.certValidFrom || !o.certValidTo) {
      warn(o, 'no_validity', none, `执法人员${o.name}（执法证号${o.certNo}）的执法证未登记有效期，补录前不能指派办理案件`);
    } else if (o.certValidTo >= today && o.certValidTo <= until) {
      const left = Math.round((Date.parse(`${o.certValidTo}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
      const cases = visible ? await openCasesOf(m, o.id, visible) : none;
      warn(o, 'expiring', cases, `执法人员${o.name}（执法证号${o.certNo}）的执法证将于${dateZh(o.certValidTo)}到期（还有${left}天），请及时办理换证`);
    }
  }
  return out;
}
