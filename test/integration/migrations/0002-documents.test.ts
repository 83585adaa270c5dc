import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { findResourcesDir } from '../../../main/backend';
import { fixedClock } from '../../../main/services/clock';
import { seedDemoOffice } from '../../../main/services/seed';
import { startTestBackend, tempDir, validCaseInput } from '../../support/backend';

describe('migration 0002 (documents and office settings)', () => {
  it('migrates a populated schema-1 database, keeping every case', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'workstation.sqlite');
    // Populate at schema 1 through the real services, then let the app migrate on its next open.
    const v1 = await openDatabase(file, { upTo: 1 });
    assert.equal(v1.raw().pragma('user_version', { simple: true }), 1);
    await seedDemoOffice(v1, { resourcesDir: findResourcesDir(), clock: fixedClock('2026-11-24T10:00:00'), sampleCases: 5 });
    const numbers = (v1.raw().prepare('SELECT case_number AS c FROM enforcement_case ORDER BY id').all() as { c: string }[]).map((r) => r.c);
    await v1.close();

    const db = await openDatabase(file);
    const raw = db.raw();
    assert.equal(raw.pragma('user_version', { simple: true }), 2);
    assert.deepEqual((raw.prepare('SELECT case_number AS c FROM enforcement_case ORDER BY id').all() as { c: string }[]).map((r) => r.c), numbers);
    assert.equal(numbers.length, 5);
    assert.equal((raw.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n, 0);
    assert.deepEqual(raw.pragma('foreign_key_check'), []);
    await db.close();
  });

  it('refuses to change or delete an issued document, but lets it be marked superseded', async () => {
    const tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    const clerk = await tb.as('clerk');
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    const raw = tb.backend.db.raw();
    const insert = raw.prepare(
      `INSERT INTO document (case_id, form_id, template_version, status, data, pdf_sha256, created_by, created_at, updated_at)
       VALUES (?, 2, '1', ?, '{}', ?, 1, 't', 't')`,
    );
    const draft = Number(insert.run(c.id, 'draft', null).lastInsertRowid);
    raw.prepare(`UPDATE document SET data = '{"a":1}' WHERE id = ?`).run(draft);
    const issued = Number(insert.run(c.id, 'issued', 'a'.repeat(64)).lastInsertRowid);
    assert.throws(() => raw.prepare(`UPDATE document SET data = '{"a":2}' WHERE id = ?`).run(issued), /DOCUMENT_IMMUTABLE/);
    assert.throws(() => raw.prepare('DELETE FROM document WHERE id = ?').run(issued), /DOCUMENT_IMMUTABLE/);
    assert.throws(() => raw.prepare("UPDATE document SET status = 'superseded', data = 'x' WHERE id = ?").run(issued), /DOCUMENT_IMMUTABLE/);
    raw.prepare("UPDATE document SET status = 'superseded' WHERE id = ?").run(issued);
    assert.throws(() => raw.prepare("UPDATE document SET status = 'issued' WHERE id = ?").run(issued), /DOCUMENT_IMMUTABLE/);
    assert.throws(() => insert.run(c.id, 'draft', 'b'.repeat(64)), /CHECK/);
    await tb.close();
  });
});
