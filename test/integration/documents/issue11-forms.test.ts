/**
 * The forms follow the law a 案卷评查 checks: form 14's 复议前置 remedy that an office may reword
 * but not drop, the payment block only with a fine, 当场收缴 only on a ground, the forms pre-filled
 * from the recorded acts (11, 15, 17, 19, 21, 25), the statutory 送达 methods only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLECTION_GROUNDS } from '../../../main/contract/procedure';
import { assertNoticeOverride, checkDefinition } from '../../../main/documents/check-definition';
import type { FormData } from '../../../main/documents/definition';
import { DocumentError } from '../../../main/documents/errors';
import { checkFormData, prefillForm, validateFormData } from '../../../main/documents/form-data';
import { formDefinition } from '../../../templates/index';
import { RECONSIDERATION_FIRST_KEY } from '../../../templates/blocks/remedy';
import { INDIVIDUAL_CASE, completed, contextFor, procedureFixture } from './fixtures';

const form = (id: number) => {
  const d = formDefinition(id);
  assert.ok(d, `form ${id}`);
  return d;
};
const refusedWith = (pattern: RegExp) => (e: unknown) => e instanceof DocumentError && e.code === 'DOC_TEMPLATE_INVALID' && pattern.test(e.message);
const paths = (def: ReturnType<typeof form>, data: FormData, draft = false) => validateFormData(def, data, { draft }).map((i) => i.path);

const PENALTY = { warning: false, fine: 1500, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' };
const DECISION = { outcome: 'penalty', penalty: PENALTY, circumstance: '初次违法', departureReason: '', transferTo: '', duty: '', proposedOn: '2026-12-01', decidedOn: '2026-12-03' };

describe('form 14 当场行政处罚决定书: remedy with 复议前置', () => {
  const def = form(14);

  it('prints 行政复议 first and a suit within 15 days of the 复议决定 (行政复议法 第二十三条; 行政诉讼法 第四十五条)', () => {
    const text = def.notices[RECONSIDERATION_FIRST_KEY];
    assert.match(text, /应当先申请行政复议/);
    assert.match(text, /第二十三条第一款第（一）项/);
    assert.match(text, /收到行政复议决定书之日起十五日内/);
    assert.match(text, /不停止执行/);
    assert.match(text, /申请人民法院强制执行/);
    assert.doesNotMatch(text, /也可以自收到本决定书之日起六个月内/, 'no direct suit against an on-the-spot decision');
    assert.equal(def.notices.remedyWithEnforcement, undefined, 'the 复议-or-诉讼 wording of form 15 is not on form 14');
  });

  it('refuses an office wording that drops the 复议前置, naming what is missing', () => {
    const direct = '不服本决定的，可以在六十日内向{reconsiderationOrgan}申请行政复议，也可以在十五日内向{litigationCourt}提起行政诉讼。期间本决定不停止执行，逾期不履行的申请人民法院强制执行。';
    assert.throws(() => assertNoticeOverride(def, RECONSIDERATION_FIRST_KEY, direct), refusedWith(/缺少：应当先申请行政复议（复议前置，行政复议法 第二十三条/));
  });

  it('refuses a blank office wording of the remedy clause', () => {
    assert.throws(() => assertNoticeOverride(def, RECONSIDERATION_FIRST_KEY, '  '), refusedWith(/不能为空：应当写明/));
  });

  it('refuses a wording that drops the 15 days or the 复议机关 blank, and accepts one that keeps every element', () => {
    const keep =
      '对本决定不服的，应当先申请行政复议，自收到本决定书之日起60日内向{reconsiderationOrgan}提出；对复议决定不服的，可在收到复议决定书之日起15日内向{litigationCourt}提起行政诉讼。' +
      '复议、诉讼期间本决定不停止执行。逾期不申请行政复议又不履行的，本机关依法申请人民法院强制执行。';
    assertNoticeOverride(def, RECONSIDERATION_FIRST_KEY, keep);
    assert.throws(() => assertNoticeOverride(def, RECONSIDERATION_FIRST_KEY, keep.replace('15日', '三个月')), refusedWith(/十五日内起诉（行政诉讼法 第四十五条）/));
    assert.throws(() => assertNoticeOverride(def, RECONSIDERATION_FIRST_KEY, keep.replace('{reconsiderationOrgan}', '上级机关')), refusedWith(/复议机关/));
  });

  it('keeps form 15 with 复议 within 60 days or 诉讼 within 6 months', () => {
    const text = form(15).notices.remedyWithEnforcement;
    assert.match(text, /六十日内.*申请行政复议，也可以自收到本决定书之日起六个月内.*提起行政诉讼/);
  });
});

describe('form 14: the payment block only with a fine, 当场收缴 only on a ground', () => {
  const def = form(14);
  const base = completed(def, INDIVIDUAL_CASE);
  const warning: FormData = { ...base, penalty: '警告', fineAmount: null, payMode: [] };

  it('accepts a warning-only decision without a payment mode', () => {
    assert.deepEqual(validateFormData(def, warning, { draft: false }), []);
  });

  it('refuses a payment mode on a warning-only decision, even in a draft, naming the rule', () => {
    const issues = validateFormData(def, { ...warning, payMode: ['15日内缴至指定银行'] }, { draft: true });
    assert.deepEqual(issues.map((i) => i.path), ['payMode']);
    assert.match(issues[0].message, /没有罚款.*行政处罚法/);
  });

  it('requires a payment mode when there is a fine', () => {
    const check = checkFormData(def, { ...base, payMode: [] });
    assert.deepEqual(check.missingKeys, ['payMode']);
    assert.deepEqual(check.missing, ['罚款履行方式']);
  });

  it('offers the three 当场收缴 grounds of the contract and requires one when 当场缴纳 is ticked', () => {
    const field = def.fields.find((f) => f.key === 'collectionGround');
    assert.ok(field && field.kind === 'checkbox');
    assert.deepEqual(field.options, COLLECTION_GROUNDS.filter((g) => g.code !== 'none').map((g) => g.label));
    const onSpot = { ...base, fineAmount: 50, payMode: ['当场缴纳'] };
    assert.deepEqual(paths(def, onSpot), ['collectionGround']);
    assert.deepEqual(paths(def, { ...onSpot, collectionGround: [COLLECTION_GROUNDS[1].label] }), []);
  });

  it('refuses the "一百元以下" ground for a fine above 100 yuan, and a ground without 当场缴纳', () => {
    const small = COLLECTION_GROUNDS.find((g) => g.code === 'small')?.label as string;
    const hard = COLLECTION_GROUNDS.find((g) => g.code === 'hard')?.label as string;
    const over = validateFormData(def, { ...base, fineAmount: 200, payMode: ['当场缴纳'], collectionGround: [small] }, { draft: true });
    assert.match(over[0]?.message ?? '', /第六十八条第（一）项/);
    assert.deepEqual(validateFormData(def, { ...base, fineAmount: 200, payMode: ['当场缴纳'], collectionGround: [hard] }, { draft: true }), []);
    assert.deepEqual(paths(def, { ...base, collectionGround: [hard] }, true), ['collectionGround']);
  });

  it('keeps the payMode labels of stored drafts', () => {
    const field = def.fields.find((f) => f.key === 'payMode');
    assert.ok(field && field.kind === 'checkbox');
    assert.deepEqual(field.options, ['当场缴纳', '15日内缴至指定银行']);
  });

  it('has the time and place of the decision and a refusal-to-sign line', () => {
    for (const key of ['decidedAt', 'place', 'refusalNote']) assert.ok(def.fields.some((f) => f.key === key), key);
    assert.deepEqual(paths(def, { ...base, decidedAt: '' }), ['decidedAt']);
    assert.match(def.notices.refusal, /拒绝签收.*\{refusalNote/);
  });
});

describe('forms pre-filled from the recorded procedure', () => {
  it('form 11 ticks the hearing right exactly when the procedure gives one', () => {
    const def = form(11);
    const proposal = { outcome: 'penalty', penalty: PENALTY, circumstance: '', departureReason: '', majorPublicInterest: false, complex: false, serious: false };
    const requirements = (hearingRight: boolean) => ({ legalReview: false, collectiveDiscussion: false, hearingRight });
    const withRight = prefillForm(def, contextFor(INDIVIDUAL_CASE, '2026-11-24', procedureFixture({ proposal }, { requirements: requirements(true) })));
    const without = prefillForm(def, contextFor(INDIVIDUAL_CASE, '2026-11-24', procedureFixture({ proposal }, { requirements: requirements(false) })));
    assert.deepEqual(withRight.rights, ['陈述申辩', '要求举行听证']);
    assert.deepEqual(without.rights, ['陈述申辩']);
    assert.equal(withRight.proposedFine, 1500);
    assert.equal(withRight.proposed, '罚款人民币1500元');
    assert.equal(withRight.statementDays, '3');
    assert.match(def.notices.statement, /\{statementDays:text:2\}个工作日内/);
    assert.match(def.notices.rightsIntro, /第四十四条、第四十五条、第六十三条、第六十四条/);
    assert.match(def.notices.tickNote, /√/);
  });

  it('form 11 refuses a 陈述申辩 period that is not a number of working days', () => {
    const def = form(11);
    const base = completed(def, INDIVIDUAL_CASE);
    assert.deepEqual(paths(def, { ...base, statementDays: '三' }, true), ['statementDays']);
    assert.deepEqual(paths(def, { ...base, statementDays: '0' }, true), ['statementDays']);
    assert.deepEqual(paths(def, { ...base, statementDays: '5' }, true), []);
  });

  it('form 11 leaves the proposed fine blank for a proposal without a fine', () => {
    const proposal = { outcome: 'penalty', penalty: { ...PENALTY, fine: 0, warning: true }, circumstance: '', departureReason: '', majorPublicInterest: false, complex: false, serious: false };
    const data = prefillForm(form(11), contextFor(INDIVIDUAL_CASE, '2026-11-24', procedureFixture({ proposal })));
    assert.equal(data.proposedFine, null);
    assert.equal(data.proposed, '警告');
  });

  it('form 15 takes the penalty, fine, date and handling from the approved decision', () => {
    const state = { decision: DECISION, notifiedOn: '2026-11-25', statement: { on: '2026-11-26', waived: false, adopted: false }, hearingRightTold: true };
    const data = prefillForm(form(15), contextFor(INDIVIDUAL_CASE, '2026-12-05', procedureFixture(state)));
    assert.equal(data.penalty, '罚款人民币1500元');
    assert.equal(data.fineAmount, 1500);
    assert.equal(data.makeDate, '2026-12-03');
    assert.match(String(data.statementHandling), /2026年11月26日提出陈述、申辩.*不予采纳/);
    assert.match(String(data.hearingHandling), /未要求听证/);
    assert.match(String(data.discretion), /“初次违法”的情形，在裁量基准的幅度内/);
  });

  it('form 15 records a waived statement and a held hearing, and a departure from the 裁量基准 with its reason', () => {
    const state = {
      decision: { ...DECISION, circumstance: '', departureReason: '当事人主动消除违法后果' },
      statement: { on: '2026-11-26', waived: true, adopted: false },
      hearing: { requestedOn: '2026-11-27', noticeOn: '2026-11-28', hearingOn: '2026-12-06', hostOfficerId: null, heldOn: '2026-12-06', waivedOn: null },
    };
    const data = prefillForm(form(15), contextFor(INDIVIDUAL_CASE, '2026-12-10', procedureFixture(state)));
    assert.match(String(data.statementHandling), /明确表示放弃陈述、申辩/);
    assert.match(String(data.hearingHandling), /2026年12月6日依法举行了听证/);
    assert.match(String(data.discretion), /因当事人主动消除违法后果，依法在裁量基准的幅度外/);
  });

  it('form 15 leaves the penalty open before the decision is approved', () => {
    const data = prefillForm(form(15), contextFor(INDIVIDUAL_CASE, '2026-12-05', procedureFixture({ decision: { ...DECISION, decidedOn: null } })));
    assert.equal(data.penalty, '');
    assert.equal(data.fineAmount, null);
    assert.equal(data.makeDate, '2026-12-05');
  });

  it('form 15 prints the payment paragraph only with a fine', () => {
    const def = form(15);
    const payment = def.layout.find((b) => b.type === 'notice' && b.key === 'payment');
    assert.deepEqual(payment?.when, { field: 'fineAmount', is: 'positive' });
  });

  it('form 25 ticks the no-penalty ground of the decision and dates itself on its approval', () => {
    const def = form(25);
    const data = prefillForm(def, contextFor(INDIVIDUAL_CASE, '2026-12-05', procedureFixture({ decision: { ...DECISION, outcome: 'no_penalty_first_offence', penalty: { ...PENALTY, fine: 0 } } })));
    assert.deepEqual(data.ground, ['初次违法且危害后果轻微并及时改正，不予行政处罚（首违不罚，第三十三条第一款）']);
    assert.equal(data.makeDate, '2026-12-03');
    const field = def.fields.find((f) => f.key === 'ground');
    assert.ok(field?.kind === 'checkbox');
    assert.equal(field.options.length, 5);
    assert.ok(!def.notices.remedyNoPenalty.includes('强制执行'), 'no execution clause');
    assert.match(def.notices.remedyNoPenalty, /六十日.*六个月/);
    assert.deepEqual(checkDefinition(def), []);
  });

  it('form 19 states the amount owed and the surcharge already running', () => {
    const def = form(19);
    const proc = procedureFixture({ decision: DECISION, service: { method: 'direct', on: '2026-12-04', effectiveOn: '2026-12-04', abroad: false } }, { outstanding: 1000, lateFee: 450 });
    const data = prefillForm(def, contextFor(INDIVIDUAL_CASE, '2027-01-05', proc));
    assert.equal(data.decisionDate, '2026-12-03');
    assert.equal(data.decisionContent, '罚款人民币1500元');
    assert.equal(data.amountDue, 1000);
    assert.equal(data.lateFee, 450);
    assert.match(String(data.subject), /罚款人民币1000元/);
    assert.match(def.notices.surchargeRunning, /已自缴款期限届满之次日起每日按罚款数额的百分之三加处罚款/);
  });

  it('form 19 takes the on-the-spot decision date when the case went by the simple procedure', () => {
    const data = prefillForm(form(19), contextFor(INDIVIDUAL_CASE, '2027-01-05', procedureFixture({ onSpot: { on: '2026-11-20', partySigned: true, paidOnSpot: false, filedOn: null } })));
    assert.equal(data.decisionDate, '2026-11-20');
  });

  it('form 21 ticks the immediate 代履行 of 第五十二条 when it was recorded', () => {
    const data = prefillForm(form(21), contextFor(INDIVIDUAL_CASE, '2026-12-05', procedureFixture({ immediateSubstitution: { on: '2026-12-05' } })));
    assert.deepEqual(data.ground, ['立即代履行（第五十二条）']);
  });

  it('form 17 takes the fine and the next instalment from the plan', () => {
    const plan = { kind: 'instalments', on: '2026-12-05', schedule: [{ dueOn: '2026-12-20', amount: 500 }, { dueOn: '2027-01-20', amount: 1000 }] };
    const data = prefillForm(form(17), contextFor(INDIVIDUAL_CASE, '2026-12-06', procedureFixture({ decision: DECISION, paymentPlan: plan })));
    assert.equal(data.fineCapital, 1500);
    assert.deepEqual(data.decision, ['同意分期缴纳']);
    assert.deepEqual([data.instalmentNo, data.instalmentDue, data.instalmentAmount, data.remaining], ['1', '2026-12-20', 500, 1000]);
  });
});

describe('records and the 送达回证', () => {
  it('form 4 is not pre-filled with the registration narrative and has a witness slot', () => {
    const def = form(4);
    const data = prefillForm(def, contextFor(INDIVIDUAL_CASE));
    assert.equal(data.facts, '');
    assert.ok(def.fields.some((f) => f.key === 'witness') && def.fields.some((f) => f.key === 'witnessSign'));
  });

  it('forms 2, 3 and 13 put "以下空白" after the last entry, then the confirmation and signature', () => {
    const entry: Record<number, string> = { 2: 'qa', 3: 'result', 13: 'record' };
    for (const id of [2, 3, 13]) {
      const def = form(id);
      const types = def.layout.map((b) => b.type);
      const last = def.layout.findIndex((b) => 'field' in b && b.field === entry[id]);
      const mark = types.indexOf('blankBelow');
      const confirm = def.layout.findIndex((b) => b.type === 'notice' && b.key === 'recordConfirmation');
      assert.ok(last >= 0 && last < mark && mark < confirm, `式样之${id}: ${types.join(',')}`);
      assert.equal(def.layout[confirm + 1]?.type, 'signatures');
      assert.match(def.notices.recordConfirmation, /以上笔录我已看过（向我宣读过），与.*相符/);
    }
  });

  it('form 4 puts "以下空白" right after the 现场情况', () => {
    const def = form(4);
    const i = def.layout.findIndex((b) => b.type === 'labelled' && b.field === 'facts');
    assert.equal(def.layout[i + 1]?.type, 'blankBelow');
  });

  it('form 23 offers only the statutory methods and refuses another one', () => {
    const def = form(23);
    const rows = def.fields.find((f) => f.key === 'rows');
    assert.ok(rows?.kind === 'table');
    assert.deepEqual(rows.columns.find((c) => c.key === 'method')?.suggestions, ['直接送达', '留置送达', '委托送达', '邮寄送达', '转交送达', '电子送达', '公告送达']);
    const base = completed(def, INDIVIDUAL_CASE);
    const other = validateFormData(def, { ...base, rows: [{ document: '行政处罚决定书', method: '代理送达' }] }, { draft: true });
    assert.match(other[0]?.message ?? '', /不是法定送达方式.*第六十一条/);
  });

  it('form 23 requires the 见证人 and 拒收事由 of a 留置送达', () => {
    const def = form(23);
    const left = { ...completed(def, INDIVIDUAL_CASE), rows: [{ document: '行政处罚决定书', method: '留置送达', server: '李明、王芳' }] };
    assert.deepEqual(checkFormData(def, left).missingKeys, ['witness', 'refusalReason']);
    assert.deepEqual(checkFormData(def, { ...left, witness: '赵强（社区居委会）', refusalReason: '当事人拒绝签收' }).missingKeys, []);
  });

  it('form 23 leaves the date of receipt for the recipient to write', () => {
    const data = prefillForm(form(23), contextFor(INDIVIDUAL_CASE));
    assert.deepEqual(data.rows, []);
  });

  it('form 12 states the one-or-two agents rule and that leaving without leave is a waiver', () => {
    const n = form(12).notices;
    assert.match(n.notice2, /委托一至二人代理/);
    assert.match(n.notice4, /未经许可中途退出听证的，视为放弃听证权利/);
  });

  it('form 8 says 涉嫌 and has the party and officer signatures under the inventory', () => {
    const def = form(8);
    assert.match(def.notices.decision, /涉嫌\{illegalAct/);
    const i = def.layout.findIndex((b) => b.type === 'table');
    const next = def.layout[i + 1];
    assert.equal(next?.type, 'signatures');
    assert.deepEqual(next?.type === 'signatures' ? next.items.map((x) => x.field) : [], ['partySign', 'officerSign']);
  });
});
