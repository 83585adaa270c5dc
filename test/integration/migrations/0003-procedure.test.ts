import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { entryHash, GENESIS_HASH } from '../../../main/services/audit';
import { verifyAuditChain } from '../../../main/services/audit-verify';
import { fixedClock } from '../../../main/services/clock';
import { actOnCase } from '../../../main/services/procedure';
import type { Session } from '../../../main/rpc/dispatcher';
import { tempDir } from '../../support/backend';

describe('migration 0003 (procedure, deadlines, calendar, discretion, audit changes)', () => {
  it('migrates a populated schema-2 database: queues set, old audit chain still verifies, cases take procedural acts', async () => {
    // An office at schema 2 with cases and audit entries as schema-2 code wrote them.
    const file2 = path.join(tempDir(), 'workstation.sqlite');
    const old = await openDatabase(file2, { upTo: 2 });
    const raw = old.raw();
    raw.exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 1, '2026-01-01T08:00:00');
      INSERT INTO officer (id, name, cert_no, unit) VALUES (1, '李明', '14330100001', '支队'), (2, '王芳', '14330100002', '支队');
      INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (1, 'clerk', '李明', 'clerk', 'x', 1, 't');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c');
    `);
    const procedures = ['general', 'simple', 'general'];
    for (const [i, procedure] of procedures.entries()) {
      raw.prepare(`INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 's', 2026, ?, 'highway', 1, ?, 'registered', 'inspection',
        '2026-11-01T08:00', 'G104', '超限', '2026-11-02T08:00:00', 1, 't', 't')`).run(i + 1, `uid-${i}`, `东交执罚〔2026〕${i + 1}号`, i + 1, procedure);
      raw.prepare(`INSERT INTO party (case_id, ordinal, kind, name, address, phone) VALUES (?, 0, 'individual', '柯岚', '东州', '13800000000')`).run(i + 1);
      raw.prepare('INSERT INTO case_officer (case_id, officer_id, ordinal) VALUES (?, 1, 0), (?, 2, 1)').run(i + 1, i + 1);
    }
    let prev = GENESIS_HASH;
    for (let i = 1; i <= 3; i++) {
      const row = { at: '2026-11-02T08:00:00', actorId: 1, actorName: '李明（clerk）', action: 'case.register', entity: 'case', entityId: String(i), beforeHash: null, afterHash: 'f'.repeat(64), detail: `立案 ${i}`, prevHash: prev, changes: '' };
      const hash = entryHash(row);
      raw.prepare(`INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(row.at, row.actorId, row.actorName, row.action, row.entity, row.entityId, null, row.afterHash, row.detail, prev, hash);
      prev = hash;
    }
    await old.close();

    const db = await openDatabase(file2, { upTo: 3 });
    const r = db.raw();
    assert.equal(r.pragma('user_version', { simple: true }), 3);
    const queued = r.prepare('SELECT procedure, awaiting, procedure_state AS s FROM enforcement_case ORDER BY id').all() as { procedure: string; awaiting: string; s: string }[];
    assert.deepEqual(queued.map((q) => [q.procedure, q.awaiting, q.s]), [['general', 'head', '{}'], ['simple', 'clerk', '{}'], ['general', 'head', '{}']]);
    assert.ok((r.prepare("SELECT COUNT(*) AS n FROM calendar_day WHERE day LIKE '2026-%'").get() as { n: number }).n >= 30, 'the published 2026 schedule is there');
    assert.equal((r.prepare("SELECT kind FROM calendar_day WHERE day = '2026-10-10'").get() as { kind: string }).kind, 'workday');
    assert.equal((r.prepare('SELECT discretion FROM cause WHERE id = 1').get() as { discretion: string }).discretion, '[]');
    assert.deepEqual(verifyAuditChain(r).intact, true, 'entries written before the changes column verify unchanged');
    assert.throws(() => r.prepare("UPDATE audit_log SET detail = 'x' WHERE id = 1").run(), /AUDIT_APPEND_ONLY/);
    assert.throws(() => r.prepare('DELETE FROM audit_log WHERE id = 3').run(), /AUDIT_APPEND_ONLY/);
    assert.deepEqual(r.pragma('foreign_key_check'), []);

    await db.close();

    // A case registered before the upgrade takes its first procedural act, under today's code and so today's schema.
    const now = await openDatabase(file2);
    const head: Session = { token: 't', accountId: 1, username: 'head', displayName: '负责人', role: 'head', officerId: null };
    const v = await actOnCase({ db: now, clock: fixedClock('2026-11-24T10:00:00') }, head, { caseId: 1, caseVersion: 1, action: { type: 'approve_registration', on: '2026-11-03', opinion: '' } });
    assert.equal(v.stage, 'investigation');
    assert.equal(v.deadlines.find((d) => d.kind === 'decision')?.dueOn, '2027-02-01');
    assert.equal(verifyAuditChain(now.raw()).intact, true);
    await now.close();
  });
});
