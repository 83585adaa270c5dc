import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../db/migrations';
import { openDatabase } from '../../../db/open';
import { AppError } from '../../../main/contract/errors';
import { fixedClock } from '../../../main/services/clock';
import { startTestBackend, tempDir, validCaseInput } from '../../support/backend';

describe('migration 0001 (initial schema)', () => {
  it('creates the schema on an empty file, in WAL mode with foreign keys on', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const db = await openDatabase(file, { upTo: 1 });
    const raw = db.raw();
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(raw.pragma('user_version', { simple: true }), 1);
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['office', 'officer', 'account', 'cause', 'enforcement_case', 'party', 'case_officer', 'conveyance', 'number_counter', 'number_ledger', 'audit_log', 'sync_outbox', 'case_search', 'case_search_bigram']) {
      assert.ok(tables.includes(t), `table ${t} exists`);
    }
    await db.close();
  });

  it('reopens a populated database without touching its data', async () => {
    const tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00'), demoCases: 10 });
    const clerk = await tb.as('clerk');
    const created = await clerk.call('cases.create', await validCaseInput(clerk));
    await tb.close();

    const again = await startTestBackend({ dataDir: tb.dataDir, clock: fixedClock('2026-11-25T10:00:00') });
    const c = await again.as('clerk');
    assert.equal((await c.call('cases.search', {})).total, 11);
    assert.equal((await c.call('cases.get', { id: created.id })).caseNumber, created.caseNumber);
    const migrations = (await again.backend.db.read((m) => m.query('SELECT name FROM schema_migrations'))) as { name: string }[];
    assert.deepEqual(migrations.map((r) => r.name), MIGRATIONS.map((m) => m.name), 'each migration ran once');
    await again.close();
  });

  it('enforces foreign keys: a party cannot point at a missing case', async () => {
    const db = await openDatabase(path.join(tempDir(), 'workstation.sqlite'));
    assert.throws(() =>
      db.raw().prepare("INSERT INTO party (case_id, ordinal, kind, name, address, phone) VALUES (999, 0, 'individual', 'x', 'y', 'z')").run(),
    /FOREIGN KEY/);
    await db.close();
  });

  it('refuses a database written by a newer version, with a clear message, and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    (await openDatabase(file)).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    await assert.rejects(openDatabase(file), (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'DB_SCHEMA_TOO_NEW');
      assert.match(e.message, /更新版本/);
      return true;
    });
    const check = new Database(file);
    assert.equal(check.pragma('user_version', { simple: true }), MIGRATIONS.length + 1);
    check.close();
  });

  it('refuses a file that is not a database instead of overwriting it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workstation.sqlite');
    (await import('node:fs')).writeFileSync(file, 'this is not sqlite '.repeat(100));
    await assert.rejects(openDatabase(file), (e: unknown) => e instanceof AppError && e.code === 'DB_OPEN_FAILED');
    assert.match((await import('node:fs')).readFileSync(file, 'utf8'), /^this is not sqlite/);
  });
});
