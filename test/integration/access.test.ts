/**
 * 按案授权 in the situations an office meets: a clerk on a colleague's case, the admin, another
 * account's card read, the archivist before and after 结案, the head, the reviewer, and a case that
 * has left the office's hands. Every call goes through the dispatcher as the desk would make it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COLLECTION_GROUNDS } from '../../main/contract/procedure';
import type { CardRead } from '../../main/contract/idcard';
import { authorize } from '../../main/services/access';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act, issueForm, movableClock, PAY_ON_SPOT } from '../support/procedure';
import { fillRequired } from '../support/fill-form';

const NO_PENALTY = { warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none' as const, businessRestriction: false, other: '' };
const WARNING = { ...NO_PENALTY, warning: true };

describe('per-case authorization (按案授权)', () => {
  const clock = movableClock('2026-09-29');
  let tb: TestBackend;
  let clerk: Client;
  let clerk2: Client;
  let reviewer: Client;
  let head: Client;
  let archivist: Client;
  let admin: Client;
  /** 李明 (clerk's officer) and 陈刚 (no account's): clerk2 (王芳) is not on the case. */
  let handlers: number[];

  before(async () => {
    tb = await startTestBackend({ clock });
    [clerk, clerk2, reviewer, head, archivist, admin] = await Promise.all(['clerk', 'clerk2', 'reviewer', 'head', 'archivist', 'admin'].map((u) => tb.as(u)));
    const officers = await clerk.call('officers.list', {});
    handlers = [officers[0].id, officers[2].id];
  });
  after(() => tb.close());

  const auditCount = () => (tb.backend.db.raw().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

  async function clerksCase(procedure: 'general' | 'simple' = 'general'): Promise<number> {
    const input = await validCaseInput(clerk, { officerIds: handlers, procedure });
    // A simple case here is the organisation's, so the on-spot limit is 3000 yuan.
    const parties = procedure === 'simple' ? [...input.parties].reverse() : input.parties;
    return (await clerk.call('cases.create', { ...input, parties })).id;
  }

  async function approvedCase(): Promise<number> {
    const id = await clerksCase();
    await act(head, id, { type: 'approve_registration', on: clock.today() });
    return id;
  }

  async function draftOn(c: Client, caseId: number, formId = 3): Promise<number> {
    return (await c.call('documents.create', { caseId, formId })).id;
  }

  /** A 简易程序 case decided and paid on the spot, filed and closed by the head: 结案, not yet 归档. */
  async function closedCase(): Promise<number> {
    const id = await clerksCase('simple');
    const hard = COLLECTION_GROUNDS.find((g) => g.code === 'hard')!.label;
    await issueForm(clerk, id, 14, { fineAmount: 3000, payMode: [PAY_ON_SPOT], collectionGround: [hard] });
    await act(clerk, id, {
      type: 'record_on_spot_decision', on: clock.today(), penalty: { ...NO_PENALTY, fine: 3000 }, place: '东州市G104国道收费站出口',
      partySigned: true, paidOnSpot: true, collectionGround: 'hard', receiptNo: 'ZJ20260929001',
    });
    await act(clerk, id, { type: 'file_on_spot_decision', on: clock.today() });
    const v = await act(head, id, { type: 'close_case', on: clock.today() });
    assert.equal(v.stage, 'closed');
    return id;
  }

  it('a clerk not on the case cannot act, draft or issue', async () => {
    const id = await approvedCase();
    const draft = await draftOn(clerk, id);
    const before = auditCount();

    const acted = await clerk2.fail('procedure.act', {
      caseId: id, caseVersion: (await clerk2.call('procedure.get', { caseId: id })).caseVersion,
      action: { type: 'close_investigation', on: clock.today(), summary: '事实清楚', outcome: 'penalty', penalty: WARNING, departureReason: '情节轻微，仅予警告' },
    });
    assert.equal(acted.code, 'CASE_NOT_HANDLER');
    assert.match(acted.message, /不是案件 .+ 的承办人员.*本案承办人员：李明、/);
    assert.equal((await clerk2.fail('documents.create', { caseId: id, formId: 3 })).code, 'CASE_NOT_HANDLER');
    assert.equal((await clerk2.fail('documents.saveDraft', { id: draft, data: {} })).code, 'CASE_NOT_HANDLER');
    assert.equal((await clerk2.fail('documents.issue', { id: draft })).code, 'CASE_NOT_HANDLER');
    assert.equal(auditCount(), before, 'nothing refused was written');

    // The same clerk on it does all three.
    const forms = await clerk.call('documents.forms', {});
    const d = await clerk.call('documents.get', { id: draft });
    await clerk.call('documents.saveDraft', { id: draft, data: fillRequired(forms.find((f) => f.id === 3)!, d.data) });
    const issued = await clerk.call('documents.issue', { id: draft });
    assert.equal(issued.status, 'issued');
    assert.equal((await clerk2.fail('documents.correct', { id: draft, reason: '当事人地址有误' })).code, 'CASE_NOT_HANDLER');

    // A colleague may read it, and is told why it is read-only.
    const seen = await clerk2.call('cases.get', { id });
    assert.deepEqual([seen.access.draft, seen.access.act], [false, false]);
    assert.match(seen.access.reason, /承办人员/);
    assert.equal((await clerk2.call('documents.list', { caseId: id })).length, 1);
    assert.ok((await clerk2.call('documents.download', { id: draft })).sha256);
    assert.deepEqual((await clerk2.call('procedure.get', { caseId: id })).actions, [], 'no act is offered to a clerk not on the case');
    assert.ok((await clerk2.call('audit.list', { caseId: id, limit: 10 })).items.length > 0);

    const own = await clerk.call('cases.get', { id });
    assert.deepEqual(own.access, { draft: true, act: true, reason: '' });
    assert.ok((await clerk.call('procedure.get', { caseId: id })).actions.some((a) => a.type === 'close_investigation'));
  });

  it('the admin cannot draft', async () => {
    const id = await approvedCase();
    const draft = await draftOn(clerk, id);
    assert.equal((await admin.fail('documents.create', { caseId: id, formId: 3 })).code, 'FORBIDDEN');
    assert.equal((await admin.fail('documents.saveDraft', { id: draft, data: {} })).code, 'FORBIDDEN');
    assert.equal((await admin.fail('cases.create', await validCaseInput(clerk))).code, 'FORBIDDEN');
    assert.equal((await admin.fail('cases.get', { id })).code, 'FORBIDDEN');
    // The office log is the admin's to read; a case's trail is case content.
    assert.ok((await admin.call('audit.list', { limit: 5 })).items.length > 0);
    const trail = await admin.fail('audit.list', { caseId: id, limit: 5 });
    assert.equal(trail.code, 'ADMIN_NO_CASEWORK');
    assert.match(trail.message, /三员分立/);
    // Behind the dispatcher, the rule itself refuses the admin whatever the object.
    const session = admin.conn.session!;
    for (const [target, key, intent] of [['case', id, 'draft'], ['case', id, 'view'], ['document', draft, 'draft'], ['cardRead', 1, 'view']] as const) {
      await assert.rejects(tb.backend.db.read((m) => authorize(m, session, target, key, intent)), { code: 'ADMIN_NO_CASEWORK' });
    }
  });

  describe('card reads', () => {
    const read = async (): Promise<CardRead> => {
      await clerk.call('idcard.simulator.control', { action: 'remove' });
      await clerk.call('idcard.simulator.control', { action: 'place', fixture: 'resident' });
      return clerk.call('idcard.read', {});
    };
    /** The party as the card reads, claiming the read (读卡核验). */
    const partyFrom = (r: CardRead) => ({
      kind: 'individual' as const, name: r.name, gender: r.gender ?? ('male' as const), ethnicity: r.ethnicity ?? undefined, birthDate: r.birthDate,
      idType: r.idType, idNumber: r.idNumber, address: r.address, phone: '13900000001', cardReadId: r.readId,
    });
    const photoViews = (readId: number) =>
      (tb.backend.db.raw().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'idcard.photo' AND entity_id = ?").get(String(readId)) as { n: number }).n;

    it("another account's unlinked card read is refused", async () => {
      const r = await read();
      for (const other of [clerk2, head, reviewer]) {
        const photo = await other.fail('idcard.photo', { readId: r.readId });
        assert.equal(photo.code, 'CARD_READ_NOT_YOURS');
        assert.match(photo.message, /其他账户读取/);
        assert.equal((await other.fail('idcard.sheet', { readId: r.readId })).code, 'CARD_READ_NOT_YOURS');
      }
      assert.equal(photoViews(r.readId), 0, 'a refused view shows nothing and logs no view');
      // Nor can another account take it into a case of its own, even typing the card's data exactly.
      const input = await validCaseInput(clerk2);
      const claim = await clerk2.fail('cases.create', { ...input, parties: [partyFrom(r), input.parties[1]] });
      assert.deepEqual(claim.issues, [{ path: 'parties.0.cardReadId', message: '该读卡记录由其他账户读取，且未关联到您可查看的案件' }]);
      // The reading account sees its own read, and every view is written down.
      await clerk.call('idcard.photo', { readId: r.readId });
      await clerk.call('idcard.photo', { readId: r.readId });
      assert.equal(photoViews(r.readId), 2);
      const entry = tb.backend.db.raw().prepare("SELECT actor_name AS who, detail FROM audit_log WHERE action = 'idcard.photo' ORDER BY id DESC LIMIT 1").get() as { who: string; detail: string };
      assert.match(entry.who, /李明/);
      assert.match(entry.detail, /查看证件相片（王建国）/);
    });

    it('follows the case once the read is a party’s: colleagues see it, the archivist only after 结案', async () => {
      const r = await read();
      const input = await validCaseInput(clerk, { officerIds: handlers });
      const c = await clerk.call('cases.create', { ...input, parties: [partyFrom(r), input.parties[1]] });
      await clerk2.call('idcard.photo', { readId: r.readId });
      await reviewer.call('idcard.sheet', { readId: r.readId });
      assert.equal((await archivist.fail('idcard.photo', { readId: r.readId })).code, 'CARD_READ_NOT_YOURS');
      assert.match(tb.backend.db.raw().prepare("SELECT detail FROM audit_log WHERE action = 'idcard.photo' ORDER BY id DESC LIMIT 1").pluck().get() as string, new RegExp(c.caseNumber.replace(/[〔〕]/g, '.')));
    });
  });

  it('shows the archivist a case only once it is closed, and lists only those', async () => {
    const open = await approvedCase();
    const seen = await archivist.fail('cases.get', { id: open });
    assert.equal(seen.code, 'CASE_NOT_VISIBLE');
    assert.match(seen.message, /结案后方可查看.*调查取证/);
    assert.equal((await archivist.fail('documents.list', { caseId: open })).code, 'CASE_NOT_VISIBLE');
    assert.equal((await archivist.fail('procedure.get', { caseId: open })).code, 'CASE_NOT_VISIBLE');
    assert.equal((await archivist.fail('audit.list', { caseId: open, limit: 5 })).code, 'CASE_NOT_VISIBLE');

    const closed = await closedCase();
    const before = await archivist.call('cases.search', { limit: 200 });
    assert.ok(before.items.every((i) => ['closed', 'archived', 'revoked', 'transferred_out'].includes(i.stage)), 'only finished cases are listed');
    assert.ok(before.items.some((i) => i.id === closed) && !before.items.some((i) => i.id === open));
    assert.equal(before.total, before.items.length);
    assert.equal((await archivist.call('cases.search', { stage: 'investigation', limit: 10 })).total, 0);

    const detail = await archivist.call('cases.get', { id: closed });
    assert.deepEqual([detail.access.draft, detail.access.act], [false, true]);
    assert.ok((await archivist.call('documents.list', { caseId: closed })).length > 0);
    const v = await archivist.call('procedure.get', { caseId: closed });
    assert.ok(v.actions.some((a) => a.type === 'archive' && a.enabled));
    assert.equal((await act(archivist, closed, { type: 'archive', on: clock.today(), retention: '10y' })).stage, 'archived');
    assert.equal((await archivist.call('cases.get', { id: closed })).stage, 'archived');
  });

  it('lets the head draft and act on any case, though on none as an officer', async () => {
    const id = await clerksCase();
    const detail = await head.call('cases.get', { id });
    assert.deepEqual(detail.access, { draft: true, act: true, reason: '' });
    assert.equal((await act(head, id, { type: 'approve_registration', on: clock.today() })).stage, 'investigation');
    const draft = await draftOn(head, id);
    assert.equal((await head.call('documents.get', { id: draft })).status, 'draft');
    // The head's acts are still the machine's to allow: a clerk's act is refused by role.
    const v = await head.call('procedure.get', { caseId: id });
    assert.ok(!v.actions.some((a) => a.type === 'close_investigation'));
  });

  it('lets the reviewer read and review any case, and draft none', async () => {
    const id = await approvedCase();
    await act(clerk, id, { type: 'close_investigation', on: clock.today(), summary: '事实清楚', outcome: 'penalty', penalty: WARNING, departureReason: '情节轻微，仅予警告' });
    await act(clerk, id, { type: 'submit_review', on: clock.today() });
    const detail = await reviewer.call('cases.get', { id });
    assert.deepEqual([detail.access.draft, detail.access.act], [false, true]);
    assert.match(detail.access.reason, /不制作文书/);
    assert.equal((await reviewer.fail('documents.create', { caseId: id, formId: 3 })).code, 'FORBIDDEN');
    assert.equal((await act(reviewer, id, { type: 'review_approve', on: clock.today(), opinion: '同意' })).awaiting, 'clerk');
  });

  it('drafts nothing on a revoked or archived case, not even the head', async () => {
    const revoked = await approvedCase();
    const draft = await draftOn(clerk, revoked);
    assert.equal((await act(head, revoked, { type: 'revoke', on: clock.today(), reason: '违法事实不成立' })).stage, 'revoked');
    for (const c of [clerk, head]) {
      const e = await c.fail('documents.create', { caseId: revoked, formId: 3 });
      assert.equal(e.code, 'CASE_NOT_DRAFTABLE');
      assert.match(e.message, /已撤销立案/);
      assert.equal((await c.fail('documents.saveDraft', { id: draft, data: {} })).code, 'CASE_NOT_DRAFTABLE');
      assert.equal((await c.fail('documents.issue', { id: draft })).code, 'CASE_NOT_DRAFTABLE');
    }
    const seen = await clerk.call('cases.get', { id: revoked });
    assert.equal(seen.access.draft, false);
    assert.match(seen.access.reason, /不能再制作、修改或签发文书/);
    assert.deepEqual((await clerk.call('procedure.get', { caseId: revoked })).actions, [], 'the machine allows nothing on a revoked case');

    const archived = await closedCase();
    await act(archivist, archived, { type: 'archive', on: clock.today(), retention: '10y' });
    const issued = (await clerk.call('documents.list', { caseId: archived })).find((d) => d.status === 'issued')!;
    const e = await clerk.fail('documents.correct', { id: issued.id, reason: '当事人地址有误' });
    assert.equal(e.code, 'CASE_NOT_DRAFTABLE');
    assert.match(e.message, /已归档/);
    assert.equal((await head.fail('documents.create', { caseId: archived, formId: 3 })).code, 'CASE_NOT_DRAFTABLE');
    assert.ok((await clerk.call('documents.download', { id: issued.id })).sha256, 'an archived case is still read');
  });
});
