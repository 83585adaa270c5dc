import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase, type Database } from '../../db/open';
import { AppError } from '../../main/contract/errors';
import { memoryKeychain } from '../../main/security/keychain';
import { appendAudit, entryHash, entryMac, GENESIS_HASH, hashOfEraFields, hashOfFields, registeredAuditKey } from '../../main/services/audit';
import { startAuditKeys } from '../../main/services/audit-key';
import { verifyAuditChain, type ChainVerdict } from '../../main/services/audit-verify';
import { fixedClock } from '../../main/services/clock';

async function freshDb(): Promise<Database> {
  return openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-audit-')), 'a.sqlite'));
}

/** The verdict of a chain with no key era, intact. */
const plainIntact = (entries: number): ChainVerdict => ({ intact: true, status: 'intact', entries, legacyEntries: entries, unchecked: 0, eras: [], brokenAt: null });

/** The triggers of schema 3 refuse edits; these tests play the one who removed them. */
function dropAppendOnlyTriggers(db: Database) {
  db.raw().exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

async function appendSome(db: Database, n: number) {
  for (let i = 1; i <= n; i++) {
    await db.write((m) =>
      appendAudit(m, { actor: { id: 1, name: '李明' }, at: `2026-11-24T10:0${i}:00`, action: 'case.register', entity: 'case', entityId: i, after: { i } }),
    );
  }
}

describe('audit chain', () => {
  it('links every entry to the previous one and finds an edited entry by its content', async () => {
    const db = await freshDb();
    await appendSome(db, 5);
    assert.deepEqual(verifyAuditChain(db.raw()), plainIntact(5));
    dropAppendOnlyTriggers(db);
    db.raw().prepare("UPDATE audit_log SET actor_name = '王五' WHERE id = 3").run();
    const v = verifyAuditChain(db.raw());
    assert.equal(v.intact, false);
    assert.equal(v.entries, 5, 'the whole log is counted, not only the entries before the break');
    assert.deepEqual(v.brokenAt, { id: 3, at: '2026-11-24T10:03:00', actorName: '王五', action: 'case.register', entity: 'case', entityId: '3', problem: 'content', era: null });
    await db.close();
  });

  it('reports a deleted entry as missing at the entry after the gap', async () => {
    const db = await freshDb();
    await appendSome(db, 4);
    dropAppendOnlyTriggers(db);
    db.raw().prepare('DELETE FROM audit_log WHERE id = 2').run();
    const v = verifyAuditChain(db.raw());
    assert.equal(v.brokenAt?.id, 3);
    assert.equal(v.brokenAt?.problem, 'missing');
    await db.close();
  });

  it('reports a re-chained entry as a broken link at the entry after it', async () => {
    const db = await freshDb();
    await appendSome(db, 4);
    dropAppendOnlyTriggers(db);
    const raw = db.raw();
    const row = raw.prepare('SELECT * FROM audit_log WHERE id = 2').get() as Record<string, string | number | null>;
    const edited = {
      at: String(row.at), actorId: row.actor_id as number | null, actorName: String(row.actor_name), action: String(row.action), entity: String(row.entity),
      entityId: String(row.entity_id), beforeHash: row.before_hash as string | null, afterHash: row.after_hash as string | null, detail: '改过的说明',
      changes: String(row.changes), prevHash: String(row.prev_hash),
    };
    raw.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE id = 2').run(edited.detail, entryHash(edited));
    const v = verifyAuditChain(raw);
    assert.equal(v.brokenAt?.id, 3);
    assert.equal(v.brokenAt?.problem, 'link');
    await db.close();
  });

  it('verifies an entry written before schema 3 (no changes) with the hash it was written with', async () => {
    const db = await freshDb();
    // The schema-2 formula, written out: the ten fields joined by the unit separator.
    const fields = [GENESIS_HASH, '2025-03-01T09:00:00', 7, '王芳（clerk）', 'case.register', 'case', '12', null, 'ab'.repeat(32), '立案 东交执〔2025〕1号'];
    const legacyHash = createHash('sha256').update(fields.map((f) => f ?? '').join('\u001f')).digest('hex');
    db.raw()
      .prepare(`INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], fields[8], fields[9], fields[0], legacyHash);
    assert.equal((db.raw().prepare('SELECT changes FROM audit_log').pluck().get() as string), '');
    assert.equal(
      entryHash({ prevHash: GENESIS_HASH, at: '2025-03-01T09:00:00', actorId: 7, actorName: '王芳（clerk）', action: 'case.register', entity: 'case', entityId: '12', beforeHash: null, afterHash: 'ab'.repeat(32), detail: '立案 东交执〔2025〕1号', changes: '' }),
      legacyHash,
    );
    // A new entry chains on to the old one.
    await db.write((m) => appendAudit(m, { actor: { id: 7, name: '王芳（clerk）' }, at: '2026-11-24T10:00:00', action: 'document.save', entity: 'document', entityId: 1, before: { a: 1 }, after: { a: 2 } }));
    assert.deepEqual(verifyAuditChain(db.raw()), plainIntact(2));
    await db.close();
  });

  it('makes the hash depend on the changes text', () => {
    const base = { prevHash: GENESIS_HASH, at: '2026-11-24T10:00:00', actorId: 1, actorName: '李明', action: 'document.save', entity: 'document', entityId: '1', beforeHash: null, afterHash: null, detail: '' };
    const none = entryHash({ ...base, changes: '' });
    const one = entryHash({ ...base, changes: '[{"path":"a","before":1,"after":2}]' });
    const other = entryHash({ ...base, changes: '[{"path":"a","before":1,"after":3}]' });
    assert.notEqual(none, one);
    assert.notEqual(one, other);
  });

  it('finds an edit of the changes text of an entry', async () => {
    const db = await freshDb();
    await db.write((m) => appendAudit(m, { actor: { id: 1, name: '李明' }, at: '2026-11-24T10:00:00', action: 'document.save', entity: 'document', entityId: 1, before: { fine: 200 }, after: { fine: 2000 } }));
    await appendSome(db, 2);
    dropAppendOnlyTriggers(db);
    db.raw().prepare(`UPDATE audit_log SET changes = '[{"path":"fine","before":200,"after":200}]' WHERE id = 1`).run();
    const { brokenAt } = verifyAuditChain(db.raw());
    assert.deepEqual([brokenAt?.id, brokenAt?.problem], [1, 'content']);
    await db.close();
  });


  it('hashes an era entry over length-prefixed fields, so text shifted between neighbours changes the hash', () => {
    // In the older form the separator inside a name can stand in for a field boundary.
    const legacyA = hashOfFields(GENESIS_HASH, '2026-11-24T10:00:00', 1, '李明\u001fcase.register', 'case', 'x', '1', null, null, '', '');
    const legacyB = hashOfFields(GENESIS_HASH, '2026-11-24T10:00:00', 1, '李明', 'case.register\u001fcase', 'x', '1', null, null, '', '');
    assert.equal(legacyA, legacyB, 'the weakness the era format removes');
    const eraA = hashOfEraFields(1, GENESIS_HASH, '2026-11-24T10:00:00', 1, '李明\u001fcase.register', 'case', 'x', '1', null, null, '', '');
    const eraB = hashOfEraFields(1, GENESIS_HASH, '2026-11-24T10:00:00', 1, '李明', 'case.register\u001fcase', 'x', '1', null, null, '', '');
    assert.notEqual(eraA, eraB);
    // NULL and '' differ too, and the era is part of what is hashed.
    assert.notEqual(hashOfEraFields(1, GENESIS_HASH, 'a', null, 'n', 'a', 'e', '1', null, null, '', ''), hashOfEraFields(1, GENESIS_HASH, 'a', '', 'n', 'a', 'e', '1', null, null, '', ''));
    assert.notEqual(hashOfEraFields(1, GENESIS_HASH, 'a', 1, 'n', 'a', 'e', '1', null, null, '', ''), hashOfEraFields(2, GENESIS_HASH, 'a', 1, 'n', 'a', 'e', '1', null, null, '', ''));
  });

  it('signs entries of a key era with an HMAC of their hash, and finds a bad MAC at its entry', async () => {
    const db = await freshDb();
    await appendSome(db, 2);
    const keychain = memoryKeychain();
    const state = await startAuditKeys(db, { keychain, keyDir: path.join(os.tmpdir(), 'zhifa-unused-keys') }, fixedClock('2026-11-24T09:00:00'));
    assert.deepEqual(state, { era: 1, store: 'keychain', started: true });
    await appendSome(db, 3);
    const key = registeredAuditKey(db.dataSource)!.key;
    const rows = db.raw().prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, string | number | null>[];
    assert.deepEqual(rows.map((r) => r.era), [null, null, 1, 1, 1]);
    for (const r of rows.slice(2)) {
      const hash = entryHash({
        era: r.era as number, prevHash: String(r.prev_hash), at: String(r.at), actorId: r.actor_id as number, actorName: String(r.actor_name), action: String(r.action),
        entity: String(r.entity), entityId: String(r.entity_id), beforeHash: r.before_hash as string | null, afterHash: r.after_hash as string | null, detail: String(r.detail), changes: String(r.changes),
      });
      assert.equal(r.hash, hash);
      assert.equal(r.mac, entryMac(key, hash));
    }
    const keys = new Map([[1, { key }]]);
    const v = verifyAuditChain(db.raw(), keys);
    assert.deepEqual([v.status, v.entries, v.legacyEntries, v.unchecked], ['intact', 5, 2, 0]);
    assert.deepEqual(v.eras.map((e) => [e.era, e.firstId, e.lastId, e.entries, e.store, e.keyAvailable]), [[1, 3, 5, 3, 'keychain', true]]);
    // Without the key the hashes and links still check, but nothing is called intact.
    const blind = verifyAuditChain(db.raw());
    assert.deepEqual([blind.intact, blind.status, blind.unchecked, blind.brokenAt], [false, 'unchecked', 3, null]);
    dropAppendOnlyTriggers(db);
    db.raw().prepare("UPDATE audit_log SET mac = ? WHERE id = 4").run('00'.repeat(32));
    assert.deepEqual([verifyAuditChain(db.raw(), keys).brokenAt?.id, verifyAuditChain(db.raw(), keys).brokenAt?.problem, verifyAuditChain(db.raw(), keys).brokenAt?.era], [4, 'mac', 1]);
    await db.close();
  });

  it('reports an unsigned entry inside a key era as a break', async () => {
    const db = await freshDb();
    await startAuditKeys(db, { keychain: memoryKeychain(), keyDir: path.join(os.tmpdir(), 'zhifa-unused-keys') }, fixedClock('2026-11-24T09:00:00'));
    await appendSome(db, 3);
    const key = registeredAuditKey(db.dataSource)!.key;
    dropAppendOnlyTriggers(db);
    // Rewritten as an entry of the older form, which needs no key: a downgrade, not a legacy entry.
    const r = db.raw().prepare('SELECT * FROM audit_log WHERE id = 3').get() as Record<string, string | number | null>;
    const plain = hashOfFields(String(r.prev_hash), String(r.at), r.actor_id, String(r.actor_name), String(r.action), String(r.entity), String(r.entity_id), r.before_hash as string | null, r.after_hash as string | null, String(r.detail), String(r.changes));
    db.raw().prepare('UPDATE audit_log SET era = NULL, mac = NULL, hash = ? WHERE id = 3').run(plain);
    const v = verifyAuditChain(db.raw(), new Map([[1, { key }]]));
    assert.deepEqual([v.brokenAt?.id, v.brokenAt?.problem, v.brokenAt?.era], [3, 'unsigned', 1]);
    await db.close();
  });

  it('refuses to write, and rolls the write back, when the database has a key era but no key is registered', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-audit-'));
    const file = path.join(dir, 'a.sqlite');
    const first = await openDatabase(file);
    await startAuditKeys(first, { keychain: memoryKeychain(), keyDir: path.join(dir, 'keys') }, fixedClock('2026-11-24T09:00:00'));
    await first.close();
    const db = await openDatabase(file);
    await assert.rejects(
      db.write(async (m) => {
        await m.query("INSERT INTO office_setting (key, value, updated_at) VALUES ('probe', 'x', '')");
        await appendAudit(m, { actor: { id: 1, name: '李明' }, at: '2026-11-24T10:00:00', action: 'case.register', entity: 'case', entityId: 1 });
      }),
      (e: unknown) => e instanceof AppError && e.code === 'AUDIT_KEY_UNAVAILABLE',
    );
    assert.equal(db.raw().prepare("SELECT count(*) FROM office_setting WHERE key = 'probe'").pluck().get(), 0, 'the business write went with it');
    assert.equal(db.raw().prepare('SELECT count(*) FROM audit_log').pluck().get(), 0);
    await db.close();
  });
});
