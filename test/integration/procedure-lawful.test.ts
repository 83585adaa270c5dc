/**
 * The procedure as the law has it (issue 11): for each rule the unlawful step is refused with a Chinese
 * message naming the rule, and the lawful one is accepted. Cases are walked through the API; the office
 * here gives every fine the hearing right and reviews only what the law requires, so each case needs only
 * the steps its point is about.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COLLECTION_GROUNDS, type Penalty, type ProcedureSettings } from '../../main/contract/procedure';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, decideAndServe, issueForm, movableClock, PAY_AT_BANK, PAY_ON_SPOT, reasonOf, refused, type Staff } from '../support/procedure';

const NONE: Penalty = { warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' };
const WARNING: Penalty = { ...NONE, warning: true };
const PLACE = '东州市G104国道收费站出口';
const ground = (code: string) => COLLECTION_GROUNDS.find((g) => g.code === code)!.label;

describe('the procedure follows the law', () => {
  const clock = movableClock('2026-01-05');
  let tb: TestBackend;
  let clerk: Client;
  let reviewer: Client;
  let head: Client;
  let admin: Client;
  let staff: Staff;
  let settings: ProcedureSettings;
  /** A fine inside the cause's mildest 裁量 tier, with what the tier asks for. */
  let fined: { penalty: Penalty; circumstance: string; departureReason: string };
  let otherOfficer: number;

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, reviewer, head, admin] = await Promise.all(['clerk', 'reviewer', 'head', 'admin'].map((u) => tb.as(u)));
    staff = { clerk, reviewer, head };
    settings = (await admin.call('settings.procedure.get', {})).settings;
    await admin.call('settings.procedure.update', { ...settings, hearingFineIndividual: 1, reviewAllGeneral: false });
    settings = (await admin.call('settings.procedure.get', {})).settings;
    const input = await validCaseInput(clerk);
    const cause = (await clerk.call('catalog.causes', { category: 'road_transport' })).find((c) => c.id === input.causeId)!;
    const tier = cause.discretion[0];
    fined = tier
      ? { penalty: { ...NONE, fine: tier.fineMax }, circumstance: tier.circumstance, departureReason: '' }
      : { penalty: { ...NONE, fine: 5000 }, circumstance: '', departureReason: '本案由承办人根据违法情节酌定' };
    const officers = await clerk.call('officers.list', {});
    otherOfficer = officers.find((o) => !input.officerIds.includes(o.id))!.id;
  });
  after(() => tb.close());

  /** A case registered on the clock's day (the violation that morning), approved unless told otherwise. */
  async function newCase(opts: { procedure?: 'general' | 'simple'; occurredAt?: string; approve?: boolean; officers?: number } = {}): Promise<number> {
    const input = await validCaseInput(clerk, { procedure: opts.procedure ?? 'general', occurredAt: opts.occurredAt ?? `${clock.today()}T08:30` });
    const c = await clerk.call('cases.create', input);
    // Registration now refuses fewer than two officers; a case registered under the old rule still has one.
    if (opts.officers === 1) await tb.backend.db.write((m) => m.query('DELETE FROM case_officer WHERE case_id = ? AND ordinal > 0', [c.id]));
    if ((opts.procedure ?? 'general') === 'general' && opts.approve !== false) await act(head, c.id, { type: 'approve_registration', on: clock.today() });
    return c.id;
  }

  describe('简易程序 (行政处罚法 第四十二、五十一、六十八至七十条)', () => {
    const decision = (fine: number) => ({ type: 'record_on_spot_decision' as const, on: clock.today(), penalty: { ...NONE, fine }, place: PLACE, partySigned: true });

    it('refuses an on-the-spot decision with one officer', async () => {
      clock.to('2026-03-02');
      const id = await newCase({ procedure: 'simple', officers: 1 });
      const e = await refused(clerk, id, decision(100));
      assert.equal(e.code, 'PROC_GUARD');
      assert.match(e.message, /两名以上持有有效执法证件的执法人员进行（行政处罚法 第四十二条），本案现有 1 名/);
      const two = await newCase({ procedure: 'simple' });
      await issueForm(clerk, two, 14, { fineAmount: 100, payMode: [PAY_AT_BANK] });
      assert.equal((await act(clerk, two, decision(100))).stage, 'execution');
    });

    it('refuses 当场收缴 without a statutory ground, the small-fine ground above 100 yuan, and collection without the 财政 receipt', async () => {
      const id = await newCase({ procedure: 'simple' });
      await issueForm(clerk, id, 14, { fineAmount: 150, payMode: [PAY_ON_SPOT], collectionGround: [ground('remote')] });
      const noGround = await refused(clerk, id, { ...decision(150), paidOnSpot: true, receiptNo: 'ZJ001' });
      assert.match(noGround.message, /当场收缴罚款须有法定情形.*第六十八条.*第六十九条/);
      assert.deepEqual(noGround.issues?.map((i) => i.path), ['action.collectionGround']);
      const small = await refused(clerk, id, { ...decision(150), paidOnSpot: true, collectionGround: 'small', receiptNo: 'ZJ001' });
      assert.match(small.message, /一百元以下罚款的方可据此当场收缴（行政处罚法 第六十八条第（一）项）/);
      const noReceipt = await refused(clerk, id, { ...decision(150), paidOnSpot: true, collectionGround: 'remote' });
      assert.match(noReceipt.message, /财政部门统一制发的专用票据.*（行政处罚法 第七十条）/);
      const v = await act(clerk, id, { ...decision(150), paidOnSpot: true, collectionGround: 'remote', receiptNo: 'ZJ20260302001' });
      assert.deepEqual(v.state.onSpot && [v.state.onSpot.place, v.state.onSpot.collectionGround, v.state.onSpot.receiptNo, v.state.onSpot.paidOnSpot], [PLACE, 'remote', 'ZJ20260302001', true]);
      assert.equal(v.outstanding, 0);
    });

    it('collects a fine of 100 yuan on the spot on the small-fine ground', async () => {
      const id = await newCase({ procedure: 'simple' });
      await issueForm(clerk, id, 14, { fineAmount: 100, payMode: [PAY_ON_SPOT], collectionGround: [ground('small')] });
      const v = await act(clerk, id, { ...decision(100), paidOnSpot: true, collectionGround: 'small', receiptNo: 'ZJ20260302002' });
      assert.equal(v.state.onSpot?.collectionGround, 'small');
      assert.equal(v.deadlines.find((d) => d.kind === 'payment')?.status, 'met');
    });

    it('gives a warning-only decision no payment: no 当场收缴 and no ground', async () => {
      const id = await newCase({ procedure: 'simple' });
      await issueForm(clerk, id, 14, {});
      const warn = { ...decision(0), penalty: WARNING };
      assert.match((await refused(clerk, id, { ...warn, paidOnSpot: true, collectionGround: 'small', receiptNo: 'ZJ1' })).message, /仅给予警告的，没有罚款可当场收缴/);
      assert.match((await refused(clerk, id, { ...warn, collectionGround: 'hard' })).message, /仅给予警告/);
      const v = await act(clerk, id, warn);
      assert.deepEqual([v.state.amountDue, v.outstanding, v.state.onSpot?.collectionGround], [0, 0, 'none']);
      assert.ok(!v.deadlines.some((d) => d.kind === 'payment' || d.kind === 'court_application'));
    });

    it('refuses an on-the-spot decision without its place', async () => {
      const id = await newCase({ procedure: 'simple' });
      await issueForm(clerk, id, 14, { fineAmount: 50, payMode: [PAY_AT_BANK] });
      const e = await refused(clerk, id, { ...decision(50), place: ' ' });
      assert.equal(e.code, 'VALIDATION_FAILED');
      assert.deepEqual(e.issues?.map((i) => i.path), ['action.place']);
    });
  });

  describe('申请人民法院强制执行 (行政强制法 第五十三、五十四条；行政诉讼法 第四十六条)', () => {
    let id: number;

    it('a court application before the 诉讼 period has run is refused', async () => {
      clock.to('2026-01-05');
      id = await newCase();
      const v = await decideAndServe(staff, id, '2026-01-05', fined);
      assert.equal(v.deadlines.find((d) => d.kind === 'court_application')?.dueOn, '2026-10-05', '6 months to 07-05, then 3 months');
      clock.to('2026-01-26');
      await issueForm(clerk, id, 19, { decisionDate: '2026-01-05' });
      await act(clerk, id, { type: 'issue_demand', on: '2026-01-26', performBy: '2026-02-05' });
      clock.to('2026-03-02');
      const early = await refused(head, id, { type: 'enforce', on: '2026-03-02', kind: 'court' });
      assert.equal(early.code, 'PROC_GUARD');
      assert.match(early.message, /诉讼期限（6个月，行政诉讼法 第四十六条）届满（2026年7月5日）后.*最早可于2026年7月6日申请/);
      // The office holds no enforcement power, and 代履行 is for duties, not fines.
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-03-02', kind: 'direct' })).message, /行政强制法 第十三、四十七条/);
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-03-02', kind: 'substitute' })).message, /代履行只适用于排除妨碍、恢复原状等义务（行政强制法 第五十条），不能用于执行罚款/);
    });

    it('a court application in the window is accepted, and one after it is refused', async () => {
      clock.to('2026-11-02');
      const late = await refused(head, id, { type: 'enforce', on: '2026-11-02', kind: 'court' });
      assert.match(late.message, /申请人民法院强制执行的期限已于2026年10月5日届满（行政强制法 第五十三条/);
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-07-05', kind: 'court' })).message, /最早可于2026年7月6日/);
      const v = await act(head, id, { type: 'enforce', on: '2026-07-06', kind: 'court', note: '向东湖区人民法院申请强制执行' });
      assert.deepEqual(v.state.enforcement, { on: '2026-07-06', kind: 'court' });
      assert.equal(v.deadlines.find((d) => d.kind === 'court_application')?.metOn, '2026-07-06');
    });

    it('a court application after an instalment plan counts from its end', async () => {
      clock.to('2026-01-05');
      const id = await newCase();
      await decideAndServe(staff, id, '2026-01-05', fined);
      clock.to('2026-01-10');
      await issueForm(clerk, id, 17);
      let v = await act(head, id, {
        type: 'grant_payment_plan', on: '2026-01-10', kind: 'deferral', reason: '当事人经济困难，申请延期缴纳',
        schedule: [{ dueOn: '2026-09-30', amount: fined.penalty.fine }],
      });
      const row = v.deadlines.find((d) => d.kind === 'court_application')!;
      assert.deepEqual([row.fromOn, row.dueOn, row.rule], ['2026-09-30', '2026-12-30', '缴款计划届满后3个月'], '行政处罚法 第七十二条第二款');
      clock.to('2026-10-08');
      await issueForm(clerk, id, 19, { decisionDate: '2026-01-05' });
      await act(clerk, id, { type: 'issue_demand', on: '2026-10-08', performBy: '2026-10-18' });
      // Beyond 6 + 3 months from service, but within 3 months of the deferral's end: lawful.
      clock.to('2026-11-16');
      v = await act(head, id, { type: 'enforce', on: '2026-11-16', kind: 'court', note: '延期届满后仍未缴纳，申请法院强制执行' });
      assert.equal(v.state.enforcement?.kind, 'court');
    });
  });

  describe('听证 (行政处罚法 第六十二、六十四条)', () => {
    it('waiving 陈述申辩 leaves the hearing-request window open; only an express hearing waiver ends it', async () => {
      clock.to('2026-03-02');
      const id = await newCase();
      await act(clerk, id, { type: 'close_investigation', on: '2026-03-02', summary: '事实清楚', outcome: 'penalty', ...fined });
      await issueForm(clerk, id, 11);
      let v = await act(clerk, id, { type: 'notify', on: '2026-03-02' });
      assert.equal(v.state.hearingRightTold, true);
      await act(clerk, id, { type: 'record_statement', on: '2026-03-02', waived: true });
      const e = await refused(clerk, id, { type: 'propose_decision', on: '2026-03-02', outcome: 'penalty', ...fined });
      assert.match(e.message, /听证申请期限（至2026年3月9日）尚未届满/);
      v = await act(clerk, id, { type: 'waive_hearing', on: '2026-03-02', note: '当事人书面声明放弃听证' });
      assert.equal(v.state.hearingWaivedOn, '2026-03-02');
      assert.equal(v.deadlines.find((d) => d.kind === 'hearing_request')?.metOn, '2026-03-02');
      assert.match((await refused(clerk, id, { type: 'request_hearing', on: '2026-03-02' })).message, /明确放弃听证（行政处罚法 第六十四条）/);
      v = await act(clerk, id, { type: 'propose_decision', on: '2026-03-02', outcome: 'penalty', ...fined });
      assert.equal(v.stage, 'pending_decision');
    });

    it('offers no hearing waiver where there is no hearing right, nor after the party asked for a hearing', async () => {
      const warned = await newCase();
      await act(clerk, warned, { type: 'close_investigation', on: '2026-03-02', summary: '事实清楚', outcome: 'penalty', penalty: WARNING, departureReason: '情节轻微，仅予警告' });
      await issueForm(clerk, warned, 11);
      let v = await act(clerk, warned, { type: 'notify', on: '2026-03-02' });
      assert.equal(v.state.hearingRightTold, false);
      assert.equal(reasonOf(v, 'waive_hearing'), undefined);
      const asked = await newCase();
      await act(clerk, asked, { type: 'close_investigation', on: '2026-03-02', summary: '事实清楚', outcome: 'penalty', ...fined });
      await issueForm(clerk, asked, 11);
      await act(clerk, asked, { type: 'notify', on: '2026-03-02' });
      v = await act(clerk, asked, { type: 'request_hearing', on: '2026-03-02' });
      assert.equal(reasonOf(v, 'waive_hearing'), undefined);
      assert.equal((await refused(clerk, asked, { type: 'waive_hearing', on: '2026-03-02' })).code, 'PROC_NOT_ALLOWED');
    });
  });

  describe('行政强制执行 and 代履行 (行政强制法 第十三、四十六、五十至五十二条)', () => {
    it('direct enforcement of a fine needs the office’s power and 加处罚款 run for more than 30 days before the 催告', async () => {
      await admin.call('settings.procedure.update', { ...settings, directEnforcement: true, directEnforcementBasis: '《中华人民共和国某法》第某条（测试）' });
      try {
        clock.to('2026-01-05');
        const early = await newCase();
        const late = await newCase();
        for (const id of [early, late]) await decideAndServe(staff, id, '2026-01-05', fined);
        // Payment was due 01-20: the surcharge has run 30 days on 02-19.
        clock.to('2026-01-26');
        await issueForm(clerk, early, 19, { decisionDate: '2026-01-05' });
        await act(clerk, early, { type: 'issue_demand', on: '2026-01-26', performBy: '2026-02-05' });
        clock.to('2026-02-20');
        await issueForm(clerk, late, 19, { decisionDate: '2026-01-05' });
        await act(clerk, late, { type: 'issue_demand', on: '2026-02-20', performBy: '2026-03-02' });
        clock.to('2026-03-03');
        const e = await refused(head, early, { type: 'enforce', on: '2026-03-03', kind: 'direct' });
        assert.match(e.message, /加处罚款超过三十日（2026年2月19日以后）经催告当事人仍不履行的，方可强制执行.*（行政强制法 第四十六条）/);
        await issueForm(clerk, late, 20, { decisionDate: '2026-01-05' });
        const v = await act(head, late, { type: 'enforce', on: '2026-03-03', kind: 'direct', note: '划拨存款' });
        assert.equal(v.state.enforcement?.kind, 'direct');
      } finally {
        await admin.call('settings.procedure.update', settings);
      }
    });

    it('代履行 enforces a 恢复原状 duty three days after the 催告, and the case closes only once it is executed', async () => {
      clock.to('2026-04-01');
      const id = await newCase();
      let v = await decideAndServe(staff, id, '2026-04-01', { outcome: 'no_penalty_minor', duty: '恢复被损坏的公路路肩' });
      assert.deepEqual([v.stage, v.state.decision?.duty, v.state.amountDue], ['execution', '恢复被损坏的公路路肩', 0], 'the duty is still owed');
      await issueForm(clerk, id, 19, { decisionDate: '2026-04-01' });
      await act(clerk, id, { type: 'issue_demand', on: '2026-04-01', performBy: '2026-04-02' });
      clock.to('2026-04-03');
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-04-03', kind: 'substitute' })).message, /代履行三日前应当催告当事人履行（行政强制法 第五十一条）：最早2026年4月4日/);
      clock.to('2026-04-07');
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-04-07', kind: 'substitute' })).message, /代履行决定书/);
      await issueForm(clerk, id, 21);
      v = await act(head, id, { type: 'enforce', on: '2026-04-07', kind: 'substitute', note: '由本机关组织修复路肩' });
      assert.equal(v.state.enforcement?.kind, 'substitute');
      await issueForm(clerk, id, 24);
      assert.match((await refused(head, id, { type: 'close_case', on: '2026-04-07' })).message, /责令履行的义务（恢复被损坏的公路路肩）尚未履行或执行完毕/);
      await act(clerk, id, { type: 'record_execution_done', on: '2026-04-07', note: '路肩已修复' });
      assert.equal((await act(head, id, { type: 'close_case', on: '2026-04-07' })).stage, 'closed');
    });

    it('a duty the party performs itself ends the execution stage', async () => {
      const id = await newCase();
      await decideAndServe(staff, id, '2026-04-07', { outcome: 'no_penalty_first_offence', duty: '清除占用公路的堆积物' });
      await issueForm(clerk, id, 24);
      assert.match((await refused(head, id, { type: 'close_case', on: '2026-04-07' })).message, /尚未履行或执行完毕/);
      const v = await act(clerk, id, { type: 'record_duty_performed', on: '2026-04-07', note: '当事人已自行清除' });
      assert.deepEqual([v.stage, v.state.dutyDoneOn], ['served', '2026-04-07']);
      assert.equal((await act(head, id, { type: 'close_case', on: '2026-04-07' })).stage, 'closed');
    });

    it('immediate 代履行 clears a road without a decision or 催告 first, on its 代履行决定书', async () => {
      const id = await newCase({ approve: false });
      const note = '清除G104国道K12处遗洒的砂石';
      // Without its 代履行决定书 the head is not offered execution at all in a case with no decision.
      assert.equal((await refused(head, id, { type: 'enforce', on: '2026-04-07', kind: 'substitute', immediate: true, note })).code, 'PROC_NOT_ALLOWED');
      await issueForm(clerk, id, 21, { ground: ['立即代履行（第五十二条）'] });
      assert.match((await refused(head, id, { type: 'enforce', on: '2026-04-07', kind: 'direct', immediate: true, note })).message, /立即实施的只能是代履行（行政强制法 第五十二条）/);
      const v = await act(head, id, { type: 'enforce', on: '2026-04-07', kind: 'substitute', immediate: true, note });
      assert.deepEqual([v.state.immediateSubstitution, v.state.enforcement, v.stage], [{ on: '2026-04-07' }, null, 'registered']);
    });
  });

  describe('行政强制措施 (行政强制法 第十八、十九、二十五条)', () => {
    const measure = (on: string) => ({ type: 'impose_measure' as const, on, kind: 'detain_vehicle' as const, items: '浙AD12345 轻型厢式货车一辆', days: 30 });

    it('takes a roadside 暂扣 before 立案 approval on the emergency path, reported and ratified by the head within 24 hours', async () => {
      clock.to('2026-05-11');
      const id = await newCase({ approve: false });
      await issueForm(clerk, id, 8);
      assert.match((await refused(clerk, id, measure('2026-05-11'))).message, /立案尚未经负责人批准.*情况紧急当场实施.*（行政强制法 第十九条）/);
      assert.match((await refused(clerk, id, { ...measure('2026-05-11'), emergency: true })).message, /写明不能事先报批的理由/);
      let v = await act(clerk, id, { ...measure('2026-05-11'), emergency: true, emergencyReason: '当事人拒不停车接受检查，车辆可能驶离' });
      assert.deepEqual([v.state.measures[0].emergency, v.state.measures[0].approvedOn], [true, null]);
      const report = v.deadlines.find((d) => d.kind === 'measure_report')!;
      assert.deepEqual([report.dueOn, report.status], ['2026-05-12', 'open']);
      await issueForm(clerk, id, 9);
      const extend = { type: 'extend_measure' as const, on: '2026-05-11', measureId: 1, days: 30, reason: '需鉴定' };
      assert.match((await refused(head, id, extend)).message, /尚未补办批准手续，不能延长.*（行政强制法 第十九条）/);
      clock.to('2026-05-12');
      v = await act(head, id, { type: 'ratify_measure', on: '2026-05-12', measureId: 1, opinion: '同意' });
      assert.equal(v.deadlines.find((d) => d.kind === 'measure_report')?.metOn, '2026-05-12');
      v = await act(head, id, { ...extend, on: '2026-05-12' });
      assert.equal(v.state.measures[0].extendedDays, 30);
    });

    it('spends one approval on one measure', async () => {
      const id = await newCase();
      await issueForm(clerk, id, 8);
      await issueForm(clerk, id, 8);
      await act(head, id, { type: 'approve_measure', on: '2026-05-12' });
      const v = await act(clerk, id, measure('2026-05-12'));
      assert.deepEqual([v.state.measures[0].approvedOn, v.state.measureApprovalOn], ['2026-05-12', null]);
      assert.match((await refused(clerk, id, { ...measure('2026-05-12'), kind: 'seize' as const })).message, /经批准（行政强制法 第十八条第（一）项）/);
    });
  });

  describe('先行登记保存 (行政处罚法 第五十六条)', () => {
    it('needs a decision on preserved evidence within 7 working days; late, the items can only be released', async () => {
      clock.to('2026-06-01');
      const id = await newCase();
      const preserve = { type: 'preserve_evidence' as const, on: '2026-06-01', approvedOn: '2026-06-01', items: '道路运输单据3张' };
      assert.match((await refused(clerk, id, preserve)).message, /证据登记保存清单/);
      await issueForm(clerk, id, 6);
      assert.match((await refused(clerk, id, { ...preserve, approvedOn: '2026-06-02' })).message, /事先经行政机关负责人批准（行政处罚法 第五十六条）/);
      let v = await act(clerk, id, preserve);
      const due = v.deadlines.find((d) => d.kind === 'evidence_decision')!;
      assert.deepEqual([due.dueOn, due.rule, due.status], ['2026-06-10', '7个工作日', 'open']);
      assert.match((await refused(head, id, { type: 'revoke', on: '2026-06-01', reason: '违法事实不成立' })).message, /先行登记保存的证据未作出处理决定.*（行政处罚法 第五十六条）/);
      clock.to('2026-06-11');
      assert.match((await refused(clerk, id, { type: 'decide_preservation', on: '2026-06-11', preservationId: 1, disposition: 'seize' })).message, /七日内（至2026年6月10日）作出处理决定.*只能解除登记保存并退还/);
      assert.match((await refused(clerk, id, { type: 'decide_preservation', on: '2026-06-11', preservationId: 1, disposition: 'release' })).message, /解除证据登记保存决定书/);
      await issueForm(clerk, id, 7);
      v = await act(clerk, id, { type: 'decide_preservation', on: '2026-06-11', preservationId: 1, disposition: 'release' });
      assert.equal(v.deadlines.find((d) => d.kind === 'evidence_decision')?.metOn, '2026-06-11');
      assert.equal((await act(head, id, { type: 'revoke', on: '2026-06-11', reason: '违法事实不成立' })).stage, 'revoked');
    });
  });

  describe('追责时效 (行政处罚法 第三十六条) and the 2021 grounds for no penalty', () => {
    it('refuses a penalty for a violation discovered more than two years after it happened, and ends it without one', async () => {
      clock.to('2026-06-01');
      const id = await newCase({ occurredAt: '2024-05-20T10:00' });
      const report = { type: 'close_investigation' as const, on: '2026-06-01', summary: '事实清楚', outcome: 'penalty' as const, ...fined };
      const e = await refused(clerk, id, report);
      assert.match(e.message, /违法行为发生于2024年5月20日，至2026年6月1日立案时已超过二年未被发现，不再给予行政处罚（行政处罚法 第三十六条）/);
      assert.match(e.message, /违法行为在法定期限内未被发现/);
      assert.match((await refused(clerk, id, { ...report, longLimitation: true })).message, /写明.*理由（行政处罚法 第三十六条）/);
      let v = await act(clerk, id, { ...report, longLimitation: true, longLimitationReason: '非法营运客车发生事故，造成乘客受伤' });
      assert.deepEqual([v.state.proposal?.longLimitation, v.state.proposal?.longLimitationReason], [true, '非法营运客车发生事故，造成乘客受伤']);
      // Without the grave harm the case ends with the limitation outcome: no 告知, no fine.
      await act(clerk, id, { type: 'close_investigation', on: '2026-06-01', summary: '已过追责时效', outcome: 'no_penalty_limitation' });
      await act(clerk, id, { type: 'propose_decision', on: '2026-06-01', outcome: 'no_penalty_limitation' });
      v = await act(head, id, { type: 'approve_decision', on: '2026-06-01' });
      assert.deepEqual([v.state.decision?.outcome, v.state.amountDue, v.state.notifiedOn], ['no_penalty_limitation', 0, null]);
    });

    it('decides 首违不罚 and 无主观过错 like a minor violation: no 告知, no fine', async () => {
      for (const outcome of ['no_penalty_first_offence', 'no_penalty_no_fault'] as const) {
        const id = await newCase();
        const v = await decideAndServe(staff, id, '2026-06-01', { outcome });
        assert.deepEqual([v.state.decision?.outcome, v.state.amountDue, v.state.notifiedOn, v.stage], [outcome, 0, null, 'served']);
      }
    });
  });

  describe('补充调查（重新告知）', () => {
    it('reopens 告知 when a heavier penalty is found, and tells the party again on a second 违法行为通知书', async () => {
      clock.to('2026-07-01');
      const id = await newCase();
      await act(clerk, id, { type: 'close_investigation', on: '2026-07-01', summary: '事实清楚', outcome: 'penalty', ...fined });
      await issueForm(clerk, id, 11);
      await act(clerk, id, { type: 'notify', on: '2026-07-01' });
      await act(clerk, id, { type: 'record_statement', on: '2026-07-01', waived: true });
      await act(clerk, id, { type: 'waive_hearing', on: '2026-07-01' });
      const heavier = { ...fined, penalty: { ...fined.penalty, licenceAction: 'suspend' as const } };
      const e = await refused(clerk, id, { type: 'propose_decision', on: '2026-07-01', outcome: 'penalty', ...heavier });
      assert.match(e.message, /须先进行“补充调查（重新告知）”/);
      let v = await act(clerk, id, { type: 'reopen_investigation', on: '2026-07-01', reason: '发现当事人曾因同类违法被处罚' });
      assert.deepEqual(
        [v.stage, v.state.notifiedOn, v.state.investigationClosedOn, v.state.statement, v.state.hearingWaivedOn, v.state.reopenings.length, v.state.notifications],
        ['investigation', null, null, null, null, 1, 1],
        '告知 and what the party said to it start again',
      );
      await act(clerk, id, { type: 'close_investigation', on: '2026-07-01', summary: '补充调查后，事实清楚', outcome: 'penalty', ...heavier });
      assert.match((await refused(clerk, id, { type: 'notify', on: '2026-07-01' })).message, /违法行为通知书/, 'the second 告知 needs its own notice');
      await issueForm(clerk, id, 11);
      v = await act(clerk, id, { type: 'notify', on: '2026-07-01' });
      assert.deepEqual([v.state.notifications, v.state.hearingRightTold], [2, true]);
      await act(clerk, id, { type: 'record_statement', on: '2026-07-01', waived: true });
      await act(clerk, id, { type: 'waive_hearing', on: '2026-07-01' });
      v = await act(clerk, id, { type: 'propose_decision', on: '2026-07-01', outcome: 'penalty', ...heavier });
      assert.equal(v.stage, 'pending_decision');
    });

    it('keeps a hearing held before the reopening: the case still needs 法制审核 (第五十八条第（二）项)', async () => {
      clock.to('2026-07-01');
      const id = await newCase();
      let v = await act(clerk, id, { type: 'close_investigation', on: '2026-07-01', summary: '事实清楚', outcome: 'penalty', ...fined });
      assert.equal(v.requirements.legalReview, false, 'this office reviews only what the law requires');
      await issueForm(clerk, id, 11);
      await act(clerk, id, { type: 'notify', on: '2026-07-01' });
      await act(clerk, id, { type: 'request_hearing', on: '2026-07-01' });
      await issueForm(clerk, id, 12, { hearingTime: '2026-07-13T09:00' });
      await act(clerk, id, { type: 'schedule_hearing', on: '2026-07-01', hearingOn: '2026-07-13', hostOfficerId: otherOfficer, place: '听证室' });
      clock.to('2026-07-13');
      await issueForm(clerk, id, 13);
      await act(clerk, id, { type: 'record_hearing', on: '2026-07-13', held: true, summary: '当事人提出新的证据' });
      v = await act(clerk, id, { type: 'reopen_investigation', on: '2026-07-13', reason: '听证中当事人提出新证据，需补充调查' });
      assert.deepEqual([v.state.pastHearingHeldOn, v.state.hearing, v.requirements.legalReview], ['2026-07-13', null, true]);
      v = await act(clerk, id, { type: 'close_investigation', on: '2026-07-13', summary: '补充调查后，事实清楚', outcome: 'penalty', ...fined });
      assert.match(reasonOf(v, 'notify') ?? '', /须经法制审核/);
    });
  });
});
