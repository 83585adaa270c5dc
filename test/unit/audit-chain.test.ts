import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../db/open';
import { appendAudit } from '../../main/services/audit';
import { verifyAuditChain } from '../../main/services/audit-verify';
import { tempDir } from '../support/backend';

describe('audit chain', () => {
  it('links every entry to the previous one and detects an edit behind the app', async () => {
    const db = await openDatabase(path.join(tempDir(), 'a.sqlite'));
    for (let i = 0; i < 5; i++) {
      await db.write((m) => appendAudit(m, { actor: { id: 1, name: '李明' }, at: `2026-11-24T10:0${i}:00`, action: 'case.register', entity: 'case', entityId: i, after: { i } }));
    }
    assert.deepEqual(verifyAuditChain(db.raw()), { intact: true, entries: 5, brokenAt: null });
    db.raw().prepare("UPDATE audit_log SET actor_name = '王五' WHERE id = 3").run();
    assert.deepEqual(verifyAuditChain(db.raw()), { intact: false, entries: 3, brokenAt: 3 });
    await db.close();
  });

  it('detects a deleted entry', async () => {
    const db = await openDatabase(path.join(tempDir(), 'a.sqlite'));
    for (let i = 0; i < 4; i++) {
      await db.write((m) => appendAudit(m, { actor: { id: 1, name: '李明' }, at: '2026-11-24T10:00:00', action: 'x', entity: 'case', entityId: i }));
    }
    db.raw().prepare('DELETE FROM audit_log WHERE id = 2').run();
    assert.equal(verifyAuditChain(db.raw()).brokenAt, 3);
    await db.close();
  });
});
