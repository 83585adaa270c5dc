import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CaseStage } from '../../main/contract/domain';
import { DEFAULT_PROCEDURE_SETTINGS, procedureState, type Awaiting, type Dashboard, type ProcedureState } from '../../main/contract/procedure';
import { fixedClock } from '../../main/services/clock';
import { refreshCaseDeadlines } from '../../main/services/deadlines';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

// Today is Tuesday 2026-11-24; the default alert window of 3 days runs to 11-27.
const NOW = '2026-11-24T10:00:00';

const penalty = (fine: number) => ({ warning: false, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' });

const entries = (d: Dashboard['overdue']) => d.map((i) => `${i.caseId}:${i.kind}:${i.dueOn}:${i.daysLeft}`);

describe('deadline dashboard and queues (工作台)', () => {
  let tb: TestBackend;
  let clerk: Client;
  let clerk2: Client;
  let reviewer: Client;
  let head: Client;
  let archivist: Client;
  let admin: Client;
  const ids: Record<string, number> = {};
  const numbers: Record<string, string> = {};

  /** Puts a case in a procedural state directly, as the procedure service would leave it, and materialises its deadlines. */
  async function put(key: string, facts: Partial<ProcedureState>, stage: CaseStage, awaiting: Awaiting | null, since: string | null) {
    const state = { ...procedureState.parse({}), ...facts };
    await tb.backend.db.write(async (m) => {
      await m.query('UPDATE enforcement_case SET procedure_state = ?, stage = ?, awaiting = ?, awaiting_since = ? WHERE id = ?', [
        JSON.stringify(state), stage, awaiting, since, ids[key],
      ]);
      await refreshCaseDeadlines(m, ids[key]);
    });
  }

  /** Officers on the case: 李明 is clerk's officer, 王芳 clerk2's, 陈刚 nobody's account. */
  async function register(key: string, by: Client, officers: string[]) {
    const all = await by.call('officers.list', {});
    const input = await validCaseInput(by, { officerIds: officers.map((name) => all.find((o) => o.name === name)!.id) });
    const c = await by.call('cases.create', input);
    ids[key] = c.id;
    numbers[key] = c.caseNumber;
  }

  const caseIds = (items: { caseId: number }[]) => items.map((i) => i.caseId);

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock(NOW) });
    [clerk, clerk2, reviewer, head, archivist, admin] = await Promise.all(['clerk', 'clerk2', 'reviewer', 'head', 'archivist', 'admin'].map((u) => tb.as(u)));

    for (const key of ['late', 'notified', 'paying', 'review', 'decide', 'approve', 'closed']) await register(key, clerk, ['李明', '陈刚']);
    await register('others', clerk2, ['王芳', '陈刚']);
    await register('returned', clerk2, ['王芳', '李明']);

    // Decision limit passed: approved 08-01, 90 days end 10-30.
    await put('late', { registrationApprovedOn: '2026-08-01' }, 'investigation', 'clerk', '2026-08-01T09:00:00');
    // Told on 11-19: the statement window (3 working days) ends today, the hearing request window (5) on 11-26.
    await put('notified', { registrationApprovedOn: '2026-11-02', investigationClosedOn: '2026-11-18', notifiedOn: '2026-11-19', hearingRightTold: true }, 'notified', 'clerk', '2026-11-19T15:00:00');
    // Served 10-01, 500 yuan unpaid: payment was due 10-16.
    await put(
      'paying',
      {
        registrationApprovedOn: '2026-08-20',
        decision: { outcome: 'penalty', penalty: penalty(500), circumstance: '', departureReason: '', transferTo: '', duty: '', proposedOn: '2026-09-25', decidedOn: '2026-09-28' },
        service: { method: 'direct', on: '2026-10-01', effectiveOn: '2026-10-01', abroad: false },
        amountDue: 500,
      },
      'execution', 'clerk', '2026-10-01T11:00:00',
    );
    await put('review', { registrationApprovedOn: '2026-11-02', investigationClosedOn: '2026-11-18', review: { status: 'pending', submittedOn: '2026-11-20', decidedOn: null, rounds: 1 } }, 'legal_review', 'reviewer', '2026-11-20T10:00:00');
    await put('decide', { registrationApprovedOn: '2026-10-10' }, 'pending_decision', 'head', '2026-11-21T10:00:00');
    await put('approve', {}, 'registered', 'head', '2026-11-23T10:00:00');
    await put('closed', { registrationApprovedOn: '2026-01-05', closedOn: '2026-06-01' }, 'closed', 'archivist', '2026-06-01T10:00:00');
    // Someone else's case whose statement window passed long ago without a statement: a window, never overdue.
    await put('others', { registrationApprovedOn: '2026-09-15', notifiedOn: '2026-10-12', hearingRightTold: false }, 'notified', 'clerk', '2026-10-12T10:00:00');
    // Registered by clerk2 with clerk's officer on it, sent back by the reviewer.
    await put('returned', { registrationApprovedOn: '2026-11-02', investigationClosedOn: '2026-11-10', review: { status: 'returned', submittedOn: '2026-11-12', decidedOn: '2026-11-16', rounds: 1 } }, 'investigation_closed', 'clerk', '2026-11-16T16:00:00');
    await tb.backend.db.write((m) =>
      m.query(`INSERT INTO case_event (case_id, type, on_date, data, actor_id, actor_name, actor_role, at) VALUES (?, 'review_return', '2026-11-16', ?, NULL, '赵敏', 'reviewer', ?)`, [
        ids.returned, JSON.stringify({ opinion: '证据不足，请补充询问笔录' }), '2026-11-16T16:00:00',
      ]),
    );
  });
  after(() => tb.close());

  it('lists overdue obligations of the office and the party by due date, with days past due', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.equal(d.today, '2026-11-24');
    assert.deepEqual(entries(d.overdue), [`${ids.paying}:payment:2026-10-16:-39`, `${ids.late}:decision:2026-10-30:-25`]);
    assert.equal(d.counts.overdue, 2);
    const late = d.overdue.find((i) => i.caseId === ids.late)!;
    assert.equal(late.caseNumber, numbers.late);
    assert.equal(late.partyName, '柯岚');
    assert.equal(late.stage, 'investigation');
    assert.ok(late.causeTitle.length > 0);
  });

  it('never counts a window the party let pass as overdue', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.ok(!caseIds(d.overdue).includes(ids.others));
    assert.ok(!d.overdue.some((i) => i.kind === 'statement_period'));
  });

  it('shows the windows and deadlines due within the alert days, today first', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.equal(d.alertDays, DEFAULT_PROCEDURE_SETTINGS.alertDays);
    assert.deepEqual(entries(d.dueSoon), [`${ids.notified}:statement_period:2026-11-24:0`, `${ids.notified}:hearing_request:2026-11-26:2`]);
    assert.equal(d.counts.dueToday, 1);
    assert.equal(d.counts.dueSoon, 2);
  });

  it('counts open deadlines without the windows that already passed, and none of a closed case', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    // Overdue payment + decision; still running: 2 windows of 'notified', court application of 'paying', and the decision limits
    // of 'notified', 'review', 'decide', 'approve', 'others', 'returned'.
    assert.equal(d.counts.open, 2 + 2 + 1 + 6);
    const rows = await tb.backend.db.read((m) => m.query('SELECT status FROM case_deadline WHERE case_id = ?', [ids.closed]));
    assert.deepEqual(rows, [], 'the closed case was never decided: its open decision limit is dropped');
  });

  it('cuts the lists at the limit and still counts everything', async () => {
    const d = await clerk.call('dashboard.get', { limit: 1 });
    assert.equal(d.overdue.length, 1);
    assert.equal(d.counts.overdue, 2);
    assert.equal(d.queue.length, 1);
    assert.equal(d.queueTotal, 4);
  });

  it('gives a clerk the cases waiting for them that they registered or work on, oldest first, with the return opinion', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.deepEqual(caseIds(d.queue), [ids.late, ids.paying, ids.returned, ids.notified]);
    assert.equal(d.queueTotal, 4);
    assert.equal(d.queue.find((q) => q.caseId === ids.returned)!.note, '法制审核退回：证据不足，请补充询问笔录');
    assert.equal(d.queue[0].since, '2026-08-01T09:00:00');
  });

  it('says why each case is in the clerk’s queue: 承办, and what is awaited even at a stage with no note', async () => {
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.deepEqual(
      d.queue.map((q) => [q.caseId, q.reason, q.note]),
      [
        [ids.late, '承办', '待调查取证'],
        [ids.paying, '承办', '待执行完毕后结案'],
        [ids.returned, '承办', '法制审核退回：证据不足，请补充询问笔录'],
        [ids.notified, '承办', '待陈述申辩、听证申请期满后提请决定'],
      ],
    );
    assert.ok(d.queue.every((q) => q.note.trim() !== ''), 'no row has a blank 事项');
  });

  it('gives the other clerk only their own cases', async () => {
    const d = await clerk2.call('dashboard.get', { limit: 100 });
    assert.deepEqual(caseIds(d.queue), [ids.others, ids.returned]);
  });

  it('gives the reviewer the cases submitted for 法制审核', async () => {
    const d = await reviewer.call('dashboard.get', { limit: 100 });
    assert.deepEqual(d.queue.map((q) => [q.caseId, q.note, q.stage]), [[ids.review, '待法制审核', 'legal_review']]);
    assert.equal(d.counts.overdue, 2, 'deadlines are the whole office’s');
  });

  it('gives the head the approvals, each noted by what is to be approved', async () => {
    const d = await head.call('dashboard.get', { limit: 100 });
    assert.deepEqual(d.queue.map((q) => [q.caseId, q.note]), [[ids.decide, '待批准决定'], [ids.approve, '待批准立案']]);
  });

  it('gives the archivist the closed cases to file and the admin no queue', async () => {
    assert.deepEqual((await archivist.call('dashboard.get', { limit: 100 })).queue.map((q) => [q.caseId, q.note]), [[ids.closed, '待立卷归档']]);
    const d = await admin.call('dashboard.get', { limit: 100 });
    assert.deepEqual([d.queue, d.queueTotal], [[], 0]);
    assert.equal(typeof d.tookMs, 'number');
  });

  it('moves open deadlines when the admin marks a holiday, and leaves met ones alone', async () => {
    const r = await admin.call('calendar.set', { day: '2026-11-26', kind: 'holiday', name: '测试' });
    assert.ok(r.recomputed >= 1);
    const d = await clerk.call('dashboard.get', { limit: 100 });
    assert.deepEqual(entries(d.dueSoon), [`${ids.notified}:statement_period:2026-11-24:0`, `${ids.notified}:hearing_request:2026-11-27:3`]);
    await admin.call('calendar.set', { day: '2026-11-26', kind: 'normal', name: '' });
    const back = await clerk.call('dashboard.get', { limit: 100 });
    assert.equal(back.dueSoon[1].dueOn, '2026-11-26');
  });

  it('recounts every open deadline when the office switches short periods to calendar days', async () => {
    const { settings } = await admin.call('settings.procedure.get', {});
    await admin.call('settings.procedure.update', { ...settings, shortPeriodsInWorkingDays: false });
    const d = await clerk.call('dashboard.get', { limit: 100 });
    // 11-19 + 5 calendar days is today; the statement window stays in working days.
    assert.deepEqual(entries(d.dueSoon), [`${ids.notified}:statement_period:2026-11-24:0`, `${ids.notified}:hearing_request:2026-11-24:0`]);
    await admin.call('settings.procedure.update', settings);
  });
});

