import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';
import { act } from '../support/procedure';

const NOW = '2026-11-24T10:00:00';

describe('执法全过程记录 through the API', () => {
  let tb: TestBackend;
  let clerk: Client;
  let head: Client;
  let admin: Client;
  let caseId: number;
  let otherCaseId: number;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock(NOW) });
    clerk = await tb.as('clerk');
    head = await tb.as('head');
    admin = await tb.as('admin');
    caseId = (await clerk.call('cases.create', await validCaseInput(clerk))).id;
    otherCaseId = (await clerk.call('cases.create', await validCaseInput(clerk, { place: '东州市S205省道检查站' }))).id;
  });
  after(() => tb.close());

  it('records a registration with what was entered, ID numbers and phones masked', async () => {
    const { items } = await clerk.call('audit.list', { caseId });
    const reg = items.find((e) => e.action === 'case.register');
    assert.ok(reg, 'registration entry');
    assert.equal(reg.actionLabel, '立案登记');
    assert.equal(reg.actorName, '李明（clerk）');
    assert.equal(reg.at, NOW);
    assert.match(reg.note, /^立案 /);
    const byPath = new Map(reg.changes.map((c) => [c.path, c]));
    assert.deepEqual(byPath.get('place'), { path: 'place', before: null, after: '东州市G104国道收费站出口', label: '地点', beforeText: '空', afterText: '东州市G104国道收费站出口' });
    assert.equal(byPath.get('parties.0.idNumber')?.after, '110105********002X');
    assert.equal(byPath.get('parties.0.phone')?.after, '138****5678');
    const text = JSON.stringify(items);
    assert.ok(!text.includes('11010519491231002X') && !text.includes('13812345678'), 'no full identifier in the trail');
  });

  it("lists a case's trail newest first: procedural acts and its documents, never another case's entries", async () => {
    const doc = await clerk.call('documents.create', { caseId, formId: 2 });
    await clerk.call('documents.saveDraft', { id: doc.id, data: { ...doc.data, place: '东州市交通运输综合行政执法支队询问室' } });
    await act(head, caseId, { type: 'approve_registration', on: '2026-11-24' });
    await clerk.call('documents.create', { caseId: otherCaseId, formId: 2 });

    const { items, hasMore } = await clerk.call('audit.list', { caseId });
    assert.equal(hasMore, false);
    assert.deepEqual(
      items.map((e) => e.action),
      ['procedure.approve_registration', 'document.save', 'document.create', 'case.register'],
    );
    assert.deepEqual(
      items.map((e) => e.id),
      [...items.map((e) => e.id)].sort((a, b) => b - a),
    );
    const approve = items[0];
    assert.equal(approve.actionLabel, '批准立案');
    assert.ok(approve.changes.some((c) => c.path === 'stage' && c.before === 'registered' && c.after === 'investigation'), JSON.stringify(approve.changes));
    const save = items[1];
    assert.equal(save.actionLabel, '保存文书草稿');
    assert.ok(save.changes.some((c) => c.path === 'place' && c.after === '东州市交通运输综合行政执法支队询问室'), JSON.stringify(save.changes));
  });

  it('pages backwards from the newest entry with beforeId', async () => {
    const first = await clerk.call('audit.list', { caseId, limit: 3 });
    assert.equal(first.items.length, 3);
    assert.equal(first.hasMore, true);
    const rest = await clerk.call('audit.list', { caseId, limit: 3, beforeId: first.items[2].id });
    assert.equal(rest.hasMore, false);
    assert.deepEqual(rest.items.map((e) => e.action), ['case.register']);
  });

  it("refuses a clerk the office's whole log, and gives it to the head and the admin", async () => {
    const e = await clerk.fail('audit.list', {});
    assert.equal(e.code, 'FORBIDDEN');
    const all = await admin.call('audit.list', { limit: 200 });
    assert.ok(all.items.some((x) => x.entityId === String(otherCaseId)));
    const docsOnly = await head.call('audit.list', { entity: 'document' });
    assert.ok(docsOnly.items.length >= 3 && docsOnly.items.every((x) => x.entity === 'document'));
  });

  it('answers NOT_FOUND for the trail of a case that does not exist', async () => {
    assert.equal((await clerk.fail('audit.list', { caseId: 999_999 })).code, 'NOT_FOUND');
  });

  it('verifies the chain without adding to it', async () => {
    const count = () => tb.backend.db.read(async (m) => ((await m.query('SELECT count(*) AS n FROM audit_log')) as { n: number }[])[0].n);
    const before = await count();
    const v = await admin.call('audit.verify', {});
    assert.deepEqual({ intact: v.intact, entries: v.entries, brokenAt: v.brokenAt, checkedAt: v.checkedAt }, { intact: true, entries: before, brokenAt: null, checkedAt: NOW });
    assert.ok(v.tookMs >= 0);
    // Every entry of this install is of era 1, its key in the keychain, MAC checked.
    assert.deepEqual([v.status, v.legacyEntries, v.unchecked], ['intact', 0, 0]);
    assert.deepEqual(v.eras.map((e) => [e.era, e.firstId, e.lastId, e.entries, e.store, e.keyAvailable]), [[1, 1, before, before, 'keychain', true]]);
    await head.call('audit.verify', {});
    assert.equal(await count(), before);
    assert.equal((await clerk.fail('audit.verify', {})).code, 'FORBIDDEN');
  });
});
