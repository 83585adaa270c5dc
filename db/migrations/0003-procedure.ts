import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 3: the legal procedure.
 *
 * - Each case keeps its procedural facts (`procedure_state`, JSON) and who it waits for
 *   (`awaiting`, which drives the review and approval queues); every act is a `case_event` row.
 * - Deadlines are materialised per case in `case_deadline`, so the dashboard is one indexed range
 *   query however many cases the office holds; they are recomputed when a case or the calendar changes.
 * - `calendar_day` holds the admin's holidays and 调休 working days on top of the weekday rule.
 *   It starts with the State Council's published schedules for 2025 and 2026 (国办发明电), which
 *   the admin checks and extends each year.
 * - The 案由 catalogue gains the statutory fine range and the 裁量基准 tiers.
 * - Audit entries gain `changes` (what changed, before/after, personal data masked); the log
 *   becomes append-only at the database level.
 */
export class Procedure0000000000003 implements MigrationInterface {
  name = 'Procedure0000000000003';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE enforcement_case ADD COLUMN procedure_state TEXT NOT NULL DEFAULT '{}'`,
      `ALTER TABLE enforcement_case ADD COLUMN awaiting TEXT CHECK (awaiting IN ('clerk','reviewer','head','archivist'))`,
      `ALTER TABLE enforcement_case ADD COLUMN awaiting_since TEXT`,
      `CREATE INDEX ix_case_awaiting ON enforcement_case(awaiting, awaiting_since) WHERE awaiting IS NOT NULL`,
      // Cases registered before this version wait for the head's approval of their 立案 (普通程序)
      // or for the clerk's on-the-spot decision (简易程序).
      `UPDATE enforcement_case SET awaiting = CASE procedure WHEN 'general' THEN 'head' ELSE 'clerk' END, awaiting_since = registered_at
        WHERE stage = 'registered'`,
      `CREATE TABLE case_event (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
        type TEXT NOT NULL,
        on_date TEXT NOT NULL,
        data TEXT NOT NULL,
        actor_id INTEGER,
        actor_name TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
      `CREATE INDEX ix_case_event_case ON case_event(case_id, id)`,
      `CREATE TABLE case_deadline (
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
        kind TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        from_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        rule TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','met')),
        met_on TEXT,
        PRIMARY KEY (case_id, kind, seq)
      )`,
      `CREATE INDEX ix_deadline_open ON case_deadline(due_on, case_id) WHERE status = 'open'`,
      `CREATE TABLE calendar_day (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
        name TEXT NOT NULL DEFAULT ''
      )`,
      `ALTER TABLE cause ADD COLUMN fine_min INTEGER`,
      `ALTER TABLE cause ADD COLUMN fine_max INTEGER`,
      `ALTER TABLE cause ADD COLUMN discretion TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE audit_log ADD COLUMN changes TEXT NOT NULL DEFAULT ''`,
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'AUDIT_APPEND_ONLY'); END`,
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'AUDIT_APPEND_ONLY'); END`,
    ];
    for (const sql of statements) await q.query(sql);
    for (const [day, kind, name] of PUBLISHED_CALENDAR) {
      await q.query('INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?)', [day, kind, name]);
    }
    await q.query('PRAGMA user_version = 3');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_delete');
    await q.query('DROP TRIGGER IF EXISTS audit_log_no_update');
    await q.query('ALTER TABLE audit_log DROP COLUMN changes');
    await q.query('ALTER TABLE cause DROP COLUMN discretion');
    await q.query('ALTER TABLE cause DROP COLUMN fine_max');
    await q.query('ALTER TABLE cause DROP COLUMN fine_min');
    await q.query('DROP TABLE IF EXISTS calendar_day');
    await q.query('DROP TABLE IF EXISTS case_deadline');
    await q.query('DROP TABLE IF EXISTS case_event');
    await q.query('DROP INDEX IF EXISTS ix_case_awaiting');
    await q.query('ALTER TABLE enforcement_case DROP COLUMN awaiting_since');
    await q.query('ALTER TABLE enforcement_case DROP COLUMN awaiting');
    await q.query('ALTER TABLE enforcement_case DROP COLUMN procedure_state');
    await q.query('PRAGMA user_version = 2');
  }
}

function range(from: string, to: string, name: string): [string, 'holiday', string][] {
  const out: [string, 'holiday', string][] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push([d.toISOString().slice(0, 10), 'holiday', name]);
  }
  return out;
}

/** 2025 and 2026 holidays and 调休 working days as the State Council published them. */
const PUBLISHED_CALENDAR: [string, 'holiday' | 'workday', string][] = [
  ...range('2025-01-01', '2025-01-01', '元旦'),
  ...range('2025-01-28', '2025-02-04', '春节'),
  ['2025-01-26', 'workday', '春节调休'],
  ['2025-02-08', 'workday', '春节调休'],
  ...range('2025-04-04', '2025-04-06', '清明节'),
  ...range('2025-05-01', '2025-05-05', '劳动节'),
  ['2025-04-27', 'workday', '劳动节调休'],
  ...range('2025-05-31', '2025-06-02', '端午节'),
  ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ['2025-09-28', 'workday', '国庆节调休'],
  ['2025-10-11', 'workday', '国庆节调休'],
  ...range('2026-01-01', '2026-01-03', '元旦'),
  ['2026-01-04', 'workday', '元旦调休'],
  ...range('2026-02-15', '2026-02-23', '春节'),
  ['2026-02-14', 'workday', '春节调休'],
  ['2026-02-28', 'workday', '春节调休'],
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  ['2026-05-09', 'workday', '劳动节调休'],
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  ['2026-09-20', 'workday', '国庆节调休'],
  ['2026-10-10', 'workday', '国庆节调休'],
];