describe('工作台: the 24-hour report of an emergency measure and the 7-day decision on preserved evidence', () => {
  let tb: TestBackend;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock(NOW) });
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  it('shows an emergency measure not reported within 24 hours as overdue, and a preservation awaiting its decision as due soon', async () => {
    const { id } = await clerk.call('cases.create', await validCaseInput(clerk));
    const state: ProcedureState = {
      ...procedureState.parse({}),
      // A roadside 暂扣 on Sunday 11-22, taken before 立案 was approved and never reported.
      measures: [{ id: 1, kind: 'detain_vehicle', items: '浙AD12345 货车一辆', startedOn: '2026-11-22', days: 30, extendedDays: null, extendedOn: null, releasedOn: null, releaseGround: null, emergency: true, approvedOn: null }],
      nextMeasureId: 2,
      // Preserved on Wednesday 11-18: 7 working days end on Friday 11-27.
      preservations: [{ id: 1, items: '运单3张', startedOn: '2026-11-18', approvedOn: '2026-11-18', decidedOn: null, disposition: null }],
      nextPreservationId: 2,
    };
    const store = (s: ProcedureState) =>
      tb.backend.db.write(async (m) => {
        await m.query('UPDATE enforcement_case SET procedure_state = ? WHERE id = ?', [JSON.stringify(s), id]);
        await refreshCaseDeadlines(m, id);
      });
    await store(state);
    let d = await clerk.call('dashboard.get', { limit: 100 });
    assert.deepEqual(entries(d.overdue), [`${id}:measure_report:2026-11-23:-1`]);
    assert.ok(entries(d.dueSoon).includes(`${id}:evidence_decision:2026-11-27:3`), entries(d.dueSoon).join(' '));
    // Ratified and decided: nothing left of either.
    await store({ ...state, measures: [{ ...state.measures[0], approvedOn: '2026-11-24' }], preservations: [{ ...state.preservations[0], decidedOn: '2026-11-24', disposition: 'release' }] });
    d = await clerk.call('dashboard.get', { limit: 100 });
    assert.deepEqual(entries(d.overdue), []);
    assert.ok(!d.dueSoon.some((i) => i.kind === 'evidence_decision' || i.kind === 'measure_report'));
  });
});
