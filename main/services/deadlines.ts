/**
 * Materialised deadlines: each case's deadlines are kept in `case_deadline`, so the dashboard is one
 * indexed range query however many cases the office holds. A case's rows are replaced whenever its
 * facts change (inside the same transaction as the change), and every live case is recomputed when
 * the calendar or the procedure settings change.
 */
import type { Database as RawDatabase, Statement } from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/open';
import { CASE_STAGE_CODES, type CaseStage, type Procedure } from '../contract/domain';
import { AppError } from '../contract/errors';
import { procedureState, type Deadline, type ProcedureState } from '../contract/procedure';
import { WorkCalendar } from '../procedure/calendar';
import { computeDeadlines, type Periods } from '../procedure/deadlines';
import { getProcedureSettings } from './procedure-settings';

/** Stages after which nothing is due any more (their met deadlines stay as history). */
const FINAL_STAGES: readonly CaseStage[] = ['closed', 'archived', 'revoked', 'transferred_out'];
const LIVE_STAGES = CASE_STAGE_CODES.filter((s) => !FINAL_STAGES.includes(s));

/** The same connection TypeORM runs the caller's transaction on (better-sqlite3 has exactly one). */
function rawOf(m: EntityManager): RawDatabase {
  return (m.connection.driver as unknown as { databaseConnection: RawDatabase }).databaseConnection;
}

let cachedCalendar: { key: string; calendar: WorkCalendar } | null = null;

/** The office's working-day calendar from `calendar_day`; rebuilt only when the marked days changed. */
export async function loadCalendar(m: EntityManager): Promise<WorkCalendar> {
  const rows = (await m.query('SELECT day, kind FROM calendar_day ORDER BY day')) as { day: string; kind: 'holiday' | 'workday' }[];
  const key = rows.map((r) => r.day + r.kind[0]).join('');
  if (cachedCalendar?.key !== key) cachedCalendar = { key, calendar: new WorkCalendar(rows) };
  return cachedCalendar.calendar;
}

async function loadPeriods(m: EntityManager): Promise<Periods> {
  return { settings: await getProcedureSettings(m), calendar: await loadCalendar(m) };
}

const EMPTY_STATE: ProcedureState = procedureState.parse({});

/**
 * Fills the nested fields later versions added to a stored state's objects (a shallow merge leaves them out):
 * - a measure without approval fields was taken under the rules before approval was recorded: it counts as
 *   approved on the day it was taken, not as an emergency one (the upgrade to schema 5 writes the same);
 * - a 调查终结 proposal without the limitation fields claims no 5-year period;
 * - a decision without `duty` ordered none;
 * - an on-the-spot decision without place, ground and receipt recorded none of them (not invented afterwards).
 * Returns the same object when nothing was missing, so reading current states costs nothing extra.
 */
export function fillNestedDefaults(s: ProcedureState): ProcedureState {
  let out = s;
  if (s.measures.some((m) => m.emergency === undefined || m.approvedOn === undefined)) {
    out = {
      ...out,
      measures: s.measures.map((m) => ({ ...m, emergency: m.emergency ?? false, approvedOn: m.approvedOn === undefined ? (m.emergency ? null : m.startedOn) : m.approvedOn })),
    };
  }
  if (s.proposal && (s.proposal.longLimitation === undefined || s.proposal.longLimitationReason === undefined)) {
    out = { ...out, proposal: { ...s.proposal, longLimitation: s.proposal.longLimitation ?? false, longLimitationReason: s.proposal.longLimitationReason ?? '' } };
  }
  if (s.decision && s.decision.duty === undefined) out = { ...out, decision: { ...s.decision, duty: '' } };
  if (s.onSpot && (s.onSpot.place === undefined || s.onSpot.collectionGround === undefined || s.onSpot.receiptNo === undefined)) {
    out = { ...out, onSpot: { ...s.onSpot, place: s.onSpot.place ?? '', collectionGround: s.onSpot.collectionGround ?? 'none', receiptNo: s.onSpot.receiptNo ?? '' } };
  }
  return out;
}

