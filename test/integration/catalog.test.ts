import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../db/open';
import type { CauseRecord } from '../../main/contract/catalog';
import { CATEGORIES } from '../../main/contract/domain';
import { catalogToCsv } from '../../main/services/catalog-csv';
import { fixedClock } from '../../main/services/clock';
import { startTestBackend, tempDir, validCaseInput, type Client, type TestBackend } from '../support/backend';

interface AuditRaw {
  action: string;
  entity: string;
  entity_id: string;
  actor_name: string;
  before_hash: string | null;
  after_hash: string | null;
}

describe('案由目录 import and export', () => {
  let tb: TestBackend;
  let admin: Client;
  let head: Client;
  let clerk: Client;

  before(async () => {
    tb = await startTestBackend({ clock: fixedClock('2026-11-24T10:00:00') });
    admin = await tb.as('admin');
    head = await tb.as('head');
    clerk = await tb.as('clerk');
  });
  after(() => tb.close());

  const audit = () => tb.backend.db.raw().prepare("SELECT * FROM audit_log WHERE action = 'catalog.import' ORDER BY id").all() as AuditRaw[];
  const records = () => admin.call('catalog.records', {});
  const byCode = async (code: string) => (await records()).find((r) => r.code === code)!;
  const json = (rows: CauseRecord[]) => JSON.stringify(rows, null, 2);

  it('lists all 38 seeded rows by 执法门类 in the workstation’s order, then by code, with their 裁量基准', async () => {
    const all = await records();
    assert.equal(all.length, 38);
    const rank = (r: CauseRecord) => CATEGORIES.findIndex((c) => c.code === r.category);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      assert.ok(rank(a) < rank(b) || (rank(a) === rank(b) && a.code < b.code), `${a.code} before ${b.code}`);
    }
    assert.equal(all[0].category, 'highway');
    const rt04 = all.find((r) => r.code === 'RT-04')!;
    assert.deepEqual([rt04.fineMin, rt04.fineMax], [200, 2000]);
    assert.ok(rt04.discretion.length >= 2);
  });

  it('hands the 裁量基准 to case registration with the cause', async () => {
    const causes = await clerk.call('catalog.causes', { category: 'road_transport' });
    const rt04 = causes.find((c) => c.code === 'RT-04')!;
    assert.deepEqual([rt04.fineMin, rt04.fineMax], [200, 2000]);
    assert.ok(rt04.discretion.every((t) => t.fineMin >= 200 && t.fineMax <= 2000));
  });

  it('exports a dated UTF-8 CSV with BOM and Chinese header, and pretty-printed JSON', async () => {
    const csv = await admin.call('catalog.export', { format: 'csv' });
    assert.equal(csv.fileName, '案由目录-2026-11-24.csv');
    assert.equal(csv.rows, 38);
    assert.ok(csv.content.startsWith('\uFEFF编码,执法门类,案由名称,违法依据,处罚依据,处罚种类和幅度,法定罚款下限,法定罚款上限,裁量基准,状态\r\n'));
    assert.match(csv.content, /\r\nRT-04,道路运政,/);
    const js = await admin.call('catalog.export', { format: 'json' });
    assert.equal(js.fileName, '案由目录-2026-11-24.json');
    assert.deepEqual(JSON.parse(js.content), await records());
    assert.match(js.content, /^\[\n {2}\{\n {4}"code"/);
  });

  for (const format of ['csv', 'json'] as const) {
    it(`takes its own ${format.toUpperCase()} export back as 38 unchanged rows, writing nothing`, async () => {
      const auditBefore = audit().length;
      const { content } = await admin.call('catalog.export', { format });
      const r = await admin.call('catalog.import', { format, content, dryRun: false });
      assert.deepEqual(r, { dryRun: false, added: 0, updated: 0, unchanged: 38, problems: [] });
      assert.equal(audit().length, auditBefore);
    });
  }

  it('checks a file on a dry run without changing anything, then imports it with one audit entry per changed row', async () => {
    const all = await records();
    const changed = all.map((r) =>
      r.code === 'RT-04' ? { ...r, discretion: [{ circumstance: '一般', fineMin: 500, fineMax: 1500, description: '本省基准' }] } : r,
    );
    const added: CauseRecord = { ...all.find((r) => r.code === 'RT-04')!, code: 'RT-11', title: '未随车携带道路运输证', discretion: [] };
    const content = catalogToCsv([...changed, added]);
    const auditBefore = audit().length;

    const dry = await admin.call('catalog.import', { format: 'csv', content, dryRun: true });
    assert.deepEqual(dry, { dryRun: true, added: 1, updated: 1, unchanged: 37, problems: [] });
    assert.equal((await records()).length, 38);
    assert.equal((await byCode('RT-04')).discretion.length, 3);
    assert.equal(audit().length, auditBefore);

    const real = await admin.call('catalog.import', { format: 'csv', content, dryRun: false });
    assert.deepEqual(real, { dryRun: false, added: 1, updated: 1, unchanged: 37, problems: [] });
    assert.deepEqual((await byCode('RT-04')).discretion, [{ circumstance: '一般', fineMin: 500, fineMax: 1500, description: '本省基准' }]);
    assert.equal((await byCode('RT-11')).title, '未随车携带道路运输证');
    const entries = audit().slice(auditBefore);
    assert.deepEqual(
      entries.map((e) => [e.action, e.entity, e.entity_id]),
      [
        ['catalog.import', 'cause', 'RT-11'],
        ['catalog.import', 'cause', 'RT-04'],
      ],
    );
    assert.ok(entries.every((e) => e.actor_name.startsWith('系统管理员')));
    assert.equal(entries[0].before_hash, null);
    assert.ok(entries[1].before_hash && entries[1].after_hash && entries[1].before_hash !== entries[1].after_hash);
  });

  it('changes nothing when one row of a real import is bad, and names that row and column', async () => {
    const beforeRows = await records();
    const auditBefore = audit().length;
    const edited = beforeRows.map((r) => (r.code === 'HW-02' ? { ...r, title: '擅自占用、挖掘公路（修订）' } : r));
    const lines = catalogToCsv(edited).split('\r\n');
    // Row 3 of the data: a tier whose range is upside down.
    lines[3] = lines[3].replace(/,([^,]*),(启用|停用)$/, ',一般:900-100:说明,$2');
    const r = await admin.call('catalog.import', { format: 'csv', content: lines.join('\r\n'), dryRun: false });
    assert.deepEqual(r.problems, [{ row: 3, field: '裁量基准', message: '第1档：罚款下限不能高于上限' }]);
    assert.deepEqual([r.added, r.updated, r.unchanged], [0, 0, 0]);
    assert.deepEqual(await records(), beforeRows);
    assert.equal(audit().length, auditBefore);
  });

  it('refuses to move a 案由 used by cases to another 执法门类, saying how many cases use it', async () => {
    const input = await validCaseInput(clerk);
    await clerk.call('cases.create', input);
    await clerk.call('cases.create', input);
    const used = (await clerk.call('catalog.causes', { category: 'road_transport' })).find((c) => c.id === input.causeId)!;
    const row = await byCode(used.code);
    const r = await admin.call('catalog.import', { format: 'json', content: json([{ ...row, category: 'comprehensive' }]), dryRun: true });
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].row, 1);
    assert.equal(r.problems[0].field, '执法门类');
    assert.match(r.problems[0].message, /已用于 2 件案件，不能从“道路运政”改为其他执法门类/);
    assert.equal((await byCode(used.code)).category, 'road_transport');
  });

  it('moves an unused 案由 to another 执法门类', async () => {
    const row = await byCode('CE-01');
    const r = await admin.call('catalog.import', { format: 'json', content: json([{ ...row, category: 'road_transport' }]), dryRun: false });
    assert.deepEqual([r.updated, r.problems.length], [1, 0]);
    assert.equal((await byCode('CE-01')).category, 'road_transport');
  });

  it('deactivates a 案由 marked 停用: registration no longer offers it, the admin still sees it', async () => {
    const lines = (await admin.call('catalog.export', { format: 'csv' })).content.split('\r\n');
    const header = lines[0];
    const hw03 = lines.find((l) => l.startsWith('HW-03,'))!;
    const r = await admin.call('catalog.import', { format: 'csv', content: `${header}\r\n${hw03.replace(/启用$/, '停用')}\r\n`, dryRun: false });
    assert.deepEqual([r.updated, r.unchanged], [1, 0]);
    const offered = await clerk.call('catalog.causes', { category: 'highway' });
    assert.ok(!offered.some((c) => c.code === 'HW-03'));
    assert.equal((await byCode('HW-03')).active, false);
  });

  it('answers CATALOG_IMPORT_INVALID for a file that is not a catalogue, changing nothing', async () => {
    const beforeRows = await records();
    for (const [format, content] of [
      ['json', '{"not": "a list"}'],
      ['json', '\u0089PNG\r\n\u001a\n'],
      ['csv', '编码,执法门类,"案由名称\r\nX,Y'],
    ] as const) {
      const err = await admin.fail('catalog.import', { format, content, dryRun: false });
      assert.equal(err.code, 'CATALOG_IMPORT_INVALID');
      assert.match(err.message, /^导入文件有误，未作任何更改：/);
    }
    assert.deepEqual(await records(), beforeRows);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const err = await admin.fail('catalog.import', { format: 'csv', content: 'x'.repeat(5_000_001), dryRun: true });
    assert.equal(err.code, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(err.issues), /文件过大/);
  });

  it('lets a head look and export but not import; a clerk may not even look', async () => {
    assert.equal((await head.call('catalog.records', {})).length > 0, true);
    assert.equal((await head.call('catalog.export', { format: 'json' })).format, 'json');
    const { content } = await head.call('catalog.export', { format: 'json' });
    assert.equal((await head.fail('catalog.import', { format: 'json', content, dryRun: true })).code, 'FORBIDDEN');
    assert.equal((await clerk.fail('catalog.records', {})).code, 'FORBIDDEN');
  });
});

describe('案由 of a database from before 裁量基准 (schema 2)', () => {
  it('keeps the old rows with no tiers and no statutory range until an admin imports them', async () => {
    const file = path.join(tempDir(), 'workstation.sqlite');
    const v2 = await openDatabase(file, { upTo: 2 });
    v2.raw().exec(`INSERT INTO cause (id, category, code, title, legal_basis, penalty_basis, penalty_range) VALUES (1, 'highway', 'HW-01', '车辆违法超限运输', 'a', 'b', 'c')`);
    await v2.close();
    const db = await openDatabase(file);
    const row = db.raw().prepare('SELECT fine_min, fine_max, discretion FROM cause WHERE id = 1').get();
    assert.deepEqual(row, { fine_min: null, fine_max: null, discretion: '[]' });
    await db.close();
  });
});
