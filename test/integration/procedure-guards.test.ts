/**
 * Guards at their boundaries: the 90-day decision limit and its extensions, 公告送达 deemed after
 * 30 days, 撤销立案 and 移送, stale versions, and who may do what (checked on the API, not the UI).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACTIONS, ACTION_TYPES } from '../../main/contract/procedure';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, issueForm, movableClock, reasonOf, refused } from '../support/procedure';

const FINE = { warning: true, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' };

describe('procedure guards', () => {
  const clock = movableClock('2026-01-05');
  let tb: TestBackend;
  let clerk: Client;
  let reviewer: Client;
  let head: Client;
  let archivist: Client;
  let admin: Client;

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, reviewer, head, archivist, admin] = await Promise.all(['clerk', 'reviewer', 'head', 'archivist', 'admin'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  async function approvedCase(on = clock.today()): Promise<number> {
    const c = await clerk.call('cases.create', await validCaseInput(clerk));
    await act(head, c.id, { type: 'approve_registration', on });
    return c.id;
  }

  /** Brings a case to 调查终结 with a warning proposed and no review required. */
  async function investigated(id: number, on: string): Promise<void> {
    await act(clerk, id, { type: 'close_investigation', on, summary: '事实清楚', outcome: 'penalty', penalty: FINE, departureReason: '情节轻微，仅予警告' });
  }

  it('every act belongs to a role, and the API refuses it to every other role', async () => {
    const id = await approvedCase();
    for (const type of ACTION_TYPES) {
      for (const [who, c] of [['clerk', clerk], ['reviewer', reviewer], ['head', head], ['archivist', archivist]] as const) {
        if ((ACTIONS[type].roles as readonly string[]).includes(who)) continue;
        const r = await tb.backend.dispatch('procedure.act', { caseId: id, caseVersion: 999, action: { type, on: '2026-01-05' } }, c.conn);
        assert.equal(r.ok, false);
        // Input validation may answer first for acts with required fields; what matters is that it never succeeds,
        // and that a well-formed act of another role is FORBIDDEN (below).
      }
    }
    const e = await refused(clerk, id, { type: 'approve_decision', on: '2026-01-05' });
    assert.equal(e.code, 'FORBIDDEN');
    assert.equal((await refused(reviewer, id, { type: 'revoke', on: '2026-01-05', reason: '不应立案' })).code, 'FORBIDDEN');
    assert.equal((await refused(head, id, { type: 'submit_review', on: '2026-01-05' })).code, 'FORBIDDEN');
    const adminCall = await tb.backend.dispatch('procedure.act', { caseId: id, caseVersion: 2, action: { type: 'submit_review', on: '2026-01-05' } }, admin.conn);
    assert.equal(adminCall.ok, false);
    assert.equal(!adminCall.ok && adminCall.error.code, 'FORBIDDEN', 'admin configures, it does not handle cases');
    for (const [who, c] of [['clerk', clerk], ['reviewer', reviewer], ['head', head]] as const) {
      const v = await c.call('procedure.get', { caseId: id });
      for (const a of v.actions) assert.ok((ACTIONS[a.type].roles as readonly string[]).includes(who), `${who} is offered ${a.type}`);
    }
    // The archivist has no business with an open case: not even its procedure is shown.
    assert.equal((await archivist.fail('procedure.get', { caseId: id })).code, 'CASE_NOT_VISIBLE');
  });

  it('refuses a stale version and a date in the future', async () => {
    const id = await approvedCase();
    const e = await clerk.fail('procedure.act', { caseId: id, caseVersion: 1, action: { type: 'submit_review', on: '2026-01-05' } });
    assert.equal(e.code, 'CONFLICT');
    const future = await refused(clerk, id, { type: 'close_investigation', on: '2026-01-06', summary: '事实清楚', outcome: 'no_penalty_minor' });
    assert.equal(future.code, 'PROC_DATE_INVALID');
  });

  it('decides on day 90 but not day 91 without an extension; extensions need a named basis, a second one 集体讨论', async () => {
    clock.to('2026-01-05');
    const id = await approvedCase('2026-01-05');
    clock.to('2026-01-06');
    await investigated(id, '2026-01-06');
    await act(clerk, id, { type: 'submit_review', on: '2026-01-06' });
    await act(reviewer, id, { type: 'review_approve', on: '2026-01-06', opinion: '同意' });
    await issueForm(clerk, id, 11);
    await act(clerk, id, { type: 'notify', on: '2026-01-06' });
    await act(clerk, id, { type: 'record_statement', on: '2026-01-06', waived: true });
    const v = await clerk.call('procedure.get', { caseId: id });
    // 5 January + 90 days = 5 April, a Sunday inside 清明: the limit runs to Tuesday 7 April.
    assert.equal(v.deadlines.find((d) => d.kind === 'decision')?.dueOn, '2026-04-07');

    // Shipped off: 第六十条 allows another limit only where a 法律、法规、规章 provides one.
    const noBasis = await refused(head, id, { type: 'extend_decision_deadline', on: '2026-01-06', days: 30, reason: '案情复杂' });
    assert.equal(noBasis.code, 'PROC_GUARD');
    assert.match(noBasis.message, /法律、法规、规章另有规定的才能延长（行政处罚法 第六十条）/);
    const { settings } = await admin.call('settings.procedure.get', {});
    await admin.call('settings.procedure.update', { ...settings, decisionExtensionEnabled: true, decisionExtensionBasis: '《某省交通运输行政执法程序规定》第三十条' });

    clock.to('2026-04-08');
    const late = await refused(clerk, id, { type: 'propose_decision', on: '2026-04-08', outcome: 'penalty', penalty: FINE, departureReason: '情节轻微' });
    assert.match(late.message, /已超过作出决定的期限（2026年4月7日，行政处罚法 第六十条）/);
    const tooLate = await refused(head, id, { type: 'extend_decision_deadline', on: '2026-04-08', days: 30, reason: '案情复杂' });
    assert.match(tooLate.message, /延长应在期限届满前批准/);

    clock.to('2026-04-07');
    assert.match((await refused(head, id, { type: 'extend_decision_deadline', on: '2026-04-07', days: 31, reason: '案情复杂' })).message, /不得超过30日/);
    await act(head, id, { type: 'extend_decision_deadline', on: '2026-04-07', days: 30, reason: '案情复杂，需补充鉴定' });
    const hv = await head.call('procedure.get', { caseId: id });
    assert.equal(hv.deadlines.find((d) => d.kind === 'decision')?.dueOn, '2026-05-06', '5 May + 30 days ends in 劳动节, so 6 May');
    assert.match(reasonOf(hv, 'extend_decision_deadline') ?? '', /须经集体讨论/);
    await act(head, id, { type: 'record_discussion', on: '2026-04-07', participants: '支队长、副支队长、法制科长', conclusion: '同意再次延长' });
    assert.equal(reasonOf(await head.call('procedure.get', { caseId: id }), 'extend_decision_deadline'), null);

    clock.to('2026-04-09');
    const v2 = await act(clerk, id, { type: 'propose_decision', on: '2026-04-09', outcome: 'penalty', penalty: FINE, departureReason: '情节轻微' });
    assert.equal(v2.stage, 'pending_decision');
    await admin.call('settings.procedure.update', settings);
  });

  it('a decision served by 公告 counts as served 30 days after publication, and payment runs from then', async () => {
    clock.to('2026-06-01');
    const id = await approvedCase('2026-06-01');
    await act(clerk, id, { type: 'close_investigation', on: '2026-06-01', summary: '事实清楚', outcome: 'no_penalty_minor' });
    await act(clerk, id, { type: 'propose_decision', on: '2026-06-01', outcome: 'no_penalty_minor' });
    await act(head, id, { type: 'approve_decision', on: '2026-06-01' });
    assert.match((await refused(clerk, id, { type: 'record_service', on: '2026-06-01', method: 'publication' })).message, /不予行政处罚决定书/);
    await issueForm(clerk, id, 25);
    const v = await act(clerk, id, { type: 'record_service', on: '2026-06-01', method: 'publication' });
    assert.equal(v.state.service?.effectiveOn, '2026-07-01');
    assert.equal(v.stage, 'served', 'nothing to pay');
  });

  it('revokes a registration only after measures are released; a revoked or transferred case takes no more acts', async () => {
    clock.to('2026-06-02');
    const id = await approvedCase('2026-06-02');
    await issueForm(clerk, id, 8);
    await act(head, id, { type: 'approve_measure', on: '2026-06-02' });
    await act(clerk, id, { type: 'impose_measure', on: '2026-06-02', kind: 'seize', items: '货物一批', days: 10 });
    const e = await refused(head, id, { type: 'revoke', on: '2026-06-02', reason: '违法事实不成立' });
    assert.match(e.message, /未解除的行政强制措施/);
    await issueForm(clerk, id, 10);
    await act(clerk, id, { type: 'release_measure', on: '2026-06-02', measureId: 1, ground: 'no_violation' });
    const v = await act(head, id, { type: 'revoke', on: '2026-06-02', reason: '违法事实不成立' });
    assert.equal(v.stage, 'revoked');
    assert.equal(v.deadlines.filter((d) => d.status === 'open').length, 0);
    assert.equal((await refused(clerk, id, { type: 'close_investigation', on: '2026-06-02', summary: 'x', outcome: 'no_penalty_minor' })).code, 'PROC_NOT_ALLOWED');

    const other = await approvedCase('2026-06-02');
    const t = await act(head, other, { type: 'transfer', on: '2026-06-02', to: '东州市公安局交通警察支队', reason: '涉嫌危险驾驶罪' });
    assert.equal(t.stage, 'transferred_out');
    assert.deepEqual((await clerk.call('procedure.get', { caseId: other })).actions, []);
  });

  it('a transfer to the judiciary as the decision ends the case on approval', async () => {
    clock.to('2026-06-03');
    const id = await approvedCase('2026-06-03');
    await act(clerk, id, { type: 'close_investigation', on: '2026-06-03', summary: '涉嫌犯罪', outcome: 'transfer' });
    const e = await refused(clerk, id, { type: 'propose_decision', on: '2026-06-03', outcome: 'transfer' });
    assert.match(e.message, /接收移送的司法机关/);
    await act(clerk, id, { type: 'propose_decision', on: '2026-06-03', outcome: 'transfer', transferTo: '东州市公安局' });
    const v = await act(head, id, { type: 'approve_decision', on: '2026-06-03' });
    assert.equal(v.stage, 'transferred_out');
  });
});
