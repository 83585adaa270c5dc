import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { causeRecord } from '../../../main/contract/catalog';

const file = path.resolve(__dirname, '..', '..', '..', 'resources', 'catalog', 'causes.json');
const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];

describe('shipped 案由 catalogue with 裁量基准', () => {
  it('is a plain array of 38 records the import schema accepts as they are', () => {
    assert.ok(Array.isArray(raw));
    assert.equal(raw.length, 38);
    for (const r of raw) {
      const parsed = causeRecord.safeParse(r);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      // Nothing trimmed or defaulted away except `active`, which the seed sets.
      assert.deepEqual(parsed.data, { ...(r as object), active: true });
    }
  });

  const causes = raw.map((r) => causeRecord.parse(r));
  const byCode = new Map(causes.map((c) => [c.code, c]));

  it('states the statutory fine range in yuan where the law gives amounts', () => {
    assert.deepEqual([byCode.get('RT-04')?.fineMin, byCode.get('RT-04')?.fineMax], [200, 2000]);
    assert.deepEqual([byCode.get('HW-02')?.fineMin, byCode.get('HW-02')?.fineMax], [0, 30000]);
    assert.deepEqual([byCode.get('CH-03')?.fineMin, byCode.get('CH-03')?.fineMax], [0, 500000]);
  });

  it('leaves the range open where the fine is a multiple of gains or a share of the contract price', () => {
    for (const code of ['RT-01', 'RT-02', 'RT-03', 'RT-10', 'WT-01', 'WT-02', 'PT-01', 'QS-01']) {
      assert.deepEqual([byCode.get(code)?.fineMin, byCode.get(code)?.fineMax], [null, null], code);
    }
  });

  it('gives every cause with a fine in yuan 2 to 4 tiers inside the statutory range, each described', () => {
    for (const c of causes) {
      if (c.code === 'QS-01') continue; // a share of the contract price has no tiers in yuan
      assert.ok(c.discretion.length >= 2 && c.discretion.length <= 4, c.code);
      assert.equal(new Set(c.discretion.map((t) => t.circumstance)).size, c.discretion.length, c.code);
      for (const t of c.discretion) {
        assert.ok(c.fineMin === null || t.fineMin >= c.fineMin, `${c.code} ${t.circumstance}`);
        assert.ok(c.fineMax === null || t.fineMax <= c.fineMax, `${c.code} ${t.circumstance}`);
        assert.ok(t.description.length >= 4, `${c.code} ${t.circumstance}`);
      }
    }
    assert.deepEqual(byCode.get('QS-01')?.discretion, []);
  });
});
