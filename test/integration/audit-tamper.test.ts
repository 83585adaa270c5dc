/**
 * Tampering with the 执法全过程记录 behind the app's back: the database file is opened with
 * better-sqlite3 while the app is closed, edited, and then checked both through the API and with
 * the audit-verify command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { AuditVerdict } from '../../main/contract/audit';
import { SCHEMA_VERSION } from '../../db/migrations';
import { entryHash } from '../../main/services/audit';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, tempDir, validCaseInput } from '../support/backend';
import { act } from '../support/procedure';

const ROOT = path.resolve(__dirname, '..', '..');
const NOW = '2026-11-24T10:00:00';
const dbFile = (dataDir: string) => path.join(dataDir, 'workstation.sqlite');

interface AuditRaw {
  id: number; at: string; actor_id: number | null; actor_name: string; action: string; entity: string; entity_id: string;
  before_hash: string | null; after_hash: string | null; detail: string; changes: string; prev_hash: string; hash: string;
}

let original: string;
const made: string[] = [];

/** A copy of the closed app's data directory, to tamper with on its own. */
function copyOfData(): string {
  const dir = tempDir('zhifa-tamper-');
  made.push(dir);
  fs.copyFileSync(dbFile(original), dbFile(dir));
  return dir;
}

/** Opens the file as someone with a SQLite tool would, triggers removed so edits go through. */
function behindTheAppsBack(dataDir: string, fn: (db: BetterSqlite3.Database) => void) {
  const db = new BetterSqlite3(dbFile(dataDir));
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    fn(db);
  } finally {
    db.close();
  }
}

async function verifyThroughApi(dataDir: string): Promise<AuditVerdict> {
  const tb = await startTestBackend({ dataDir, clock: fixedClock(NOW) });
  try {
    const admin = await tb.as('admin');
    return await admin.call('audit.verify', {});
  } finally {
    await tb.close();
  }
}

function verifyCommand(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main', 'cli.ts'), 'audit-verify', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function entryCount(dataDir: string): number {
  const db = new BetterSqlite3(dbFile(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('tampering with the 执法全过程记录', () => {
  before(async () => {
    const tb = await startTestBackend({ clock: fixedClock(NOW) });
    original = tb.dataDir;
    made.push(original);
    const clerk = await tb.as('clerk');
    const head = await tb.as('head');
    const ids: number[] = [];
    for (const place of ['东州市G104国道收费站出口', '东州市S205省道检查站', '东州港客运码头']) {
      ids.push((await clerk.call('cases.create', await validCaseInput(clerk, { place }))).id);
    }
    await act(head, ids[0], { type: 'approve_registration', on: '2026-11-24' });
    await tb.close();
  });
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is refused by the database itself while the append-only triggers stand', () => {
    const db = new BetterSqlite3(dbFile(copyOfData()));
    try {
      assert.throws(() => db.prepare("UPDATE audit_log SET detail = '无' WHERE id = 2").run(), /AUDIT_APPEND_ONLY/);
      assert.throws(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run(), /AUDIT_APPEND_ONLY/);
      assert.equal(db.prepare('SELECT count(*) FROM audit_log').pluck().get(), 4);
    } finally {
      db.close();
    }
  });

  it('finds an untouched log complete, through the API and the command, and the command exits 0', async () => {
    const dir = copyOfData();
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.intact, v.entries, v.brokenAt], [true, 4, null]);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /条目数：4/);
    assert.match(cli.stdout, /结论：完整/);
  });

  it('reports an edited detail as a content break at that entry (exit code 1)', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare("UPDATE audit_log SET detail = '立案 东交执罚〔2026〕99号' WHERE id = 2").run());
    const v = await verifyThroughApi(dir);
    assert.equal(v.intact, false);
    assert.equal(v.entries, 4);
    assert.deepEqual(v.brokenAt, { id: 2, at: NOW, actorName: '李明（clerk）', action: 'case.register', entity: 'case', entityId: '2', problem: 'content' });
    const cli = verifyCommand('--db', dbFile(dir));
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stdout, /第 2 条起被篡改/);
    assert.match(cli.stdout, /记录被修改/);
    assert.match(cli.stdout, /操作人 李明（clerk），操作 立案登记/);
  });

  it('reports an edit that recomputed the entry’s own hash as a broken link at the next entry', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => {
      const r = db.prepare('SELECT * FROM audit_log WHERE id = 2').get() as AuditRaw;
      const edited = { ...r, detail: '立案 东交执罚〔2026〕99号' };
      const hash = entryHash({
        prevHash: edited.prev_hash, at: edited.at, actorId: edited.actor_id, actorName: edited.actor_name, action: edited.action, entity: edited.entity,
        entityId: edited.entity_id, beforeHash: edited.before_hash, afterHash: edited.after_hash, detail: edited.detail, changes: edited.changes,
      });
      db.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE id = 2').run(edited.detail, hash);
    });
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem], [3, 'link']);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 1);
    assert.match(cli.stdout, /第 3 条起被篡改/);
  });

  it('reports a deleted entry in the middle as missing at the entry after it', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE id = 2').run());
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.intact, v.entries, v.brokenAt?.id, v.brokenAt?.problem], [false, 3, 3, 'missing']);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 1);
    assert.match(cli.stdout, /缺少记录/);
  });

  it('reports edited changes (what was recorded as changed) as a content break', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare("UPDATE audit_log SET changes = replace(changes, '东州港客运码头', '东州港货运码头') WHERE id = 3").run());
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem], [3, 'content']);
  });

  it('checks without changing the file: no entry added, schema untouched', async () => {
    const dir = copyOfData();
    const before = fs.readFileSync(dbFile(dir));
    assert.equal(verifyCommand('--data-dir', dir).status, 0);
    assert.equal(entryCount(dir), 4);
    assert.ok(fs.readFileSync(dbFile(dir)).equals(before), 'the database file is byte for byte the same');
  });

  it('refuses a database of a newer schema and a missing file with exit code 2, in Chinese', () => {
    const dir = copyOfData();
    const db = new BetterSqlite3(dbFile(dir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const newer = verifyCommand('--data-dir', dir);
    assert.equal(newer.status, 2);
    assert.match(newer.stderr, new RegExp(`结构版本 ${SCHEMA_VERSION + 1}.*只支持到版本 ${SCHEMA_VERSION}`));
    const missing = verifyCommand('--db', path.join(dir, 'nothing.sqlite'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /未找到数据库文件/);
    const misuse = verifyCommand('--db');
    assert.equal(misuse.status, 2);
    assert.match(misuse.stderr, /参数有误/);
  });
});
