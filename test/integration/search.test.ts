import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

describe('finding cases again', () => {
  let tb: TestBackend;
  let clerk: Client;
  let target: { id: number; caseNumber: string };

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00'), demoCases: 30 });
    clerk = await tb.as('clerk');
    target = await clerk.call('cases.create', await validCaseInput(clerk));
  });
  after(() => tb.close());

  const ids = async (text: string) => (await clerk.call('cases.search', { text })).items.map((i) => i.id);

  it('finds a case by a 2-character party name', async () => {
    assert.ok((await ids('柯岚')).includes(target.id));
  });

  it('finds a case by the full ID number, in either case of the check character', async () => {
    assert.deepEqual(await ids('11010519491231002X'), [target.id]);
    assert.deepEqual(await ids('11010519491231002x'), [target.id]);
  });

  it('finds a case by plate, with or without a separator dot', async () => {
    assert.ok((await ids('浙AD12345')).includes(target.id));
    assert.ok((await ids('浙A·D12345')).includes(target.id));
  });

  it('finds a case by its number, whatever brackets are typed', async () => {
    assert.deepEqual(await ids(target.caseNumber), [target.id]);
    const plain = target.caseNumber.replace('〔', '[').replace('〕', ']');
    assert.deepEqual(await ids(plain), [target.id]);
  });

  it('finds cases by words of the 案由 and by organisation name', async () => {
    const detail = await clerk.call('cases.get', { id: target.id });
    assert.ok((await ids(detail.cause.title.slice(0, 4))).includes(target.id));
    assert.ok((await ids('顺捷物流')).includes(target.id));
  });

  it('requires every term of a multi-word query to match', async () => {
    assert.ok((await ids('柯岚 浙AD12345')).includes(target.id));
    assert.deepEqual(await ids('柯岚 沪Z99999'), []);
  });

  it('refuses a one-character query with a Chinese message', async () => {
    const err = await clerk.fail('cases.search', { text: '柯' });
    assert.equal(err.code, 'SEARCH_TERM_TOO_SHORT');
    assert.match(err.message, /至少输入两个字/);
  });

  it('filters by category, stage, officer and registration date', async () => {
    const all = await clerk.call('cases.search', { limit: 200 });
    assert.equal(all.total, 31);
    const highway = await clerk.call('cases.search', { category: 'highway', limit: 200 });
    assert.ok(highway.items.every((c) => c.category === 'highway'));
    assert.equal(highway.total, all.items.filter((c) => c.category === 'highway').length);
    assert.equal((await clerk.call('cases.search', { stage: 'closed' })).total, 0);
    const officers = await clerk.call('officers.list', {});
    const byOfficer = await clerk.call('cases.search', { officerId: officers[0].id, limit: 200 });
    assert.ok(byOfficer.items.every((c) => c.officerNames.includes(officers[0].name)));
    const today = await clerk.call('cases.search', { from: '2026-11-24', to: '2026-11-24', limit: 200 });
    assert.ok(today.items.some((c) => c.id === target.id));
    assert.ok(today.items.every((c) => c.registeredAt.startsWith('2026-11-24')));
  });

  it('lists newest first and pages without overlap', async () => {
    const p1 = await clerk.call('cases.search', { limit: 10, offset: 0 });
    const p2 = await clerk.call('cases.search', { limit: 10, offset: 10 });
    assert.equal(p1.items.length, 10);
    assert.equal(new Set([...p1.items, ...p2.items].map((c) => c.id)).size, 20);
    const dates = p1.items.map((c) => c.registeredAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('masks ID numbers in the list and never returns them in full', async () => {
    const page = await clerk.call('cases.search', { text: '柯岚' });
    const row = page.items.find((c) => c.id === target.id)!;
    assert.equal(row.parties[0].maskedId.length, 18);
    assert.match(row.parties[0].maskedId, /^110105\*+002X$/);
    assert.doesNotMatch(JSON.stringify(page), /11010519491231002X/);
  });
});