/**
 * The stored facts over the empty state. The procedure service writes the state through its schema, so
 * a shallow merge is enough (it fills a case registered before the procedure existed, stored as '{}')
 * and costs far less than re-validating 100k states on every calendar change. Nested fields of a state
 * stored before they existed are filled by `fillNestedDefaults`.
 */
export function readProcedureState(json: string): ProcedureState {
  return fillNestedDefaults({ ...EMPTY_STATE, ...(JSON.parse(json) as Partial<ProcedureState>) });
}

interface CaseFacts {
  id: number;
  procedure: Procedure;
  registered_at: string;
  procedure_state: string;
  /** The case's stored deadlines in `deadlineKey` form, null when it has none. */
  stored: string | null;
}

type Row = Deadline & { seq: number };

/**
 * The case's facts with its stored deadlines folded into one string by SQLite, in the form `deadlineKey`
 * gives the computed ones: an unchanged case is one string comparison, with no per-case query. The rows
 * come in primary-key order (kind, seq) from the index the lookup uses; an explicit ORDER BY would add a
 * sort per case, and should the order ever differ the case is merely diffed row by row.
 */
const CASE_COLUMNS = `c.id, c.procedure, c.registered_at, c.procedure_state,
  (SELECT group_concat(concat_ws(' ', d.kind, d.seq, d.from_on, d.due_on, d.rule, d.status, ifnull(d.met_on, '-')), char(10))
     FROM case_deadline d WHERE d.case_id = c.id) AS stored`;

function deadlineKey(rows: readonly Row[]): string {
  return [...rows]
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.seq - b.seq))
    .map((d) => `${d.kind} ${d.seq} ${d.fromOn} ${d.dueOn} ${d.rule} ${d.status} ${d.metOn ?? '-'}`)
    .join('\n');
}

interface StoredDeadline {
  kind: string;
  seq: number;
  from_on: string;
  due_on: string;
  rule: string;
  status: 'open' | 'met';
  met_on: string | null;
}

interface Writer {
  caseById: Statement<[number], CaseFacts>;
  casesAfter: Statement<[number, number], CaseFacts>;
  liveCases: Statement<string[], CaseFacts>;
  existing: Statement<[number], StoredDeadline>;
  upsert: Statement<[number, string, number, string, string, string, string, string | null]>;
  remove: Statement<[number, string, number]>;
}

const writers = new WeakMap<RawDatabase, Writer>();

function writerFor(raw: RawDatabase): Writer {
  let w = writers.get(raw);
  if (!w) {
    w = {
      caseById: raw.prepare(`SELECT ${CASE_COLUMNS} FROM enforcement_case c WHERE c.id = ?`),
      casesAfter: raw.prepare(`SELECT ${CASE_COLUMNS} FROM enforcement_case c WHERE c.id > ? ORDER BY c.id LIMIT ?`),
      // Both sources are indexed: ix_case_stage for live stages, the partial ix_deadline_open for open deadlines.
      liveCases: raw.prepare(
        `WITH ids AS (
           SELECT id FROM enforcement_case WHERE stage IN (${LIVE_STAGES.map(() => '?').join(',')})
           UNION SELECT case_id FROM case_deadline WHERE status = 'open')
         SELECT ${CASE_COLUMNS} FROM ids JOIN enforcement_case c ON c.id = ids.id`,
      ),
      existing: raw.prepare('SELECT kind, seq, from_on, due_on, rule, status, met_on FROM case_deadline WHERE case_id = ?'),
      upsert: raw.prepare(
        `INSERT INTO case_deadline (case_id, kind, seq, from_on, due_on, rule, status, met_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (case_id, kind, seq) DO UPDATE SET from_on = excluded.from_on, due_on = excluded.due_on, rule = excluded.rule,
           status = excluded.status, met_on = excluded.met_on`,
      ),
      remove: raw.prepare('DELETE FROM case_deadline WHERE case_id = ? AND kind = ? AND seq = ?'),
    };
    writers.set(raw, w);
  }
  return w;
}

