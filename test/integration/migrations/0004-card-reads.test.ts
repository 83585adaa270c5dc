import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { getCase } from '../../../main/services/cases';
import { tempDir } from '../../support/backend';

describe('migration 0004 (card reads, identity document fields)', () => {
  it('migrates a populated schema-3 database: parties keep their data, gain empty document fields, and reads can be linked', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const old = await openDatabase(file, { upTo: 3 });
    old.raw().exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 1, '2026-01-01T08:00:00');
      INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (1, 'clerk', '李明', 'clerk', 'x', NULL, 't');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c');
      INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at)
        VALUES (1, 'u1', '东交执罚〔2026〕1号', 's', 2026, 1, 'highway', 1, 'general', 'registered', 'inspection', '2026-11-01T08:00', 'G104', '超限', '2026-11-02T08:00:00', 1, 't', 't');
      INSERT INTO party (case_id, ordinal, kind, name, gender, birth_date, id_type, id_number, address, phone)
        VALUES (1, 0, 'individual', '柯岚', 'female', '1949-12-31', 'resident_id', '11010519491231002X', '东州', '13800000000');
    `);
    await old.close();

    const db = await openDatabase(file, { upTo: 4 });
    const r = db.raw();
    assert.equal(r.pragma('user_version', { simple: true }), 4);
    const c = await getCase(db, 1);
    assert.equal(c.parties[0].name, '柯岚');
    assert.equal(c.parties[0].idNumber, '11010519491231002X');
    assert.deepEqual(
      [c.parties[0].idIssuer, c.parties[0].idValidFrom, c.parties[0].idValidUntil, c.parties[0].englishName, c.parties[0].nationality, c.parties[0].card],
      [null, null, null, null, null, null],
    );
    // A read linked to the migrated party shows as 读卡核验.
    r.prepare(`INSERT INTO card_read (id, read_at, account_id, kind, reader, simulated, text_block, fields) VALUES (1, '2026-11-24T10:00:00', 1, 'resident', 'USB 0400:C35A', 0, ?, '{}')`).run(Buffer.alloc(256, 0x20));
    r.prepare('UPDATE party SET card_read_id = 1, id_valid_until = ? WHERE id = 1').run('2025-01-01');
    const after = await getCase(db, 1);
    assert.deepEqual(after.parties[0].card, { readId: 1, kind: 'resident', readAt: '2026-11-24T10:00', simulated: false, hasPhoto: false, expired: true });
    assert.throws(() => r.prepare(`INSERT INTO card_read (read_at, kind, reader, simulated, text_block, fields) VALUES ('t', 'resident', 'x', 0, ?, '{}')`).run(Buffer.alloc(10)), /CHECK/);
    assert.throws(() => r.prepare(`INSERT INTO card_read (read_at, kind, reader, simulated, text_block, fields) VALUES ('t', 'passport', 'x', 0, ?, '{}')`).run(Buffer.alloc(256)), /CHECK/);
    assert.deepEqual(r.pragma('foreign_key_check'), []);
    await db.close();
  });
});
