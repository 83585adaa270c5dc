/**
 * Tampering with the 执法全过程记录 behind the app's back: the database file is opened with
 * better-sqlite3 while the app is closed, edited, and then checked both through the API and with
 * the audit-verify command. The workstation here has no keychain, so the era's key is in its 0600
 * file beside the data directory, where the command finds it as the app does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { AuditVerdict } from '../../main/contract/audit';
import { SCHEMA_VERSION } from '../../db/migrations';
import { unavailableKeychain } from '../../main/security/keychain';
import { entryHash } from '../../main/services/audit';
import { defaultKeyDir } from '../../main/services/audit-key';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, tempDir, validCaseInput } from '../support/backend';
import { act } from '../support/procedure';

const ROOT = path.resolve(__dirname, '..', '..');
const NOW = '2026-11-24T10:00:00';
const dbFile = (dataDir: string) => path.join(dataDir, 'workstation.sqlite');

interface AuditRaw {
  id: number; at: string; actor_id: number | null; actor_name: string; action: string; entity: string; entity_id: string;
  before_hash: string | null; after_hash: string | null; detail: string; changes: string; prev_hash: string; hash: string;
  era: number | null; mac: string | null;
}

const NO_KEYCHAIN = unavailableKeychain('测试机没有系统钥匙串');

/** The hash an attacker recomputes for an edited row: every field but the MAC is theirs to set. */
function rehash(r: AuditRaw): string {
  return entryHash({
    era: r.era, prevHash: r.prev_hash, at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action, entity: r.entity,
    entityId: r.entity_id, beforeHash: r.before_hash, afterHash: r.after_hash, detail: r.detail, changes: r.changes,
  });
}

let original: string;
/** Entries in the original log; the ids of its three 立案登记 entries (logins are audited too, so ids are looked up, not assumed). */
let total: number;
let reg: number[];
let firstCaseId: number;
const made: string[] = [];