/** Brings a case's rows in line with `rows`, writing only those that differ; true when any did. */
function writeChanges(w: Writer, caseId: number, rows: readonly Row[]): boolean {
  const stored = new Map(w.existing.all(caseId).map((r) => [`${r.kind}/${r.seq}`, r]));
  let changed = false;
  for (const d of rows) {
    const key = `${d.kind}/${d.seq}`;
    const old = stored.get(key);
    stored.delete(key);
    if (old && old.from_on === d.fromOn && old.due_on === d.dueOn && old.rule === d.rule && old.status === d.status && old.met_on === d.metOn) continue;
    w.upsert.run(caseId, d.kind, d.seq, d.fromOn, d.dueOn, d.rule, d.status, d.metOn);
    changed = true;
  }
  for (const old of stored.values()) {
    w.remove.run(caseId, old.kind, old.seq);
    changed = true;
  }
  return changed;
}

/** Recomputes one case and writes the rows that differ from the stored ones; true when any did. */
function syncCase(w: Writer, periods: Periods, c: CaseFacts): boolean {
  const rows = computeDeadlines(periods, { procedure: c.procedure, registeredOn: c.registered_at.slice(0, 10), state: readProcedureState(c.procedure_state) });
  if (deadlineKey(rows) === (c.stored ?? '')) return false;
  return writeChanges(w, c.id, rows);
}

/** Recomputes one case's deadlines from enforcement_case (procedure, registered_at, procedure_state) and replaces its case_deadline rows. Call inside the caller's transaction. */
export async function refreshCaseDeadlines(m: EntityManager, caseId: number, periods?: Periods): Promise<void> {
  const p = periods ?? (await loadPeriods(m));
  const w = writerFor(rawOf(m));
  const c = w.caseById.get(caseId);
  if (!c) throw new AppError('NOT_FOUND', '案件不存在');
  syncCase(w, p, c);
}

export interface RecomputeOptions {
  /**
   * Every case, including closed ones (first computation after an upgrade, benchmarks). By default only
   * cases that are still live or still have an open deadline: a closed case's deadlines are the record
   * of how it went and do not move when next year's holidays are entered.
   */
  allCases?: boolean;
}

const CHUNK = 2000;

/**
 * office_setting key a migration leaves when the rules that count deadlines changed (migration 5: the
 * on-the-spot court window); the backend then recounts every case before it serves.
 */
export const RECOUNT_MARKER = 'deadlines.recount';

/** Recounts every case's stored deadlines when a migration asked for it, in one transaction; the number changed, or null. */
export async function recountAfterMigration(db: Database): Promise<number | null> {
  return db.write(async (m) => {
    const marked = (await m.query('SELECT 1 FROM office_setting WHERE key = ?', [RECOUNT_MARKER])) as unknown[];
    if (!marked.length) return null;
    const changed = await recomputeAllDeadlines(m, { allCases: true });
    await m.query('DELETE FROM office_setting WHERE key = ?', [RECOUNT_MARKER]);
    return changed;
  });
}

/**
 * After a calendar or settings change: recompute every case that has open deadlines (or any non-terminal case) and
 * rewrite only rows that changed. Returns the number of cases whose deadlines changed. Runs on the caller's
 * transaction through prepared statements on the same connection.
 */
export async function recomputeAllDeadlines(m: EntityManager, opts: RecomputeOptions = {}): Promise<number> {
  const periods = await loadPeriods(m);
  const w = writerFor(rawOf(m));
  let changed = 0;
  // Statements cannot stay open (iterate) while writes run on the same connection: read a batch, then write.
  const apply = (cases: CaseFacts[]) => {
    for (const c of cases) if (syncCase(w, periods, c)) changed++;
  };

  if (opts.allCases) {
    for (let after = 0; ; ) {
      const cases = w.casesAfter.all(after, CHUNK);
      if (!cases.length) break;
      apply(cases);
      after = cases[cases.length - 1].id;
    }
    return changed;
  }

  // The live cases of even a large office number a few thousand: one read.
  apply(w.liveCases.all(...LIVE_STAGES));
  return changed;
}
