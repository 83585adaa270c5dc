/**
 * A 普通程序 case walked from 立案 to 归档 through the API, with a coercive measure extended and
 * released, a legal review returned and redone, a hearing, a returned decision, 分期 payment, a
 * 催告 followed by an application to the court and closing. At each step the unlawful move is tried first and must be
 * refused with its reason.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Penalty } from '../../main/contract/procedure';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, issueForm, movableClock, reasonOf, refused } from '../support/procedure';

describe('普通程序: a case from 立案 to 归档', () => {
  const clock = movableClock('2026-03-02');
  let tb: TestBackend;
  let clerk: Client;
  let reviewer: Client;
  let head: Client;
  let archivist: Client;
  let caseId: number;
  let penalty: Penalty;
  let circumstance = '';
  let departureReason = '';
  let hostOfficerId: number;

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, reviewer, head, archivist] = await Promise.all(['clerk', 'reviewer', 'head', 'archivist'].map((u) => tb.as(u)));
    const admin = await tb.as('admin');
    // Every penalty here carries the hearing right, whatever the demo catalogue's amounts.
    const { settings } = await admin.call('settings.procedure.get', {});
    await admin.call('settings.procedure.update', { ...settings, hearingFineIndividual: 1 });
    const input = await validCaseInput(clerk);
    const created = await clerk.call('cases.create', input);
    caseId = created.id;
    // The mildest tier keeps the fine under the 集体讨论 threshold.
    const tier = created.cause.discretion[0];
    const fine = tier ? tier.fineMax : 5000;
    if (tier) circumstance = tier.circumstance;
    else departureReason = '本案由承办人根据违法情节酌定';
    penalty = { warning: false, fine, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' };
    const officers = await clerk.call('officers.list', {});
    hostOfficerId = officers.find((o) => !input.officerIds.includes(o.id))!.id;
  });
  after(() => tb.close());

  it('waits for the head to approve the 立案, and nobody else may', async () => {
    const v = await clerk.call('procedure.get', { caseId });
    assert.equal(v.stage, 'registered');
    assert.equal(v.awaiting, 'head');
    // Before approval only the emergency paths are open: a roadside 暂扣 (行政强制法 第十九条) or 先行登记保存, each on its document.
    assert.deepEqual(v.actions.map((a) => [a.type, a.enabled]).sort(), [['impose_measure', false], ['preserve_evidence', false]]);
    const e = await refused(clerk, caseId, { type: 'approve_registration', on: '2026-03-02' });
    assert.equal(e.code, 'FORBIDDEN');
    const dl = v.deadlines.find((d) => d.kind === 'decision');
    assert.equal(dl?.dueOn, '2026-06-01', '90 days from 立案 end on Sunday 31 May, so on the next working day');
    const approved = await act(head, caseId, { type: 'approve_registration', on: '2026-03-02' });
    assert.equal(approved.stage, 'investigation');
    assert.equal(approved.awaiting, 'clerk');
  });

  it('takes a coercive measure only with the head’s approval and its decision document, extends it once by at most 30 days, then releases it', async () => {
    clock.to('2026-03-03');
    const measure = { type: 'impose_measure' as const, on: '2026-03-03', kind: 'detain_vehicle' as const, items: '浙AD12345 轻型厢式货车一辆', days: 30 };
    assert.match((await refused(clerk, caseId, measure)).message, /行政强制措施决定书/);
    await issueForm(clerk, caseId, 8);
    assert.match((await refused(clerk, caseId, { ...measure, days: 31 })).message, /不得超过30日/);
    assert.match((await refused(clerk, caseId, measure)).message, /经批准（行政强制法 第十八条第（一）项）/, 'the clerk alone may not take it');
    await act(head, caseId, { type: 'approve_measure', on: '2026-03-03', opinion: '同意扣押' });
    let v = await act(clerk, caseId, measure);
    assert.deepEqual([v.state.measures[0].approvedOn, v.state.measures[0].emergency, v.state.measureApprovalOn], ['2026-03-03', false, null]);
    assert.equal(v.stage, 'coercive_measure');
    assert.equal(v.deadlines.find((d) => d.kind === 'measure_expiry')?.dueOn, '2026-04-02');

    clock.to('2026-03-10');
    const extend = { type: 'extend_measure' as const, on: '2026-03-10', measureId: 1, days: 30, reason: '案情复杂，需进一步核实车辆营运情况' };
    assert.equal((await refused(clerk, caseId, extend)).code, 'FORBIDDEN', 'the 负责人 approves an extension (行政强制法 第二十五条)');
    assert.match((await refused(head, caseId, extend)).message, /延长行政强制措施期限通知书/);
    await issueForm(clerk, caseId, 9);
    assert.match((await refused(head, caseId, { ...extend, days: 45 })).message, /延长期限不得超过30日/);
    v = await act(head, caseId, extend);
    assert.equal(v.deadlines.find((d) => d.kind === 'measure_expiry')?.dueOn, '2026-05-02', '30 + 30 days');
    assert.match(reasonOf(v, 'extend_measure') ?? '', /只能延长一次/);

    clock.to('2026-03-20');
    const release = { type: 'release_measure' as const, on: '2026-03-20', measureId: 1, ground: 'no_longer_needed' as const };
    assert.match((await refused(clerk, caseId, release)).message, /解除行政强制措施决定书/);
    await issueForm(clerk, caseId, 10);
    v = await act(clerk, caseId, release);
    assert.equal(v.stage, 'investigation');
    assert.equal(v.deadlines.find((d) => d.kind === 'measure_expiry')?.status, 'met');
  });

  it('goes through 法制审核: returned with an opinion that stays in the case, amended, approved', async () => {
    clock.to('2026-03-23');
    const report = {
      type: 'close_investigation' as const, on: '2026-03-23', summary: '当事人未取得道路运输经营许可擅自从事道路普通货物运输经营，事实清楚。',
      outcome: 'penalty' as const, penalty: { ...penalty, fine: penalty.fine + 1_000_000 }, circumstance,
    };
    assert.match((await refused(clerk, caseId, report)).message, /须说明理由|裁量|超出/, 'a fine outside 裁量基准 needs reasons');
    let v = await act(clerk, caseId, { ...report, penalty, departureReason });
    assert.equal(v.stage, 'investigation_closed');
    assert.deepEqual(v.requirements, { legalReview: true, collectiveDiscussion: false, hearingRight: true });
    assert.match(reasonOf(v, 'notify') ?? '', /须经法制审核/);
    assert.match(reasonOf(v, 'propose_decision') ?? '', /未告知当事人陈述申辩权利，不能作出处罚决定/);

    v = await act(clerk, caseId, { type: 'submit_review', on: '2026-03-23' });
    assert.equal(v.stage, 'legal_review');
    assert.equal(v.awaiting, 'reviewer');
    assert.ok(v.actions.every((a) => !a.enabled), 'the clerk waits');
    const rv = await reviewer.call('procedure.get', { caseId });
    assert.deepEqual(rv.actions.map((a) => a.type).sort(), ['review_approve', 'review_return']);

    clock.to('2026-03-24');
    const opinion = '违法所得未查清，请补充调取运单和收款记录后重新报审。';
    v = await act(reviewer, caseId, { type: 'review_return', on: '2026-03-24', opinion });
    assert.equal(v.stage, 'investigation_closed');
    const clerkView = await clerk.call('procedure.get', { caseId });
    assert.equal(clerkView.state.review.status, 'returned');
    assert.equal(clerkView.events.at(-1)?.data.opinion, opinion, 'the opinion stays in the case');
    assert.ok(clerkView.actions.some((a) => a.type === 'close_investigation' && a.enabled));

    await act(clerk, caseId, { ...report, on: '2026-03-24', summary: `${report.summary}已补充运单和收款记录，未发现违法所得。`, penalty, departureReason });
    await act(clerk, caseId, { type: 'submit_review', on: '2026-03-24' });
    clock.to('2026-03-25');
    v = await act(reviewer, caseId, { type: 'review_approve', on: '2026-03-25', opinion: '事实清楚，证据确凿，适用依据正确，程序合法，同意。' });
    assert.equal(v.state.review.status, 'approved');
    assert.equal(v.state.review.rounds, 2);
  });

  it('tells the party, and refuses a decision while the statement period runs', async () => {
    assert.match((await refused(clerk, caseId, { type: 'notify', on: '2026-03-25' })).message, /违法行为通知书/);
    await issueForm(clerk, caseId, 11);
    let v = await act(clerk, caseId, { type: 'notify', on: '2026-03-25' });
    assert.equal(v.stage, 'notified');
    assert.equal(v.state.hearingRightTold, true);
    assert.equal(v.deadlines.find((d) => d.kind === 'statement_period')?.dueOn, '2026-03-30', '3 working days');
    assert.equal(v.deadlines.find((d) => d.kind === 'hearing_request')?.dueOn, '2026-04-01', '5 working days');
    clock.to('2026-03-26');
    const e = await refused(clerk, caseId, { type: 'propose_decision', on: '2026-03-26', outcome: 'penalty', penalty, circumstance, departureReason });
    assert.equal(e.code, 'PROC_GUARD');
    assert.match(e.message, /陈述申辩期限（至2026年3月30日）尚未届满/);
    clock.to('2026-03-27');
    v = await act(clerk, caseId, { type: 'request_hearing', on: '2026-03-27' });
    assert.equal(v.stage, 'hearing');
  });

  it('holds the hearing: notice at least 7 working days ahead, a host who did not investigate', async () => {
    clock.to('2026-03-30');
    const schedule = { type: 'schedule_hearing' as const, on: '2026-03-30', hearingOn: '2026-04-10', hostOfficerId, place: '东州市交通运输综合行政执法支队听证室' };
    assert.match((await refused(clerk, caseId, schedule)).message, /听证通知书/);
    await issueForm(clerk, caseId, 12);
    const investigators = (await clerk.call('cases.get', { id: caseId })).officers.map((o) => o.id);
    assert.match((await refused(clerk, caseId, { ...schedule, hostOfficerId: investigators[0] })).message, /不得由本案的调查人员担任/);
    const tooSoon = await refused(clerk, caseId, { ...schedule, hearingOn: '2026-04-03' });
    assert.match(tooSoon.message, /7日前通知/);
    // A host whose 执法资格 is suspended cannot preside (行政处罚法 第四十二条); restored, the same host may.
    const admin = await tb.as('admin');
    const record = (await admin.call('officers.records', {})).find((o) => o.id === hostOfficerId)!;
    const { id: _id, version, accounts: _a, ...fields } = record;
    const suspended = await admin.call('officers.save', { id: hostOfficerId, version, ...fields, certValidFrom: fields.certValidFrom!, certValidTo: fields.certValidTo!, status: 'suspended' });
    const notQualified = await refused(clerk, caseId, schedule);
    assert.equal(notQualified.code, 'OFFICER_NOT_QUALIFIED');
    assert.match(notQualified.message, new RegExp(`${record.name}.*暂停执法.*不能主持听证`));
    assert.deepEqual(notQualified.issues?.map((i) => i.path), ['action.hostOfficerId']);
    await admin.call('officers.save', { id: hostOfficerId, version: suspended.version, ...fields, certValidFrom: fields.certValidFrom!, certValidTo: fields.certValidTo!, status: 'on_duty' });
    let v = await act(clerk, caseId, schedule);
    assert.equal(v.deadlines.find((d) => d.kind === 'hearing_notice')?.status, 'met');

    clock.to('2026-04-10');
    assert.match((await refused(clerk, caseId, { type: 'record_hearing', on: '2026-04-10', held: true })).message, /听证笔录/);
    await issueForm(clerk, caseId, 13);
    v = await act(clerk, caseId, { type: 'record_hearing', on: '2026-04-10', held: true, summary: '当事人对违法事实无异议，请求从轻处罚。' });
    assert.equal(v.stage, 'notified');
    assert.match(reasonOf(v, 'propose_decision') ?? '', /听证后重新进行法制审核/);
    await act(clerk, caseId, { type: 'submit_review', on: '2026-04-10' });
    clock.to('2026-04-13');
    await act(reviewer, caseId, { type: 'review_approve', on: '2026-04-13', opinion: '听证后复核，同意。' });
  });

  it('refuses a decision heavier than what the party was told; the head returns one and approves the next', async () => {
    const heavier = await refused(clerk, caseId, {
      type: 'propose_decision', on: '2026-04-13', outcome: 'penalty', penalty: { ...penalty, licenceAction: 'revoke' }, circumstance, departureReason,
    });
    assert.match(heavier.message, /重于已告知的处罚/);
    let v = await act(clerk, caseId, { type: 'propose_decision', on: '2026-04-13', outcome: 'penalty', penalty, circumstance, departureReason });
    assert.equal(v.stage, 'pending_decision');
    assert.equal(v.awaiting, 'head');
    assert.equal((await refused(reviewer, caseId, { type: 'approve_decision', on: '2026-04-13' })).code, 'FORBIDDEN');
    clock.to('2026-04-14');
    v = await act(head, caseId, { type: 'return_decision', on: '2026-04-14', opinion: '请在决定书中写明从轻处罚的理由。' });
    assert.equal(v.stage, 'notified');
    await act(clerk, caseId, { type: 'propose_decision', on: '2026-04-14', outcome: 'penalty', penalty, circumstance, departureReason });
    clock.to('2026-04-15');
    v = await act(head, caseId, { type: 'approve_decision', on: '2026-04-15' });
    assert.equal(v.stage, 'decided');
    assert.equal(v.state.amountDue, penalty.fine);
    assert.equal(v.deadlines.find((d) => d.kind === 'decision')?.status, 'met');
    assert.equal(v.deadlines.find((d) => d.kind === 'service')?.dueOn, '2026-04-24', '7 working days');
  });

  it('serves the decision; electronic service needs the party’s consent; payment is due 15 days later, rolled past 劳动节', async () => {
    clock.to('2026-04-16');
    assert.match((await refused(clerk, caseId, { type: 'record_service', on: '2026-04-16', method: 'direct' })).message, /行政处罚决定书/);
    await issueForm(clerk, caseId, 15);
    assert.match((await refused(clerk, caseId, { type: 'record_service', on: '2026-04-16', method: 'electronic' })).message, /送达地址确认书/);
    const v = await act(clerk, caseId, { type: 'record_service', on: '2026-04-16', method: 'direct', recipient: '柯岚' });
    assert.equal(v.stage, 'execution');
    assert.equal(v.outstanding, penalty.fine);
    assert.equal(v.deadlines.find((d) => d.kind === 'payment')?.dueOn, '2026-05-06');
  });

  it('grants instalments only with form 17 and a schedule adding up to what is owed; 催告 only once a due date has passed', async () => {
    clock.to('2026-04-20');
    const half = Math.round(penalty.fine / 2);
    const plan = {
      type: 'grant_payment_plan' as const, on: '2026-04-20', kind: 'instalments' as const, reason: '当事人经济困难，申请分期缴纳',
      schedule: [{ dueOn: '2026-05-15', amount: half }, { dueOn: '2026-06-15', amount: penalty.fine - half }],
    };
    assert.match((await refused(head, caseId, plan)).message, /分期（延期）缴纳罚款通知书/);
    await issueForm(clerk, caseId, 17);
    assert.match((await refused(head, caseId, { ...plan, schedule: [plan.schedule[0]] })).message, /应等于未缴金额/);
    let v = await act(head, caseId, plan);
    assert.deepEqual(v.deadlines.filter((d) => d.kind === 'instalment').map((d) => d.dueOn), ['2026-05-15', '2026-06-15']);
    assert.match(reasonOf(await clerk.call('procedure.get', { caseId }), 'issue_demand') ?? '', /尚未届满，不能催告/);

    clock.to('2026-05-14');
    v = await act(clerk, caseId, { type: 'record_payment', on: '2026-05-14', amount: half, receiptNo: 'DZ20260514001' });
    assert.equal(v.outstanding, penalty.fine - half);

    clock.to('2026-06-20');
    v = await clerk.call('procedure.get', { caseId });
    assert.ok(v.lateFee > 0, '加处罚款 runs on the missed instalment');
    assert.ok(v.lateFee <= penalty.fine - half);
    const demand = { type: 'issue_demand' as const, on: '2026-06-20', performBy: '2026-06-30' };
    assert.match((await refused(clerk, caseId, demand)).message, /催告书/);
    await issueForm(clerk, caseId, 19, { decisionDate: '2026-04-15' });
    v = await act(clerk, caseId, demand);
    assert.equal(v.state.demand?.performBy, '2026-06-30');
  });

  it('applies to the court once the 诉讼 period has run (no direct enforcement without the power), then closes with a 结案报告 and archives', async () => {
    clock.to('2026-07-01');
    const direct = await refused(head, caseId, { type: 'enforce', on: '2026-07-01', kind: 'direct' });
    assert.match(direct.message, /申请人民法院强制执行（行政强制法 第十三、四十七条）/, 'the office holds no enforcement power by default');
    const early = await refused(head, caseId, { type: 'enforce', on: '2026-07-01', kind: 'court' });
    assert.match(early.message, /诉讼期限（6个月，行政诉讼法 第四十六条）届满（2026年10月16日）后/);
    clock.to('2026-10-19');
    let v = await act(head, caseId, { type: 'enforce', on: '2026-10-19', kind: 'court', note: '向东州市东湖区人民法院申请强制执行' });
    assert.equal(v.deadlines.find((d) => d.kind === 'court_application')?.status, 'met');
    assert.match(reasonOf(await head.call('procedure.get', { caseId }), 'close_case') ?? '', /未缴纳/);
    clock.to('2026-10-30');
    v = await act(clerk, caseId, { type: 'record_execution_done', on: '2026-10-30', note: '法院已执行剩余罚款及加处罚款' });
    assert.equal(v.stage, 'served');
    assert.equal(v.awaiting, 'head');
    assert.match((await refused(head, caseId, { type: 'close_case', on: '2026-10-30' })).message, /结案报告/);
    await issueForm(clerk, caseId, 24);
    v = await act(head, caseId, { type: 'close_case', on: '2026-10-30' });
    assert.equal(v.stage, 'closed');
    assert.equal(v.awaiting, 'archivist');
    assert.ok(v.deadlines.every((d) => d.status === 'met'), 'a closed case has nothing open');
    clock.to('2026-10-31');
    v = await act(archivist, caseId, { type: 'archive', on: '2026-10-31', retention: '30y' });
    assert.equal(v.stage, 'archived');
    assert.equal(v.awaiting, null);
    assert.deepEqual((await clerk.call('procedure.get', { caseId })).actions, []);
    const detail = await clerk.call('cases.get', { id: caseId });
    assert.equal(detail.stage, 'archived');
  });

  it('recorded every act as an event and in the audit chain, and the chain verifies', async () => {
    const v = await clerk.call('procedure.get', { caseId });
    assert.ok(v.events.length >= 20, `${v.events.length} events`);
    const raw = tb.backend.db.raw();
    const acts = raw.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'case' AND entity_id = ? AND action LIKE 'procedure.%'").get(String(caseId)) as { n: number };
    assert.equal(acts.n, v.events.length);
    const verdict = await head.call('audit.verify', {});
    assert.equal(verdict.intact, true);
  });
});
