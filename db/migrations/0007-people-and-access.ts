import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 7: people and access.
 *
 * - Officers become managed records (执法队伍管理): the certificate's issuing body, validity dates
 *   and the 执法门类 it covers, a status (在岗 / 调离 / 暂停执法), the provincial registry's
 *   identifier, and training records. Today's officers keep their rows and ids, so every case keeps
 *   its officers: an active officer becomes 在岗, an inactive one 调离; their certificates are taken
 *   to cover every category and their dates are left blank for the admin to enter (an officer
 *   without a recorded validity cannot be newly assigned).
 * - Accounts gain what login needs: a one-time password to change, failed-login count and lockout,
 *   last login, a version for edits.
 * - Remembered sessions: only a hash of the token is kept here; the token lives in the OS keychain.
 * - The audit log gains key eras: entries from now on are hashed over length-prefixed fields and
 *   carry an HMAC keyed by a secret outside the database; older entries (era NULL) verify as before.
 * - The office gains its administrative division (行政区划代码).
 */
export class PeopleAndAccess0000000000007 implements MigrationInterface {
  name = 'PeopleAndAccess0000000000007';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE officer ADD COLUMN cert_issuer TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE officer ADD COLUMN cert_valid_from TEXT`,
      `ALTER TABLE officer ADD COLUMN cert_valid_to TEXT`,
      `ALTER TABLE officer ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE officer ADD COLUMN status TEXT NOT NULL DEFAULT 'on_duty' CHECK (status IN ('on_duty','transferred','suspended'))`,
      `ALTER TABLE officer ADD COLUMN provincial_id TEXT`,
      `ALTER TABLE officer ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
      `ALTER TABLE officer ADD COLUMN updated_at TEXT`,
      `UPDATE officer SET status = CASE WHEN active = 1 THEN 'on_duty' ELSE 'transferred' END,
         categories = '["highway","road_transport","waterway_transport","channel","port","maritime","quality_safety","comprehensive"]'`,
      `CREATE TABLE officer_training (
        id INTEGER PRIMARY KEY,
        officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
        course TEXT NOT NULL,
        hours REAL NOT NULL CHECK (hours > 0),
        on_date TEXT NOT NULL
      )`,
      `CREATE INDEX ix_officer_training_officer ON officer_training(officer_id, on_date)`,
      `ALTER TABLE account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE account ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE account ADD COLUMN last_failed_at TEXT`,
      `ALTER TABLE account ADD COLUMN locked_until TEXT`,
      `ALTER TABLE account ADD COLUMN last_login_at TEXT`,
      `ALTER TABLE account ADD COLUMN password_changed_at TEXT`,
      `ALTER TABLE account ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
      `CREATE TABLE remembered_session (
        token_hash TEXT PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      )`,
      `ALTER TABLE audit_log ADD COLUMN era INTEGER`,
      `ALTER TABLE audit_log ADD COLUMN mac TEXT`,
      `CREATE TABLE audit_key_era (
        era INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        first_entry_id INTEGER NOT NULL,
        key_id TEXT NOT NULL,
        store TEXT NOT NULL CHECK (store IN ('keychain','file'))
      )`,
      `ALTER TABLE office ADD COLUMN division TEXT NOT NULL DEFAULT ''`,
    ];
    for (const sql of statements) await q.query(sql);
    await q.query('PRAGMA user_version = 7');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS audit_key_era');
    await q.query('DROP TABLE IF EXISTS remembered_session');
    await q.query('DROP TABLE IF EXISTS officer_training');
    for (const col of ['era', 'mac']) await q.query(`ALTER TABLE audit_log DROP COLUMN ${col}`);
    for (const col of ['must_change_password', 'failed_logins', 'last_failed_at', 'locked_until', 'last_login_at', 'password_changed_at', 'version']) {
      await q.query(`ALTER TABLE account DROP COLUMN ${col}`);
    }
    for (const col of ['cert_issuer', 'cert_valid_from', 'cert_valid_to', 'categories', 'status', 'provincial_id', 'version', 'updated_at']) {
      await q.query(`ALTER TABLE officer DROP COLUMN ${col}`);
    }
    await q.query('ALTER TABLE office DROP COLUMN division');
    await q.query('PRAGMA user_version = 6');
  }
}
