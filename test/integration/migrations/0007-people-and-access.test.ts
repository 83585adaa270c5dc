import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { CATEGORY_CODES } from '../../../main/contract/domain';
import { GENESIS_HASH, hashOfFields } from '../../../main/services/audit';
import { verifyAuditChain } from '../../../main/services/audit-verify';
import { officerQualification } from '../../../main/procedure/officer-qualification';
import { credentialsOf } from '../../../main/services/officers';
import { OfficerRow } from '../../../db/entities';
import { tempDir } from '../../support/backend';

const OFFICERS = [
  { id: 1, name: '李明', certNo: '14330100001', unit: '东州市交通运输综合行政执法支队', active: 1 },
  { id: 2, name: '王芳', certNo: '14330100002', unit: '东州市交通运输综合行政执法支队', active: 1 },
  { id: 3, name: '陈刚', certNo: '14330100003', unit: '东州市交通运输综合行政执法支队一大队', active: 0 },
  { id: 4, name: '刘洋', certNo: '14330100004', unit: '东州市交通运输综合行政执法支队二大队', active: 1 },
];
const ACCOUNTS = [
  { id: 1, username: 'clerk', name: '李明', role: 'clerk', hash: 'scrypt$16384$8$1$c2FsdA$aGFzaC1vZi1saW1pbmc', officer: 1 },
  { id: 2, username: 'clerk2', name: '王芳', role: 'clerk', hash: 'scrypt$16384$8$1$c2FsdDI$aGFzaC1vZi13YW5nZmFuZw', officer: 2 },
  { id: 3, username: 'head', name: '孙建国', role: 'head', hash: 'scrypt$16384$8$1$c2FsdDM$aGFzaC1vZi1oZWFk', officer: null },
];
/** Case → its officers in order; case 2 names the officer who has since left. */
const CASE_OFFICERS: Record<number, number[]> = { 1: [1, 2], 2: [1, 3], 3: [2, 4, 1] };

describe('migration 0007 (people and access)', () => {
  it('turns a populated schema-6 database’s officers into managed records, keeping every case’s officers, the accounts and the audit chain', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const old = await openDatabase(file, { upTo: 6 });
    const raw = old.raw();
    raw.exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 0, '2026-01-01T08:00:00');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'road_transport', 'RT-01', '未取得道路运输经营许可', 'a', 'b', 'c');
    `);
    const officer = raw.prepare('INSERT INTO officer (id, name, cert_no, unit, active) VALUES (?, ?, ?, ?, ?)');
    for (const o of OFFICERS) officer.run(o.id, o.name, o.certNo, o.unit, o.active);
    const account = raw.prepare(`INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T08:00:00')`);
    for (const a of ACCOUNTS) account.run(a.id, a.username, a.name, a.role, a.hash, a.officer);
    for (const [id, officers] of Object.entries(CASE_OFFICERS)) {
      raw.prepare(`INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at)
        VALUES (?, ?, ?, 's', 2026, ?, 'road_transport', 1, 'general', 'investigation', 'inspection', '2026-02-01T08:00', 'G104', '无证经营', '2026-02-02T08:00:00', 1, 't', 't')`)
        .run(Number(id), `uid-${id}`, `东交执罚〔2026〕${id}号`, Number(id));
      officers.forEach((o, ordinal) => raw.prepare('INSERT INTO case_officer (case_id, officer_id, ordinal) VALUES (?, ?, ?)').run(Number(id), o, ordinal));
    }
    // The audit log as schema 6 wrote it: the older hash over unit-separated fields, no era.
    let prev = GENESIS_HASH;
    const entry = raw.prepare(`INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, changes, prev_hash, hash)
      VALUES (?, ?, ?, ?, 'case', ?, NULL, ?, ?, '', ?, ?)`);
    for (const id of Object.keys(CASE_OFFICERS)) {
      const at = `2026-02-02T08:0${id}:00`;
      const after = `${id}`.repeat(64).slice(0, 64);
      const detail = `立案 东交执罚〔2026〕${id}号`;
      const hash = hashOfFields(prev, at, 1, '李明（clerk）', 'case.register', 'case', id, null, after, detail, '');
      entry.run(at, 1, '李明（clerk）', 'case.register', id, after, detail, prev, hash);
      prev = hash;
    }
    assert.equal(verifyAuditChain(raw).intact, true, 'the schema-6 chain is intact before the migration');
    await old.close();

    const db = await openDatabase(file);
    const r = db.raw();
    assert.ok((r.pragma('user_version', { simple: true }) as number) >= 7);

    const officers = r.prepare('SELECT id, name, cert_no AS certNo, unit, active, status, categories, cert_valid_from AS vf, cert_valid_to AS vt, cert_issuer AS issuer, version FROM officer ORDER BY id').all() as {
      id: number; name: string; certNo: string; unit: string; active: number; status: string; categories: string; vf: string | null; vt: string | null; issuer: string; version: number;
    }[];
    assert.deepEqual(officers.map((o) => ({ id: o.id, name: o.name, certNo: o.certNo, unit: o.unit, active: o.active })), OFFICERS, 'every officer kept with id, name, 证号 and unit');
    assert.deepEqual(officers.map((o) => o.status), ['on_duty', 'on_duty', 'transferred', 'on_duty'], 'active → 在岗, inactive → 调离');
    for (const o of officers) {
      assert.deepEqual(JSON.parse(o.categories), [...CATEGORY_CODES], `${o.name}: the certificate taken to cover every category`);
      assert.deepEqual([o.vf, o.vt, o.issuer, o.version], [null, null, '', 1], `${o.name}: dates left for the admin to enter`);
    }
    assert.equal(r.prepare('SELECT count(*) FROM officer_training').pluck().get(), 0);

    for (const [id, expected] of Object.entries(CASE_OFFICERS)) {
      assert.deepEqual(r.prepare('SELECT officer_id FROM case_officer WHERE case_id = ? ORDER BY ordinal').pluck().all(Number(id)), expected, `case ${id} keeps its officers`);
    }

    const accounts = r.prepare('SELECT id, username, password_hash AS hash, officer_id AS officer, active, must_change_password AS must, failed_logins AS failed, locked_until AS locked FROM account ORDER BY id').all();
    assert.deepEqual(
      accounts,
      ACCOUNTS.map((a) => ({ id: a.id, username: a.username, hash: a.hash, officer: a.officer, active: 1, must: 0, failed: 0, locked: null })),
      'accounts kept with their hashes and officer links, not locked, no password change forced',
    );

    const verdict = verifyAuditChain(r);
    assert.equal(verdict.intact, true, JSON.stringify(verdict.brokenAt));
    assert.equal(verdict.entries, 3);

    // What the guards make of a taken-over officer: known, on duty, but not assignable until the dates are entered.
    const li = await db.read((m) => m.findOneByOrFail(OfficerRow, { id: 1 }));
    const q = officerQualification(credentialsOf(li), 'road_transport', '2026-03-01');
    assert.ok(!q.qualified && q.problem === 'no_validity');
    assert.ok(officerQualification(credentialsOf(li), 'road_transport', '2026-03-01', 'act').qualified, 'but the cases they were assigned to go on');
    await db.close();

    const again = await openDatabase(file);
    assert.equal(again.raw().prepare('SELECT count(*) FROM officer').pluck().get(), 4, 'opening again finds nothing to do');
    await again.close();
  });
});
