import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { procedureState, type ProcedureState } from '../../../main/contract/procedure';
import { computeDeadlines } from '../../../main/procedure/deadlines';
import { fixedClock } from '../../../main/services/clock';
import { loadCalendar, recountAfterMigration } from '../../../main/services/deadlines';
import { actOnCase, getProcedure } from '../../../main/services/procedure';
import { getProcedureSettings } from '../../../main/services/procedure-settings';
import type { Session } from '../../../main/rpc/dispatcher';
import { tempDir } from '../../support/backend';

const penalty = (fine: number) => ({ warning: false, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' });

/** States as schema-4 code wrote them: no approval on measures, no duty, no 当场收缴 ground, no hearing waiver field. */
const LEGACY: Record<number, { procedure: 'general' | 'simple'; stage: string; awaiting: string; state: object }> = {
  // Told, with the hearing right, and the party waived 陈述申辩; a vehicle detained under the old rules.
  1: {
    procedure: 'general', stage: 'notified', awaiting: 'clerk',
    state: {
      registrationApprovedOn: '2026-11-03',
      measures: [{ id: 1, kind: 'detain_vehicle', items: '浙AD12345 货车一辆', startedOn: '2026-11-04', days: 30, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null }],
      nextMeasureId: 2,
      investigationClosedOn: '2026-11-10',
      proposal: { outcome: 'penalty', penalty: penalty(3000), circumstance: '', departureReason: '', majorPublicInterest: false, complex: false, serious: false },
      notifiedOn: '2026-11-20',
      hearingRightTold: true,
      statement: { on: '2026-11-20', waived: true, adopted: false },
    },
  },
  // Decided, served, on a deferral ending 10-30: the court window runs 3 months from the plan's end.
  2: {
    procedure: 'general', stage: 'execution', awaiting: 'clerk',
    state: {
      registrationApprovedOn: '2026-01-05',
      decision: { outcome: 'penalty', penalty: penalty(3000), circumstance: '', departureReason: '', transferTo: '', proposedOn: '2026-03-01', decidedOn: '2026-03-02' },
      service: { method: 'direct', on: '2026-03-04', effectiveOn: '2026-03-04', abroad: false },
      amountDue: 3000,
      paymentPlan: { kind: 'deferral', on: '2026-03-10', schedule: [{ dueOn: '2026-10-30', amount: 3000 }] },
    },
  },
  // Paid on the spot before a ground was recorded.
  3: {
    procedure: 'simple', stage: 'served', awaiting: 'head',
    state: {
      onSpot: { on: '2026-11-02', partySigned: true, paidOnSpot: true, filedOn: '2026-11-03' },
      decision: { outcome: 'penalty', penalty: penalty(50), circumstance: '', departureReason: '', transferTo: '', proposedOn: '2026-11-02', decidedOn: '2026-11-02' },
      service: { method: 'direct', on: '2026-11-02', effectiveOn: '2026-11-02', abroad: false },
      amountDue: 50,
      payments: [{ on: '2026-11-02', amount: 50 }],
    },
  },
  // Unpaid on the spot: schema-4 code kept the court application open for 6 + 3 months.
  4: {
    procedure: 'simple', stage: 'execution', awaiting: 'clerk',
    state: {
      onSpot: { on: '2026-11-02', partySigned: true, paidOnSpot: false, filedOn: '2026-11-03' },
      decision: { outcome: 'penalty', penalty: penalty(100), circumstance: '', departureReason: '', transferTo: '', proposedOn: '2026-11-02', decidedOn: '2026-11-02' },
      service: { method: 'direct', on: '2026-11-02', effectiveOn: '2026-11-02', abroad: false },
      amountDue: 100,
    },
  },
};

describe('migration 0005 (the procedure under the 2021 rules)', () => {
  it('migrates a populated schema-4 database: full states, measures kept approved, no invented hearing waiver, powers switched off, deadlines recounted, acts still possible', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const old = await openDatabase(file, { upTo: 4 });
    const raw = old.raw();
    raw.exec(`
      INSERT INTO office VALUES (1, '东州市交通运输综合行政执法支队', '东', '{机关简称}交执罚〔{年份}〕{序号}号', '{}', 1, '2026-01-01T08:00:00');
      INSERT INTO officer (id, name, cert_no, unit) VALUES (1, '李明', '14330100001', '支队'), (2, '王芳', '14330100002', '支队');
      INSERT INTO account (id, username, display_name, role, password_hash, officer_id, created_at) VALUES (1, 'clerk', '李明', 'clerk', 'x', 1, 't'), (2, 'head', '负责人', 'head', 'x', NULL, 't');
      INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c');
    `);
    for (const [id, c] of Object.entries(LEGACY)) {
      raw.prepare(`INSERT INTO enforcement_case (id, uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source,
        occurred_at, place, facts, registered_at, created_by, created_at, updated_at, procedure_state, awaiting, awaiting_since)
        VALUES (?, ?, ?, 's', 2026, ?, 'highway', 1, ?, ?, 'inspection', '2026-01-01T08:00', 'G104', '超限', '2026-01-02T08:00:00', 1, 't', 't', ?, ?, 't')`)
        .run(Number(id), `uid-${id}`, `东交执罚〔2026〕${id}号`, Number(id), c.procedure, c.stage, JSON.stringify(c.state), c.awaiting);
      raw.prepare(`INSERT INTO party (case_id, ordinal, kind, name, address, phone) VALUES (?, 0, 'individual', '柯岚', '东州', '13800000000')`).run(Number(id));
      raw.prepare('INSERT INTO case_officer (case_id, officer_id, ordinal) VALUES (?, 1, 0), (?, 2, 1)').run(Number(id), Number(id));
    }
    // The court-application row schema-4 code stored for case 2.
    raw.prepare(`INSERT INTO case_deadline (case_id, kind, seq, from_on, due_on, rule, status, met_on) VALUES (2, 'court_application', 0, '2026-10-30', '2027-01-30', '缴款计划届满后3个月', 'open', NULL)`).run();
    raw.prepare(`INSERT INTO case_deadline (case_id, kind, seq, from_on, due_on, rule, status, met_on) VALUES (4, 'court_application', 0, '2026-11-02', '2027-08-02', '6个月+3个月', 'open', NULL)`).run();
    raw.prepare(`INSERT INTO office_setting (key, value, updated_at) VALUES ('procedure', ?, 't')`).run(
      JSON.stringify({ hearingFineIndividual: 5000, decisionExtensionDays: 30, decisionExtensionsMax: 2 }),
    );
    await old.close();

    const db = await openDatabase(file, { upTo: 5 });
    const r = db.raw();
    assert.equal(r.pragma('user_version', { simple: true }), 5);
    const stored = (id: number) => JSON.parse((r.prepare('SELECT procedure_state AS s FROM enforcement_case WHERE id = ?').get(id) as { s: string }).s) as ProcedureState;

    // Each state is the full new shape: the schema finds nothing to add.
    for (const id of [1, 2, 3, 4]) assert.deepEqual(stored(id), procedureState.parse(stored(id)), `case ${id}`);
    const one = stored(1);
    assert.deepEqual([one.measures[0].emergency, one.measures[0].approvedOn], [false, '2026-11-04'], 'taken under the old rules: approved on the day');
    assert.equal(one.hearingWaivedOn, null, 'a 陈述申辩 waiver is not a hearing waiver');
    assert.equal(one.notifications, 1, 'told once, on one 违法行为通知书');
    assert.deepEqual([one.proposal?.longLimitation, one.proposal?.longLimitationReason], [false, '']);
    assert.equal(stored(2).decision?.duty, '');
    assert.deepEqual(
      [stored(3).onSpot?.place, stored(3).onSpot?.collectionGround, stored(3).onSpot?.receiptNo, stored(3).onSpot?.paidOnSpot],
      ['', 'none', '', true],
      'what was not recorded then is not invented',
    );

    const settings = await db.read((m) => getProcedureSettings(m));
    assert.deepEqual(
      [settings.decisionExtensionEnabled, settings.decisionExtensionBasis, settings.decisionExtensionDays, settings.directEnforcement, settings.directEnforcementBasis, settings.hearingFineIndividual],
      [false, '', 30, false, '', 5000],
    );

    // The migration asks for the deadlines to be recounted by the new rules; the backend does it before it serves.
    assert.ok(r.prepare("SELECT 1 FROM office_setting WHERE key = 'deadlines.recount'").get(), 'the recount is asked for');
    assert.ok(Number(await recountAfterMigration(db)) >= 1);
    assert.equal(r.prepare("SELECT 1 FROM office_setting WHERE key = 'deadlines.recount'").get(), undefined, 'and done once');
    assert.equal(await recountAfterMigration(db), null);

    // The stored court-application row is what the new window gives for the migrated state.
    const periods = { settings, calendar: await db.read((m) => loadCalendar(m)) };
    const court = computeDeadlines(periods, { procedure: 'general', registeredOn: '2026-01-02', state: stored(2) }).find((d) => d.kind === 'court_application')!;
    const row = r.prepare("SELECT from_on AS fromOn, due_on AS dueOn, rule FROM case_deadline WHERE case_id = 2 AND kind = 'court_application'").get();
    assert.deepEqual(row, { fromOn: court.fromOn, dueOn: court.dueOn, rule: court.rule });
    // Against an on-the-spot decision 复议 comes first (行政复议法 第二十三条): the row now closes 3 months after its 60 days.
    const spotRow = r.prepare("SELECT from_on AS fromOn, due_on AS dueOn, rule FROM case_deadline WHERE case_id = 4 AND kind = 'court_application'").get();
    assert.deepEqual(spotRow, { fromOn: '2026-11-02', dueOn: '2027-04-01', rule: '复议期限60日+3个月' });
    const spotRows = computeDeadlines(periods, { procedure: 'simple', registeredOn: '2026-01-02', state: stored(4) });
    assert.equal(
      (r.prepare('SELECT count(*) AS n FROM case_deadline WHERE case_id = 4').get() as { n: number }).n,
      spotRows.length,
      'every row of the case is what the new rules give',
    );

    // Cases take acts under the new rules, on today's schema (today's code reads it).
    await db.close();
    const current = await openDatabase(file);
    const deps = { db: current, clock: fixedClock('2026-11-24T10:00:00') };
    const clerk: Session = { token: 't', accountId: 1, username: 'clerk', displayName: '李明', role: 'clerk', officerId: 1 };
    const head: Session = { token: 'h', accountId: 2, username: 'head', displayName: '负责人', role: 'head', officerId: null };
    let v = await getProcedure(deps, clerk, 1);
    assert.ok(v.actions.some((a) => a.type === 'waive_hearing' && a.enabled), 'the hearing can still be waived expressly');
    v = await actOnCase(deps, clerk, { caseId: 1, caseVersion: v.caseVersion, action: { type: 'waive_hearing', on: '2026-11-24', note: '' } });
    assert.equal(v.state.hearingWaivedOn, '2026-11-24');
    assert.equal(v.deadlines.find((d) => d.kind === 'hearing_request')?.metOn, '2026-11-24');
    const hv = await getProcedure(deps, head, 1);
    assert.ok(!hv.actions.some((a) => a.type === 'ratify_measure'), 'nothing to ratify: the old measure counts as approved');
    assert.match(hv.actions.find((a) => a.type === 'extend_measure')?.reason ?? '', /延长行政强制措施期限通知书/, 'an extension waits only for its document');
    assert.ok(!v.deadlines.some((d) => d.kind === 'measure_report'));

    const two = await getProcedure(deps, clerk, 2);
    v = await actOnCase(deps, clerk, { caseId: 2, caseVersion: two.caseVersion, action: { type: 'record_payment', on: '2026-11-24', amount: 1000, receiptNo: '' } });
    assert.equal(v.outstanding, 2000);
    assert.equal(v.deadlines.find((d) => d.kind === 'court_application')?.dueOn, '2027-01-30');
    await current.close();
  });
});
