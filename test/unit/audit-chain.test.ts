import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase, type Database } from '../../db/open';
import { appendAudit, entryHash, GENESIS_HASH } from '../../main/services/audit';
import { verifyAuditChain } from '../../main/services/audit-verify';

async function freshDb(): Promise<Database> {
  return openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-audit-')), 'a.sqlite'));
}

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
    assert.deepEqual(verifyAuditChain(db.raw()), { intact: true, entries: 5, brokenAt: null });
    dropAppendOnlyTriggers(db);
    db.raw().prepare("UPDATE audit_log SET actor_name = '王五' WHERE id = 3").run();
    const v = verifyAuditChain(db.raw());
    assert.equal(v.intact, false);
    assert.equal(v.entries, 5, 'the whole log is counted, not only the entries before the break');
    assert.deepEqual(v.brokenAt, { id: 3, at: '2026-11-24T10:03:00', actorName: '王五', action: 'case.register', entity: 'case', entityId: '3', problem: 'content' });
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
    assert.deepEqual(verifyAuditChain(db.raw()), { intact: true, entries: 2, brokenAt: null });
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

});
