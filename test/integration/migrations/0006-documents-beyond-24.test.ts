import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { tempDir } from '../../support/backend';

describe('migration 0006 (documents beyond the 24 式样)', () => {
  it('rebuilds a populated document table for form 25, keeping every row, the immutability triggers and the foreign keys', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const old = await openDatabase(file, { upTo: 5 });
    old.raw().exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 1, '2026-01-01T08:00:00');
      INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (1, 'clerk', '李明', 'clerk', 'x', NULL, 't');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c');
      INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at)
        VALUES (1, 'u1', '东交执罚〔2026〕1号', 's', 2026, 1, 'highway', 1, 'general', 'registered', 'inspection', '2026-11-01T08:00', 'G104', '超限', '2026-11-02T08:00:00', 1, 't', 't');
      INSERT INTO document (id, case_id, form_id, template_version, version, supersedes_id, status, data, pdf_sha256, created_by, created_at, updated_at, issued_by, issued_at)
        VALUES (1, 1, 2, '2019.1', 1, NULL, 'superseded', '{"a":1}', 'aa', 1, 't', 't', 1, '2026-11-03T09:00:00'),
               (2, 1, 2, '2019.1', 2, 1, 'issued', '{"a":2}', 'bb', 1, 't', 't', 1, '2026-11-04T09:00:00'),
               (3, 1, 15, '2019.1', 1, NULL, 'draft', '{}', NULL, 1, 't', 't', NULL, NULL);
    `);
    assert.throws(() => old.raw().prepare(`INSERT INTO document (case_id, form_id, template_version, status, data, created_by, created_at, updated_at) VALUES (1, 25, 'x', 'draft', '{}', 1, 't', 't')`).run(), /CHECK/);
    await old.close();

    const db = await openDatabase(file, { upTo: 6 });
    const r = db.raw();
    assert.equal(r.pragma('user_version', { simple: true }), 6);
    assert.equal(r.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are on again after the rebuild');
    assert.deepEqual(
      r.prepare('SELECT id, form_id AS formId, version, supersedes_id AS supersedesId, status, data, pdf_sha256 AS sha FROM document ORDER BY id').all(),
      [
        { id: 1, formId: 2, version: 1, supersedesId: null, status: 'superseded', data: '{"a":1}', sha: 'aa' },
        { id: 2, formId: 2, version: 2, supersedesId: 1, status: 'issued', data: '{"a":2}', sha: 'bb' },
        { id: 3, formId: 15, version: 1, supersedesId: null, status: 'draft', data: '{}', sha: null },
      ],
    );
    const insert = r.prepare(`INSERT INTO document (case_id, form_id, template_version, status, data, created_by, created_at, updated_at) VALUES (?, ?, 'x', 'draft', '{}', 1, 't', 't')`);
    insert.run(1, 25);
    assert.throws(() => insert.run(1, 26), /CHECK/);
    assert.throws(() => insert.run(99, 25), /FOREIGN KEY/);
    assert.throws(() => r.prepare("UPDATE document SET data = '{}' WHERE id = 2").run(), /DOCUMENT_IMMUTABLE/);
    assert.throws(() => r.prepare('DELETE FROM document WHERE id = 2').run(), /DOCUMENT_IMMUTABLE/);
    assert.deepEqual(
      (r.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'document' AND type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((x) => x.name),
      ['document_issued_immutable', 'document_issued_undeletable', 'ix_document_case', 'ux_document_supersedes'],
    );
    assert.deepEqual(r.pragma('foreign_key_check'), []);
    await db.close();

    // Opening again finds nothing to do.
    const again = await openDatabase(file);
    assert.equal((again.raw().prepare('SELECT COUNT(*) AS n FROM document').get() as { n: number }).n, 4);
    await again.close();
  });
});
