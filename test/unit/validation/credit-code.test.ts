import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { creditCategoryName, creditCodeCheckChar, creditDeptName, validateCreditCode } from '../../../main/contract/validation';

function rejected(raw: string): string {
  const r = validateCreditCode(raw);
  assert.equal(r.ok, false, `expected ${raw} to be rejected`);
  return r.ok ? '' : r.message;
}

describe('validateCreditCode', () => {
  it("accepts the standard's sample code without a warning", () => {
    // values  9 1 3  5 0  1  0  0  M=21  0  0  0 1  0  0  Y=30  4
    // weights 1 3 9 27 19 26 16 17  20  29 25 13 8 24 10   30  28
    // Σ = 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → "3"
    assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
    const r = validateCreditCode('91350100M000100Y43');
    assert.deepEqual(r, { ok: true, value: { normalized: '91350100M000100Y43', registrationDept: '9', orgCategory: '1' } });
  });

  it('normalises lower case, spaces and full-width characters', () => {
    const r = validateCreditCode(' 91350100m000100y43 ');
    assert.ok(r.ok);
    assert.equal(r.value.normalized, '91350100M000100Y43');
    const f = validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３');
    assert.ok(f.ok);
    assert.equal(f.value.normalized, '91350100M000100Y43');
  });

  it('rejects a code whose check character is wrong and names the expected one', () => {
    assert.equal(rejected('91350100M000100Y44'), '统一社会信用代码校验位不正确（应为 3）');
  });

  it('rejects a code containing a letter the standard leaves out', () => {
    assert.equal(rejected('91350100I000100Y43'), '统一社会信用代码含非法字符 I');
    assert.equal(rejected('91350100O000100Z43'), '统一社会信用代码含非法字符 O、Z');
    assert.match(rejected('9135010SM00V100Y43'), /非法字符 S、V/);
    assert.match(rejected('91350100M000100Y4-'), /非法字符 -/);
  });

  it('rejects a code that is not 18 characters long', () => {
    assert.equal(rejected('91350100M000100Y4'), '统一社会信用代码应为18位（当前为17位）');
    assert.equal(rejected(''), '请填写统一社会信用代码');
  });

  it('still accepts a code whose embedded organisation code fails GB 11714, with a warning', () => {
    // Organisation code M000100Y: M=22, Y=34 with weights 3 7 9 10 5 8 4 2 → Σ = 66+5+68 = 139;
    // 139 mod 11 = 7; 11 − 7 = 4. Position 17 is changed to 5, so only GB 11714 objects.
    // New check character: Σ = 1640 − 4·28 + 5·28 = 1668; 1668 mod 31 = 25; 31 − 25 = 6 → "6".
    const r = validateCreditCode('91350100M000100Y56');
    assert.ok(r.ok);
    assert.equal(r.value.normalized, '91350100M000100Y56');
    assert.match(r.warning ?? '', /组织机构代码校验位不符（按 GB 11714 应为 4）/);
  });

  it('warns about an unlisted registration department or a non-numeric region, without rejecting', () => {
    const dept = 'B1350100M000100Y4';
    const r = validateCreditCode(dept + creditCodeCheckChar(dept));
    assert.ok(r.ok);
    assert.match(r.warning ?? '', /登记管理部门码 B/);
    const region = '9135A100M000100Y4';
    const r2 = validateCreditCode(region + creditCodeCheckChar(region));
    assert.ok(r2.ok);
    assert.match(r2.warning ?? '', /行政区划代码/);
  });
});

describe('credit code departments and categories', () => {
  it('names the department and, where listed, the category', () => {
    assert.equal(creditDeptName('9'), '工商（市场监管）');
    assert.equal(creditCategoryName('9', '2'), '个体工商户');
    assert.equal(creditCategoryName('5', '3'), '基金会');
    assert.equal(creditCategoryName('3', '1'), undefined);
    assert.equal(creditDeptName('Z'), undefined);
  });
});

describe('creditCodeCheckChar', () => {
  it('refuses input outside the alphabet or of the wrong length', () => {
    assert.throws(() => creditCodeCheckChar('91350100I000100Y4'), RangeError);
    assert.throws(() => creditCodeCheckChar('91350100M000100Y'), RangeError);
  });
});
