import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { fixedClock } from '../../../main/services/clock';
import { startTestBackend, tempDir, validCaseInput } from '../../support/backend';

describe('migration 0002 (documents and office settings)', () => {
  it('migrates a populated schema-1 database, keeping every case', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'workstation.sqlite');
    // Populate at schema 1 with rows as schema-1 code wrote them.
    const v1 = await openDatabase(file, { upTo: 1 });
    const raw1 = v1.raw();
    assert.equal(raw1.pragma('user_version', { simple: true }), 1);
    raw1.exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 1, '2026-01-01T08:00:00');
      INSERT INTO officer (id, name, cert_no, unit) VALUES (1, '李明', '14330100001', '支队'), (2, '王芳', '14330100002', '支队');
      INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (1, 'clerk', '李明', 'clerk', 'x', 1, 't');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c');
    `);
    const numbers: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const n = `东交执罚〔2026〕${i}号`;
      numbers.push(n);
      raw1.prepare(`INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 's', 2026, ?, 'highway', 1, 'general', 'registered', 'inspection',
        '2026-11-01T08:00', 'G104', '超限', '2026-11-02T08:00:00', 1, 't', 't')`).run(i, `uid-${i}`, n, i);
      raw1.prepare(`INSERT INTO party (case_id, ordinal, kind, name, address, phone) VALUES (?, 0, 'individual', '柯岚', '东州', '13800000000')`).run(i);
      raw1.prepare('INSERT INTO case_officer (case_id, officer_id, ordinal) VALUES (?, 1, 0), (?, 2, 1)').run(i, i);
    }
    await v1.close();

    const db = await openDatabase(file, { upTo: 2 });
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