/** A copy of the closed app's data directory, to tamper with on its own. */
function copyOfData(): string {
  const dir = tempDir('zhifa-tamper-');
  made.push(dir, defaultKeyDir(dir));
  fs.copyFileSync(dbFile(original), dbFile(dir));
  // The key directory goes along, as it would on a machine where both sit side by side.
  fs.mkdirSync(defaultKeyDir(dir), { mode: 0o700 });
  for (const f of fs.readdirSync(defaultKeyDir(original))) {
    fs.copyFileSync(path.join(defaultKeyDir(original), f), path.join(defaultKeyDir(dir), f));
    fs.chmodSync(path.join(defaultKeyDir(dir), f), 0o600);
  }
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
  const tb = await startTestBackend({ dataDir, clock: fixedClock(NOW), keychain: NO_KEYCHAIN });
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
    const tb = await startTestBackend({ clock: fixedClock(NOW), keychain: NO_KEYCHAIN });
    original = tb.dataDir;
    made.push(original, defaultKeyDir(original));
    const clerk = await tb.as('clerk');
    const head = await tb.as('head');
    const ids: number[] = [];
    for (const place of ['东州市G104国道收费站出口', '东州市S205省道检查站', '东州港客运码头']) {
      ids.push((await clerk.call('cases.create', await validCaseInput(clerk, { place }))).id);
    }
    await act(head, ids[0], { type: 'approve_registration', on: '2026-11-24' });
    await tb.close();
    total = entryCount(original);
    const db = new BetterSqlite3(dbFile(original), { readonly: true });
    reg = db.prepare("SELECT id FROM audit_log WHERE action = 'case.register' ORDER BY id").pluck().all() as number[];
    db.close();
    assert.equal(reg.length, 3);
    firstCaseId = ids[0];
  });
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is refused by the database itself while the append-only triggers stand', () => {
    const db = new BetterSqlite3(dbFile(copyOfData()));
    try {
      assert.throws(() => db.prepare("UPDATE audit_log SET detail = '无' WHERE id = ?").run(reg[0]), /AUDIT_APPEND_ONLY/);
      assert.throws(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(reg[0]), /AUDIT_APPEND_ONLY/);
      assert.equal(db.prepare('SELECT count(*) FROM audit_log').pluck().get(), total);
    } finally {
      db.close();
    }
  });

  it('finds an untouched log complete, through the API and the command, and the command exits 0', async () => {
    const dir = copyOfData();
    const v = await verifyThroughApi(dir);
    const n = entryCount(dir);
    assert.deepEqual([v.intact, v.status, v.entries, v.brokenAt], [true, 'intact', n, null]);
    assert.deepEqual(v.eras.map((e) => [e.era, e.firstId, e.lastId, e.store, e.keyAvailable]), [[1, 1, n, 'file', true]]);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, new RegExp(`条目数：${n}`));
    assert.match(cli.stdout, new RegExp(`第 1 密钥时期：第 1–${n} 条，共 ${n} 条，密钥保存于密钥文件，密钥可用`));
    assert.match(cli.stdout, /结论：完整/);
  });

  it('reports an edited detail as a content break at that entry (exit code 1)', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare("UPDATE audit_log SET detail = '立案 东交执罚〔2026〕99号' WHERE id = ?").run(reg[0]));
    const v = await verifyThroughApi(dir);
    assert.equal(v.intact, false);
    assert.equal(v.entries, entryCount(dir));
    assert.deepEqual(v.brokenAt, { id: reg[0], at: NOW, actorName: '李明（clerk）', action: 'case.register', entity: 'case', entityId: String(firstCaseId), problem: 'content', era: 1 });
    const cli = verifyCommand('--db', dbFile(dir));
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stdout, new RegExp(`第 ${reg[0]} 条起被篡改（属第 1 密钥时期，密钥保存于密钥文件）`));
    assert.match(cli.stdout, /记录被修改/);
    assert.match(cli.stdout, /操作人 李明（clerk），操作 立案登记/);
  });

  it('reports an edit that recomputed the entry’s own hash by its MAC, at the edited entry', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => {
      const r = db.prepare('SELECT * FROM audit_log WHERE id = ?').get(reg[0]) as AuditRaw;
      const edited = { ...r, detail: '立案 东交执罚〔2026〕99号' };
      db.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE id = ?').run(edited.detail, rehash(edited), reg[0]);
    });
    const v = await verifyThroughApi(dir);
    // Without the key the next entry's link would be the first sign; the MAC shows the edited entry itself.
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem], [reg[0], 'mac']);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 1);
    assert.match(cli.stdout, new RegExp(`第 ${reg[0]} 条起被篡改`));
  });

  it('a re-chained audit table is detected', async () => {
    const dir = copyOfData();
    // As one with the file but not the key would: edit entry 2, then recompute every later prev_hash and hash so the chain is consistent again.
    behindTheAppsBack(dir, (db) => {
      const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRaw[];
      const update = db.prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?');
      let prev = '';
      for (const r of rows.filter((x) => x.id >= reg[0])) {
        const edited = { ...r, prev_hash: r.id <= reg[0] ? r.prev_hash : prev, detail: r.id === reg[0] ? '立案 东交执罚〔2026〕99号' : r.detail };
        prev = rehash(edited);
        update.run(edited.detail, edited.prev_hash, prev, r.id);
      }
    });
    const v = await verifyThroughApi(dir);
    assert.equal(v.intact, false);
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem, v.brokenAt?.era], [reg[0], 'mac', 1]);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stdout, new RegExp(`第 ${reg[0]} 条起被篡改（属第 1 密钥时期，密钥保存于密钥文件）`));
    assert.match(cli.stdout, /密钥校验码不符（记录被修改后重新计算了记录链）/);
  });

  it('does not call a chain intact when its era’s key cannot be found, and says where it was looked for', () => {
    const dir = copyOfData();
    const cli = verifyCommand('--data-dir', dir, '--key-dir', path.join(dir, 'no-such-keys'));
    assert.equal(cli.status, 3, cli.stderr);
    assert.match(cli.stdout, new RegExp(`第 1 密钥时期：第 1–${total} 条，共 ${total} 条，密钥保存于密钥文件，密钥不可用（密钥文件不存在：.*no-such-keys`));
    assert.match(cli.stdout, new RegExp(`结论：未发现断点，但有 ${total} 条记录所属时期的密钥不可用，无法核验其密钥校验码，不能认定完整`));
  });

  it('reports a deleted entry in the middle as missing at the entry after it', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE id = ?').run(reg[0]));
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.intact, v.entries, v.brokenAt?.id, v.brokenAt?.problem], [false, entryCount(dir), reg[0] + 1, 'missing']);
    const cli = verifyCommand('--data-dir', dir);
    assert.equal(cli.status, 1);
    assert.match(cli.stdout, /缺少记录/);
  });

  it('reports edited changes (what was recorded as changed) as a content break', async () => {
    const dir = copyOfData();
    behindTheAppsBack(dir, (db) => db.prepare("UPDATE audit_log SET changes = replace(changes, '东州港客运码头', '东州港货运码头') WHERE id = ?").run(reg[2]));
    const v = await verifyThroughApi(dir);
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem], [reg[2], 'content']);
  });

  it('checks without changing the file: no entry added, schema untouched', async () => {
    const dir = copyOfData();
    const before = fs.readFileSync(dbFile(dir));
    assert.equal(verifyCommand('--data-dir', dir).status, 0);
    assert.equal(entryCount(dir), total);
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
