/** 案由与裁量基准 edited one row at a time in the page: catalog.save and catalog.setActive. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CauseRecord } from '../../main/contract/catalog';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, validCaseInput, type Client, type TestBackend } from '../support/backend';

interface AuditRaw {
  action: string;
  entity_id: string;
  actor_name: string;
  note: string;
}

const NEW_CAUSE: CauseRecord = {
  code: 'RT-90',
  category: 'road_transport',
  title: '未按规定携带道路运输证',
  legalBasis: '《道路运输条例》第三十三条',
  penaltyBasis: '《道路运输条例》第六十八条',
  penaltyRange: '责令改正，处20元以上200元以下的罚款',
  fineMin: 20,
  fineMax: 200,
  discretion: [
    { circumstance: '轻微', fineMin: 20, fineMax: 100, description: '首次被查' },
    { circumstance: '一般', fineMin: 100, fineMax: 200, description: '' },
  ],
  active: true,
};

describe('案由与裁量基准 edited in the page', () => {
  let tb: TestBackend;
  let admin: Client;
  let head: Client;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    [admin, head, clerk] = await Promise.all(['admin', 'head', 'clerk'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  const byCode = async (code: string) => (await admin.call('catalog.records', {})).find((r) => r.code === code);
  const audit = (code: string) =>
    tb.backend.db.raw().prepare("SELECT action, entity_id, actor_name, detail AS note FROM audit_log WHERE entity = 'cause' AND entity_id = ? ORDER BY id").all(code) as AuditRaw[];

  it('adds a 案由 with its tiers, audited, and registration offers it', async () => {
    const saved = await admin.call('catalog.save', { record: NEW_CAUSE, original: null });
    assert.deepEqual(saved, NEW_CAUSE);
    assert.deepEqual(await byCode('RT-90'), NEW_CAUSE);
    assert.deepEqual(audit('RT-90').map((a) => [a.action, a.note]), [['catalog.create', '新增案由 RT-90 未按规定携带道路运输证']]);
    const offered = await clerk.call('catalog.causes', { category: 'road_transport' });
    assert.ok(offered.some((c) => c.code === 'RT-90'));
  });

  it('refuses a second 案由 under a code already used', async () => {
    const err = await admin.fail('catalog.save', { record: { ...NEW_CAUSE, title: '另一个案由' }, original: null });
    assert.equal(err.code, 'CATALOG_CODE_TAKEN');
    assert.deepEqual(err.issues?.map((i) => i.path), ['record.code']);
  });

  it('refuses a tier outside the statutory range, as the import does, and changes nothing', async () => {
    const wide = { ...NEW_CAUSE, discretion: [{ circumstance: '严重', fineMin: 150, fineMax: 500, description: '' }] };
    const err = await admin.fail('catalog.save', { record: wide, original: NEW_CAUSE });
    assert.equal(err.code, 'CATALOG_CAUSE_INVALID');
    assert.match(err.message, /超出法定罚款幅度/);
    assert.equal(err.issues?.[0].path, 'record.discretion.0.fineMax');
    assert.deepEqual(await byCode('RT-90'), NEW_CAUSE);
  });

  it('refuses a record the schema rejects, field by field', async () => {
    const err = await admin.fail('catalog.save', { record: { ...NEW_CAUSE, code: 'RT 91', title: '' }, original: null });
    assert.equal(err.code, 'VALIDATION_FAILED');
    assert.deepEqual(err.issues?.map((i) => i.path).sort(), ['record.code', 'record.title']);
  });

  it('edits a 案由 and its tiers, audited with before and after', async () => {
    const edited = { ...NEW_CAUSE, title: '未随车携带道路运输证', discretion: [...NEW_CAUSE.discretion, { circumstance: '较重', fineMin: 150, fineMax: 200, description: '拒不改正' }] };
    await admin.call('catalog.save', { record: edited, original: NEW_CAUSE });
    assert.deepEqual(await byCode('RT-90'), edited);
    const last = audit('RT-90').at(-1)!;
    assert.deepEqual([last.action, last.note, last.actor_name.length > 0], ['catalog.update', '修改案由 RT-90 未随车携带道路运输证', true]);
  });

  it('refuses an edit made from a copy someone changed meanwhile', async () => {
    const err = await admin.fail('catalog.save', { record: { ...NEW_CAUSE, title: '过时的修改' }, original: NEW_CAUSE });
    assert.equal(err.code, 'CONFLICT');
    assert.equal((await byCode('RT-90'))!.title, '未随车携带道路运输证');
  });

  it('refuses to change the code of a saved 案由', async () => {
    const current = (await byCode('RT-90'))!;
    const err = await admin.fail('catalog.save', { record: { ...current, code: 'RT-91' }, original: current });
    assert.equal(err.code, 'CATALOG_CAUSE_INVALID');
    assert.equal(await byCode('RT-91'), undefined);
  });

  it('refuses to move a 案由 cases use to another 执法门类', async () => {
    const input = await validCaseInput(clerk);
    const used = (await clerk.call('catalog.causes', {})).find((c) => c.id === input.causeId)!;
    await clerk.call('cases.create', input);
    const current = (await byCode(used.code))!;
    const other = current.category === 'highway' ? 'road_transport' : 'highway';
    const err = await admin.fail('catalog.save', { record: { ...current, category: other }, original: current });
    assert.equal(err.code, 'CATALOG_CAUSE_INVALID');
    assert.match(err.message, /已用于 \d+ 件案件/);
  });

  it('retires a 案由 without deleting it: registration no longer offers it, the catalogue keeps it, audited', async () => {
    const retired = await admin.call('catalog.setActive', { code: 'RT-90', active: false });
    assert.equal(retired.active, false);
    assert.equal((await byCode('RT-90'))!.active, false);
    const offered = await clerk.call('catalog.causes', { category: 'road_transport' });
    assert.ok(!offered.some((c) => c.code === 'RT-90'));
    assert.equal(audit('RT-90').at(-1)!.action, 'catalog.setActive');
    assert.match(audit('RT-90').at(-1)!.note, /^停用案由 RT-90/);

    await admin.call('catalog.setActive', { code: 'RT-90', active: true });
    assert.equal((await byCode('RT-90'))!.active, true);
    assert.match(audit('RT-90').at(-1)!.note, /^启用案由 RT-90/);
  });

  it('lets only the admin add, edit or retire', async () => {
    assert.equal((await head.fail('catalog.save', { record: { ...NEW_CAUSE, code: 'RT-92' }, original: null })).code, 'FORBIDDEN');
    assert.equal((await head.fail('catalog.setActive', { code: 'RT-90', active: false })).code, 'FORBIDDEN');
    assert.equal((await clerk.fail('catalog.setActive', { code: 'RT-90', active: false })).code, 'FORBIDDEN');
    assert.equal((await byCode('RT-90'))!.active, true);
  });

  it('says which code it cannot find', async () => {
    const err = await admin.fail('catalog.setActive', { code: 'NO-SUCH', active: false });
    assert.equal(err.code, 'NOT_FOUND');
    assert.match(err.message, /NO-SUCH/);
  });
});
