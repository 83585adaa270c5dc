/** 简易程序 (当场处罚): the legal limits of an on-the-spot penalty, the party's signature, filing within 5 days, payment, closing. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { COLLECTION_GROUNDS } from '../../main/contract/procedure';
import { act, issueForm, movableClock, PAY_AT_BANK, PAY_ON_SPOT, reasonOf, refused } from '../support/procedure';

const PLACE = '东州市G104国道收费站出口';
const NO_PENALTY = { warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' };

describe('简易程序', () => {
  const clock = movableClock('2026-09-29');
  let tb: TestBackend;
  let clerk: Client;
  let head: Client;
  let archivist: Client;

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, head, archivist] = await Promise.all(['clerk', 'head', 'archivist'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  async function simpleCase(kind: 'individual' | 'organisation'): Promise<number> {
    const input = await validCaseInput(clerk, { procedure: 'simple' });
    const parties = kind === 'individual' ? input.parties : [...input.parties].reverse();
    const c = await clerk.call('cases.create', { ...input, parties });
    return c.id;
  }

  it('allows a fine of at most 200 yuan for a citizen, and nothing but a warning or a fine', async () => {
    const id = await simpleCase('individual');
    const v0 = await clerk.call('procedure.get', { caseId: id });
    assert.equal(v0.stage, 'registered');
    assert.equal(v0.awaiting, 'clerk', 'no 立案 approval in 简易程序');
    assert.deepEqual(v0.deadlines.filter((d) => d.kind === 'decision'), [], 'no 90-day limit on the spot');
    const decision = { type: 'record_on_spot_decision' as const, on: '2026-09-29', penalty: { ...NO_PENALTY, fine: 200 }, place: PLACE, partySigned: true };
    assert.match((await refused(clerk, id, decision)).message, /当场行政处罚决定书/);
    await issueForm(clerk, id, 14, { fineAmount: 200, payMode: [PAY_AT_BANK] });
    const tooMuch = await refused(clerk, id, { ...decision, penalty: { ...NO_PENALTY, fine: 201 } });
    assert.equal(tooMuch.code, 'PROC_GUARD');
    assert.match(tooMuch.message, /不得超过200元/);
    assert.match((await refused(clerk, id, { ...decision, penalty: { ...NO_PENALTY, fine: 100, licenceAction: 'suspend' } })).message, /只能给予警告或者罚款/);
    assert.match((await refused(clerk, id, { ...decision, partySigned: false })).message, /拒绝签收/);
    const v = await act(clerk, id, { ...decision, partySigned: false, refusalNote: '当事人拒绝签名，执法人员当场注明并录像' });
    assert.equal(v.stage, 'execution');
    // Decided Tuesday 29 September: 5 working days skip the 国庆 holiday and count Saturday 10 October (调休).
    assert.equal(v.deadlines.find((d) => d.kind === 'on_spot_filing')?.dueOn, '2026-10-12');
    assert.equal(v.deadlines.find((d) => d.kind === 'payment')?.dueOn, '2026-10-14', '15 days end on 14 October');
  });

  it('allows up to 3000 yuan for an organisation, paid on the spot, filed, closed by the head and archived', async () => {
    const id = await simpleCase('organisation');
    const hard = COLLECTION_GROUNDS.find((g) => g.code === 'hard')!.label;
    await issueForm(clerk, id, 14, { fineAmount: 3000, payMode: [PAY_ON_SPOT], collectionGround: [hard] });
    const over = await refused(clerk, id, { type: 'record_on_spot_decision', on: '2026-09-29', penalty: { ...NO_PENALTY, fine: 3001 }, place: PLACE, partySigned: true });
    assert.match(over.message, /不得超过3000元/);
    // 3000 yuan is collected on the spot only because collecting it later would be hard (第六十八条第（二）项), against a 财政 receipt.
    let v = await act(clerk, id, {
      type: 'record_on_spot_decision', on: '2026-09-29', penalty: { ...NO_PENALTY, fine: 3000 }, place: PLACE, partySigned: true,
      paidOnSpot: true, collectionGround: 'hard', receiptNo: 'ZJ20260929001',
    });
    assert.deepEqual([v.state.onSpot?.collectionGround, v.state.onSpot?.receiptNo, v.state.onSpot?.place], ['hard', 'ZJ20260929001', PLACE]);
    assert.equal(v.outstanding, 0);
    assert.equal(v.stage, 'served');
    const hv = await head.call('procedure.get', { caseId: id });
    assert.match(reasonOf(hv, 'close_case') ?? '', /尚未报所属行政机关备案/);
    clock.to('2026-09-30');
    v = await act(clerk, id, { type: 'file_on_spot_decision', on: '2026-09-30' });
    assert.equal(v.deadlines.find((d) => d.kind === 'on_spot_filing')?.status, 'met');
    assert.equal(v.awaiting, 'head');
    v = await act(head, id, { type: 'close_case', on: '2026-09-30' });
    assert.equal(v.stage, 'closed');
    v = await act(archivist, id, { type: 'archive', on: '2026-09-30', retention: '10y' });
    assert.equal(v.stage, 'archived');
    clock.to('2026-09-29');
  });

  it('has no general-procedure steps', async () => {
    const id = await simpleCase('individual');
    const e = await refused(head, id, { type: 'approve_registration', on: '2026-09-29' });
    assert.equal(e.code, 'PROC_NOT_ALLOWED');
    const hv = await head.call('procedure.get', { caseId: id });
    assert.equal(hv.actions.some((a) => a.type === 'approve_registration'), false);
  });
});
