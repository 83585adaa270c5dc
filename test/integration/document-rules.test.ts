/**
 * The documents follow the procedure: a document is issued only at its place in the case's procedure,
 * pre-filled from the recorded acts, and refused when what it says differs from them; an act that rests
 * on an issued document is refused when the document says otherwise.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentData } from '../../main/contract/documents';
import type { Penalty } from '../../main/contract/procedure';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { fillRequired } from '../support/fill-form';
import { act, movableClock, refused } from '../support/procedure';

const NONE: Penalty = { warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' };

describe('documents follow the procedure', () => {
  const clock = movableClock('2026-03-02');
  let tb: TestBackend;
  let clerk: Client;
  let reviewer: Client;
  let head: Client;
  let admin: Client;

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, reviewer, head, admin] = await Promise.all(['clerk', 'reviewer', 'head', 'admin'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  async function setHearingThreshold(fine: number): Promise<void> {
    const { settings } = await admin.call('settings.procedure.get', {});
    await admin.call('settings.procedure.update', { ...settings, hearingFineIndividual: fine });
  }

  /** Drafts the form, fills its blanks, applies `change` and saves; returns the draft's id and data. */
  async function draft(caseId: number, formId: number, change: (d: DocumentData) => DocumentData = (d) => d): Promise<{ id: number; data: DocumentData }> {
    const form = (await clerk.call('documents.forms', {})).find((f) => f.id === formId)!;
    const created = await clerk.call('documents.create', { caseId, formId });
    const data = change(fillRequired(form, created.data));
    await clerk.call('documents.saveDraft', { id: created.id, data });
    return { id: created.id, data };
  }

  async function issue(caseId: number, formId: number, change?: (d: DocumentData) => DocumentData): Promise<number> {
    const { id } = await draft(caseId, formId, change);
    await clerk.call('documents.issue', { id });
    return id;
  }

  /** A general case investigated with a fine proposed and reviewed. */
  async function investigated(fine: number): Promise<{ id: number; penalty: Penalty }> {
    const input = await validCaseInput(clerk);
    const c = await clerk.call('cases.create', input);
    const on = clock.today();
    await act(head, c.id, { type: 'approve_registration', on });
    const penalty = { ...NONE, fine };
    await act(clerk, c.id, { type: 'close_investigation', on, summary: '事实清楚，证据确凿', outcome: 'penalty', penalty, departureReason: '依本案情节酌定' });
    await act(clerk, c.id, { type: 'submit_review', on });
    await act(reviewer, c.id, { type: 'review_approve', on, opinion: '事实清楚，适用法律正确，同意' });
    return { id: c.id, penalty };
  }

  /** …then told, heard (the statement waived, the hearing window let run) and decided. */
  async function decided(fine: number): Promise<{ id: number; penalty: Penalty }> {
    const c = await investigated(fine);
    const on = clock.today();
    await issue(c.id, 11);
    await act(clerk, c.id, { type: 'notify', on });
    await act(clerk, c.id, { type: 'record_statement', on, waived: true });
    return c;
  }

  it('refuses a 违法行为通知书 before the investigation is closed, naming the rule', async () => {
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    await act(head, c.id, { type: 'approve_registration', on: clock.today() });
    const { id } = await draft(c.id, 11);
    const e = await clerk.fail('documents.issue', { id });
    assert.equal(e.code, 'DOC_PROCEDURE_MISMATCH');
    assert.match(e.message, /调查终结/);
    assert.match(e.message, /第四十四条/);
    assert.equal((await clerk.call('documents.get', { id })).status, 'draft', 'nothing was issued');
  });

  it('ticks the hearing right on the 违法行为通知书 from the same rule that grants it, and refuses a notice that disagrees in either direction', async () => {
    await setHearingThreshold(1000);
    const withRight = await investigated(1500);
    const a = await clerk.call('documents.create', { caseId: withRight.id, formId: 11 });
    assert.deepEqual(a.data.rights, ['陈述申辩', '要求举行听证'], 'a 1500-yuan fine is over the 1000-yuan threshold');
    assert.equal(a.data.proposedFine ?? 1500, 1500, 'the proposed fine is the one of the 调查终结 report');
    const untick = await draft(withRight.id, 11, (d) => ({ ...d, rights: ['陈述申辩'] }));
    const e1 = await clerk.fail('documents.issue', { id: untick.id });
    assert.equal(e1.code, 'DOC_PROCEDURE_MISMATCH');
    assert.match(e1.message, /属于听证范围（行政处罚法 第六十三条）/);
    assert.equal(e1.issues?.[0].path, 'data.rights');

    const without = await investigated(500);
    const b = await clerk.call('documents.create', { caseId: without.id, formId: 11 });
    assert.deepEqual(b.data.rights, ['陈述申辩']);
    const tick = await draft(without.id, 11, (d) => ({ ...d, rights: ['陈述申辩', '要求举行听证'] }));
    const e2 = await clerk.fail('documents.issue', { id: tick.id });
    assert.match(e2.message, /不属于听证范围/);
  });

  it('refuses to notify on a 违法行为通知书 whose hearing right no longer agrees with the office rule', async () => {
    await setHearingThreshold(1000);
    const c = await investigated(1500);
    await issue(c.id, 11);
    // The office raises its 较大数额 threshold after the notice was issued: the notice now promises a right the party lacks.
    await setHearingThreshold(2000);
    const e = await refused(clerk, c.id, { type: 'notify', on: clock.today() });
    assert.equal(e.code, 'PROC_DOCUMENT_MISMATCH');
    assert.match(e.message, /不属于听证范围/);
    // And the other way: lowered again below the fine, a notice issued without the right is refused.
    await setHearingThreshold(10000);
    const d = await investigated(1500);
    await issue(d.id, 11);
    await setHearingThreshold(1000);
    const e2 = await refused(clerk, d.id, { type: 'notify', on: clock.today() });
    assert.equal(e2.code, 'PROC_DOCUMENT_MISMATCH');
    assert.match(e2.message, /应当告知当事人要求听证的权利/);
    await setHearingThreshold(2000);
  });

  it('refuses a 行政处罚决定书 before the decision is approved, then pre-fills it with the approved fine', async () => {
    await setHearingThreshold(100000);
    clock.to('2026-03-02');
    const c = await decided(800);
    const early = await draft(c.id, 15);
    const e = await clerk.fail('documents.issue', { id: early.id });
    assert.equal(e.code, 'DOC_PROCEDURE_MISMATCH');
    assert.match(e.message, /负责人批准给予行政处罚的决定后签发/);

    clock.to('2026-03-09');
    await act(clerk, c.id, { type: 'propose_decision', on: '2026-03-09', outcome: 'penalty', penalty: c.penalty, departureReason: '依本案情节酌定' });
    assert.equal((await clerk.fail('documents.issue', { id: early.id })).code, 'DOC_PROCEDURE_MISMATCH', 'proposed is not approved');
    await act(head, c.id, { type: 'approve_decision', on: '2026-03-09', opinion: '同意' });

    const fresh = await clerk.call('documents.create', { caseId: c.id, formId: 15 });
    assert.equal(fresh.data.fineAmount, 800, 'the approved fine');
    assert.equal(fresh.data.makeDate, '2026-03-09');

    // The early draft still says 1200 yuan (filled by hand): refused, naming the field.
    const stale = await clerk.fail('documents.issue', { id: early.id });
    if (early.data.fineAmount !== 800) {
      assert.equal(stale.code, 'DOC_PROCEDURE_MISMATCH');
      assert.match(stale.message, /与负责人批准的处罚决定（800元）不一致/);
      assert.equal(stale.issues?.[0].path, 'data.fineAmount');
    }
    const backdated = await draft(c.id, 15, (d) => ({ ...d, makeDate: '2026-03-08' }));
    const e2 = await clerk.fail('documents.issue', { id: backdated.id });
    assert.match(e2.message, /不能早于负责人批准处罚决定的日期（2026年3月9日）/);
    assert.equal(e2.issues?.[0].path, 'data.makeDate');

    const good = await issue(c.id, 15);
    assert.equal((await clerk.call('documents.get', { id: good })).status, 'issued');
    const v = await act(clerk, c.id, { type: 'record_service', on: '2026-03-09', method: 'direct' });
    assert.equal(v.stage, 'execution');
  });

  it('refuses a 催告书 while the payment period runs, and fills it with the amount still owed', async () => {
    await setHearingThreshold(100000);
    clock.to('2026-04-01');
    const c = await decided(600);
    clock.to('2026-04-08');
    await act(clerk, c.id, { type: 'propose_decision', on: '2026-04-08', outcome: 'penalty', penalty: c.penalty, departureReason: '依本案情节酌定' });
    await act(head, c.id, { type: 'approve_decision', on: '2026-04-08' });
    await issue(c.id, 15);
    await act(clerk, c.id, { type: 'record_service', on: '2026-04-08', method: 'direct' });
    await act(clerk, c.id, { type: 'record_payment', on: '2026-04-08', amount: 100 });
    const early = await draft(c.id, 19);
    const e = await clerk.fail('documents.issue', { id: early.id });
    assert.match(e.message, /缴款期限（至2026年4月23日）尚未届满，不能催告/);

    clock.to('2026-04-24');
    const demand = await clerk.call('documents.create', { caseId: c.id, formId: 19 });
    assert.equal(demand.data.decisionDate, '2026-04-08', 'the decision date recorded by the approval');
    if ('amountDue' in demand.data) assert.equal(demand.data.amountDue, 500, 'fine less what was paid');
    const wrongDate = await draft(c.id, 19, (d) => ({ ...d, decisionDate: '2026-04-01' }));
    const e2 = await clerk.fail('documents.issue', { id: wrongDate.id });
    assert.match(e2.message, /与已记录的处罚决定日期（2026年4月8日）不一致/);
    await issue(c.id, 19);
  });

  it('refuses a 行政强制执行决定书 to an office without the power to enforce (行政强制法 第十三条)', async () => {
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    const { id } = await draft(c.id, 20);
    const e = await clerk.fail('documents.issue', { id });
    assert.equal(e.code, 'DOC_PROCEDURE_MISMATCH');
    assert.match(e.message, /申请人民法院强制执行/);
    assert.match(e.message, /行政强制法 第十三条/);
  });

  it('refuses a 当场行政处罚决定书 over the on-the-spot limit, and an on-the-spot decision that differs from the issued form', async () => {
    clock.to('2026-05-06');
    const input = await validCaseInput(clerk, { procedure: 'simple' });
    const c = await clerk.call('cases.create', input);
    const over = await draft(c.id, 14, (d) => ({ ...d, fineAmount: 201, payMode: ['15日内缴至指定银行'] }));
    const e = await clerk.fail('documents.issue', { id: over.id });
    assert.equal(e.code, 'DOC_PROCEDURE_MISMATCH');
    assert.match(e.message, /不得超过200元.*第五十一条/);
    assert.equal(e.issues?.[0].path, 'data.fineAmount');

    // A warning-only decision has no payment block: the form itself refuses a payment mode without a fine.
    const warnOnly = await clerk.call('documents.create', { caseId: c.id, formId: 14 });
    const e2 = await clerk.fail('documents.saveDraft', { id: warnOnly.id, data: { ...warnOnly.data, fineAmount: null, penalty: '警告', payMode: ['15日内缴至指定银行'] } });
    assert.match(e2.message, /没有罚款/);

    await issue(c.id, 14, (d) => ({ ...d, fineAmount: 150, penalty: '罚款150元', payMode: ['15日内缴至指定银行'] }));
    const onSpot = {
      type: 'record_on_spot_decision' as const,
      on: '2026-05-06',
      penalty: { ...NONE, fine: 200 },
      place: '东州市G104国道收费站出口',
      partySigned: true,
    };
    const mismatch = await refused(clerk, c.id, onSpot);
    assert.equal(mismatch.code, 'PROC_DOCUMENT_MISMATCH');
    assert.match(mismatch.message, /当场处罚的罚款（200元）与已签发的当场行政处罚决定书（150元）不一致/);
    const v = await act(clerk, c.id, { ...onSpot, penalty: { ...NONE, fine: 150 } });
    assert.equal(v.state.decision?.penalty.fine, 150);
  });
});
