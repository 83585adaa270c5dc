/**
 * The demo office as a newcomer finds it: every dashboard queue has work, and the scripted cases went
 * through the 2021 rules they are there to show, through the same services the UI uses.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../../db/open';
import { findResourcesDir } from '../../../main/backend';
import type { ProcedureView } from '../../../main/contract/procedure';
import { fixedClock } from '../../../main/services/clock';
import type { DemoWalkReport, ScenarioName } from '../../../main/services/demo/sample-procedure';
import { seedDemoOffice } from '../../../main/services/seed';
import { startTestBackend, tempDir, type Client, type TestBackend } from '../../support/backend';

const TODAY = '2026-11-24';

describe('demo office walked through the new rules (40 sample cases)', () => {
  let report: DemoWalkReport;
  let tb: TestBackend;
  let clerk: Client;
  const views = new Map<ScenarioName, ProcedureView>();

  before(async () => {
    const dataDir = tempDir();
    const db = await openDatabase(path.join(dataDir, 'workstation.sqlite'));
    report = await seedDemoOffice(db, { resourcesDir: findResourcesDir(), clock: fixedClock(`${TODAY}T10:00:00`), sampleCases: 40 });
    await db.close();
    tb = await startTestBackend({ dataDir, clock: fixedClock(`${TODAY}T10:00:00`) });
    clerk = await tb.as('clerk');
    for (const s of report.scenarios) views.set(s.scenario, await clerk.call('procedure.get', { caseId: s.caseId }));
  });
  after(() => tb.close());

  const viewOf = (name: ScenarioName) => {
    const v = views.get(name);
    assert.ok(v, `no demo case was picked for ${name}`);
    return v;
  };

  it('completes every scripted case', () => {
    const names = report.scenarios.map((s) => s.scenario).sort();
    assert.deepEqual(names, [
      'court_application', 'emergency_awaiting', 'emergency_ratified', 'evidence_preserved', 'measure_approved', 'no_penalty_first_offence',
      'reopened', 'simple_collected', 'simple_warning', 'statement_waived_hearing_ran',
    ]);
    const stopped = report.scenarios.filter((s) => !s.done).map((s) => `${s.scenario} (case ${s.caseId}) stopped at ${s.stoppedAt}`);
    assert.deepEqual(stopped, []);
  });

  it('keeps every dashboard queue populated', async () => {
    for (const username of ['clerk', 'reviewer', 'head', 'archivist']) {
      const d = await (await tb.as(username)).call('dashboard.get', { limit: 100 });
      assert.ok(d.queueTotal > 0, `${username}'s queue is empty`);
    }
  });

  it('took a roadside 暂扣 before 立案 approval as an emergency measure the head ratified', () => {
    const v = viewOf('emergency_ratified');
    const [m] = v.state.measures;
    assert.ok(m.emergency && m.approvedOn, 'emergency measure ratified');
    assert.ok(m.startedOn < v.state.registrationApprovedOn!, 'taken before 立案 was approved');
    assert.ok(v.events.some((e) => e.type === 'ratify_measure' && e.actorRole === 'head'));
  });

  it('shows an emergency measure awaiting its 24-hour report', () => {
    const v = viewOf('emergency_awaiting');
    assert.ok(v.state.measures.some((m) => m.emergency && !m.approvedOn));
    assert.ok(v.deadlines.some((d) => d.kind === 'measure_report' && !d.metOn));
  });

  it('took a measure only after the head approved it', () => {
    const v = viewOf('measure_approved');
    const [m] = v.state.measures;
    assert.ok(!m.emergency && m.approvedOn && m.approvedOn <= m.startedOn);
  });

  it('keeps evidence under 先行登记保存 with its 7-day decision deadline', () => {
    const v = viewOf('evidence_preserved');
    assert.ok(v.state.preservations.some((p) => !p.decidedOn));
    assert.ok(v.deadlines.some((d) => d.kind === 'evidence_decision' && !d.metOn));
  });

  it('decided a case whose party waived 陈述申辩 only after the hearing window ran', () => {
    const v = viewOf('statement_waived_hearing_ran');
    assert.equal(v.state.statement?.waived, true);
    assert.equal(v.state.hearingRightTold, true);
    assert.equal(v.state.hearingWaivedOn, null, 'no express hearing waiver');
    const window = v.deadlines.find((d) => d.kind === 'hearing_request');
    assert.ok(window, 'the hearing-request window is listed');
    assert.ok(v.state.decision?.decidedOn && v.state.decision.proposedOn > window.dueOn, 'decision proposed after the window ended');
  });

  it('reopened an investigation after 告知 and told the party again', () => {
    const v = viewOf('reopened');
    assert.equal(v.state.reopenings.length, 1);
    assert.equal(v.state.notifications, 2);
    assert.ok(v.state.notifiedOn! > v.state.reopenings[0].on);
  });

  it('decided 首违不罚 and issued the 不予行政处罚决定书', async () => {
    const v = viewOf('no_penalty_first_offence');
    assert.equal(v.state.decision?.outcome, 'no_penalty_first_offence');
    assert.ok(v.state.decision?.decidedOn && v.state.service);
    const docs = await clerk.call('documents.list', { caseId: v.caseId });
    assert.ok(docs.some((d) => d.formId === 25 && d.status === 'issued'));
  });

  it('applied to the court only after the 6-month 诉讼 period from service', () => {
    const v = viewOf('court_application');
    assert.equal(v.state.enforcement?.kind, 'court');
    const served = v.state.service!.on;
    const sixMonths = new Date(`${served}T00:00:00Z`);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    assert.ok(v.state.enforcement!.on > sixMonths.toISOString().slice(0, 10));
    assert.ok(v.state.enforcement!.on >= v.state.demand!.performBy);
  });

  it('made 简易程序 decisions with two officers: a warning without payment, and 当场收缴 on its ground with a receipt', async () => {
    const warning = viewOf('simple_warning');
    assert.equal(warning.state.onSpot?.collectionGround, 'none');
    assert.equal(warning.state.amountDue, 0);
    const collected = viewOf('simple_collected');
    assert.equal(collected.state.onSpot?.collectionGround, 'small');
    assert.ok(collected.state.onSpot?.paidOnSpot && collected.state.onSpot.receiptNo);
    assert.ok(collected.state.closedOn);
    for (const v of [warning, collected]) assert.ok((await clerk.call('cases.get', { id: v.caseId })).officers.length >= 2);
  });
});
