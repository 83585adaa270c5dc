import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CauseRecord } from '../../../main/contract/catalog';
import { catalogToCsv } from '../../../main/services/catalog-csv';
import { readCatalog, type CatalogRead } from '../../../main/services/catalog';

const good: CauseRecord = {
  code: 'HW-02',
  category: 'highway',
  title: '擅自占用、挖掘公路',
  legalBasis: '《中华人民共和国公路法》第四十四条',
  penaltyBasis: '《中华人民共和国公路法》第七十六条第（一）项',
  penaltyRange: '责令停止违法行为，处3万元以下罚款',
  fineMin: 0,
  fineMax: 30000,
  discretion: [
    { circumstance: '轻微', fineMin: 0, fineMax: 5000, description: '及时恢复' },
    { circumstance: '严重', fineMin: 15000, fineMax: 30000, description: '' },
  ],
  active: true,
};

function problems(r: CatalogRead): [number, string, string][] {
  assert.equal(r.kind, 'problems', JSON.stringify(r));
  return r.kind === 'problems' ? r.problems.map((p) => [p.row, p.field, p.message]) : [];
}

describe('reading a catalogue file', () => {
  it('reads a valid JSON list and a valid CSV to the same records', () => {
    const json = readCatalog('json', JSON.stringify([good]));
    const csv = readCatalog('csv', catalogToCsv([good]));
    assert.equal(json.kind, 'records');
    assert.deepEqual(json, csv);
  });

  it('fills JSON defaults the schema defines (no tiers, active) for a minimal record', () => {
    const { code, category, title, legalBasis, penaltyBasis, penaltyRange } = good;
    const r = readCatalog('json', JSON.stringify([{ code, category, title, legalBasis, penaltyBasis, penaltyRange }]));
    assert.ok(r.kind === 'records');
    assert.deepEqual(r.records[0].record, { ...good, fineMin: null, fineMax: null, discretion: [], active: true });
  });

  it('reports every problem of every row with its row number and column, in Chinese', () => {
    const rows = [good, { ...good, code: 'HW 03', title: '' }, { ...good, code: 'HW-04', category: 'roads' }];
    assert.deepEqual(problems(readCatalog('json', JSON.stringify(rows))), [
      [2, '编码', '案由编码只能包含字母、数字和连字符'],
      [2, '案由名称', '请填写案由名称'],
      [3, '执法门类', '执法门类无效'],
    ]);
  });

  it('words wrong and missing JSON values in Chinese', () => {
    const [[row, field, message]] = problems(readCatalog('json', JSON.stringify([{ ...good, title: 42 }])));
    assert.deepEqual([row, field], [1, '案由名称']);
    assert.equal(message, '格式不对，应为文字');
    const { title: _title, ...untitled } = good;
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([untitled]))), [[1, '案由名称', '未填写']]);
  });

  it('refuses a code that appears twice in one file, pointing at the first', () => {
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([good, good]))), [[2, '编码', '编码“HW-02”与第1行重复']]);
  });

  it('refuses a tier outside the statutory range and a 情节 named twice', () => {
    const bad = {
      ...good,
      discretion: [
        { circumstance: '一般', fineMin: 0, fineMax: 5000, description: '' },
        { circumstance: '一般', fineMin: 20000, fineMax: 40000, description: '' },
      ],
    };
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([bad]))), [
      [1, '裁量基准', '第2档（一般，20000—40000 元）超出法定罚款幅度（0—30000 元）'],
      [1, '裁量基准', '第2档：裁量情节“一般”重复'],
    ]);
  });

  it('names the tier whose range is upside down', () => {
    const bad = { ...good, discretion: [good.discretion[0], { circumstance: '严重', fineMin: 30000, fineMax: 15000, description: '' }] };
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([bad]))), [[1, '裁量基准', '第2档：罚款下限不能高于上限']]);
  });

  it('refuses a misspelt JSON key rather than silently resetting that column', () => {
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([{ ...good, discretoin: [] }]))), [[1, 'discretoin', '无法识别的字段“discretoin”']]);
  });

  it('refuses an entry that is not an object', () => {
    assert.deepEqual(problems(readCatalog('json', JSON.stringify([good, 'HW-03']))), [[2, '整行', '应为一条案由记录（{…}）']]);
  });

  it('gives a reason, not problems, for a file that is not a catalogue at all', () => {
    const cases: [CatalogRead, RegExp][] = [
      [readCatalog('json', '{"code": "HW-02"}'), /应为案由记录的列表/],
      [readCatalog('json', '[{"code": '), /不是有效的JSON文件/],
      [readCatalog('json', '[]'), /没有案由记录/],
      [readCatalog('csv', catalogToCsv([]).replace(/\r\n$/, '')), /没有案由记录/],
      [readCatalog('csv', '编码,"执法门类\r\n'), /引号没有结束/],
      [readCatalog('csv', '\u0000\u0001PK\u0003\u0004'), /二进制/],
      [readCatalog('csv', '���,���\r\n'), /不是UTF-8编码/],
      [readCatalog('csv', 'x'.repeat(5 * 1024 * 1024 + 1)), /文件过大/],
    ];
    for (const [r, pattern] of cases) {
      assert.equal(r.kind, 'invalid', JSON.stringify(r).slice(0, 200));
      assert.match(r.kind === 'invalid' ? r.message : '', pattern);
    }
  });

  it('lists at most 500 problems and says how many more there are', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ ...good, code: `X-${i}`, title: '' }));
    const p = problems(readCatalog('json', JSON.stringify(rows)));
    assert.equal(p.length, 501);
    assert.deepEqual(p[500].slice(1), ['整个文件', '另有 100 处问题未列出']);
  });
});
