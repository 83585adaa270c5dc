import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GENDERS,
  NATIONS,
  PROVINCES,
  ageOn,
  idCheckChar,
  nationName,
  provinceName,
  upgradeLegacyIdNumber,
  validateIdNumber,
} from '../../../main/contract/validation';

const today = new Date(2025, 5, 30); // 2025-06-30, local
const withCheck = (first17: string) => first17 + idCheckChar(first17);

function expectOk(raw: string) {
  const r = validateIdNumber(raw, { today });
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}
function expectRejected(raw: string): string {
  const r = validateIdNumber(raw, { today });
  assert.equal(r.ok, false, `expected ${raw} to be rejected`);
  return r.ok ? '' : r.message;
}

describe('validateIdNumber', () => {
  it("accepts the standard's sample number and reads birth date, gender and province from it", () => {
    // digits  1 1  0 1 0  5 1 9 4  9 1 2  3  1 0 0 2
    // weights 7 9 10 5 8  4 2 1 6  3 7 9 10  5 8 4 2
    // S = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "X"
    assert.equal(idCheckChar('11010519491231002'), 'X');
    assert.deepEqual(expectOk('11010519491231002X'), {
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female', // 17th digit 2 is even
      provinceCode: '11',
    });
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    assert.equal(expectOk('11010519491231002x').normalized, '11010519491231002X');
  });

  it('ignores surrounding and inner spaces and full-width digits typed through an IME', () => {
    assert.equal(expectOk('  110105 19491231 002X ').normalized, '11010519491231002X');
    assert.equal(expectOk('１１０１０５１９４９１２３１００２Ｘ').normalized, '11010519491231002X');
  });

  it('reads an odd 17th digit as male', () => {
    assert.equal(expectOk(withCheck('11010519491231001')).gender, 'male');
  });

  it('rejects an ID number whose check digit is wrong and names the expected character', () => {
    assert.equal(expectRejected('110105194912310021'), '身份证号码校验位不正确（应为 X）');
  });

  it('rejects numbers that are not 18 characters long', () => {
    assert.match(expectRejected('11010519491231002'), /身份证号码应为18位/);
    assert.match(expectRejected('11010519491231002X1'), /身份证号码应为18位/);
    assert.match(expectRejected('110105491231002'), /15位旧号码/);
    assert.equal(expectRejected('  '), '请填写身份证号码');
  });

  it('rejects letters anywhere but the last position', () => {
    assert.match(expectRejected('1101051949123100X2'), /前17位应为数字/);
    assert.match(expectRejected('11010519491231002Y'), /末位应为数字或 X/);
  });

  it('rejects 29 February in a common year but accepts it in a leap year', () => {
    assert.match(expectRejected(withCheck('11010519490229002')), /出生日期无效/);
    assert.match(expectRejected(withCheck('11010519000229002')), /出生日期无效/); // 1900 is not a leap year
    assert.equal(expectOk(withCheck('11010520000229002')).birthDate, '2000-02-29'); // 2000 is
  });

  it('rejects impossible months and days', () => {
    assert.match(expectRejected(withCheck('11010519491301002')), /出生日期无效/);
    assert.match(expectRejected(withCheck('11010519490431002')), /出生日期无效/);
    assert.match(expectRejected(withCheck('11010519490100002')), /出生日期无效/);
  });

  it('rejects a birth date in the future but accepts one born today', () => {
    assert.match(expectRejected(withCheck('11010520250701002')), /晚于今天/);
    assert.equal(expectOk(withCheck('11010520250630002')).birthDate, '2025-06-30');
  });

  it('rejects a birth year before 1900', () => {
    assert.match(expectRejected(withCheck('11010518991231002')), /早于1900年/);
  });

  it('rejects a number whose first two digits are not a province', () => {
    assert.equal(expectRejected(withCheck('99010519491231002')), '身份证号码前两位 99 不是有效的省级行政区划代码');
    assert.match(expectRejected(withCheck('10010519491231002')), /不是有效的省级行政区划代码/);
  });

  it('accepts the Taiwan residence-permit prefix 83 and the Hong Kong and Macau prefixes', () => {
    assert.equal(expectOk(withCheck('83000019900101002')).provinceCode, '83');
    assert.equal(expectOk(withCheck('81000019900101002')).provinceCode, '81');
    assert.equal(expectOk(withCheck('82000019900101002')).provinceCode, '82');
  });

  it('accepts an address code that is not in any table, since abolished codes stay valid', () => {
    assert.equal(expectOk(withCheck('11999919900101002')).provinceCode, '11');
  });

  it('detects every single-digit substitution in 2,000 random valid numbers', () => {
    // Deterministic PRNG so a failure can be replayed.
    let seed = 0x2025_0630;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) % n);
    };
    const prefixes = [...PROVINCES.map((p) => p.code), '83'];
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const start = Date.UTC(1900, 0, 1);
    const days = Math.floor((Date.UTC(2025, 5, 30) - start) / 86_400_000) + 1;
    const checkChars = '0123456789X';

    for (let k = 0; k < 2000; k++) {
      const birth = new Date(start + rand(days) * 86_400_000);
      const ymd = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
      const first17 = `${prefixes[rand(prefixes.length)]}${pad(rand(10_000), 4)}${ymd}${pad(rand(1000), 3)}`;
      const id = first17 + idCheckChar(first17);
      assert.ok(validateIdNumber(id, { today }).ok, `valid number rejected: ${id}`);

      for (let pos = 0; pos < 18; pos++) {
        for (const c of pos < 17 ? '0123456789' : checkChars) {
          if (c === id[pos]) continue;
          const mutated = id.slice(0, pos) + c + id.slice(pos + 1);
          // MOD 11-2 alone must catch it, whatever else may also be wrong with the mutated number.
          if (pos < 17) assert.notEqual(idCheckChar(mutated.slice(0, 17)), id[17], `checksum missed ${mutated}`);
          assert.equal(validateIdNumber(mutated, { today }).ok, false, `mutation accepted: ${id} → ${mutated}`);
        }
      }
    }
  });
});

describe('idCheckChar', () => {
  it('refuses input that is not exactly 17 digits', () => {
    assert.throws(() => idCheckChar('1101051949123100'), RangeError);
    assert.throws(() => idCheckChar('1101051949123100A'), RangeError);
  });
});

describe('upgradeLegacyIdNumber', () => {
  it('turns a 15-digit number into the 18-digit one by adding 19 and the check character', () => {
    // 110105 491231 002 → 110105 19491231 002 + X (S = 167, as in the sample above)
    assert.deepEqual(upgradeLegacyIdNumber('110105491231002'), { ok: true, value: '11010519491231002X' });
  });

  it('rejects a legacy number of the wrong length or with letters', () => {
    assert.deepEqual(upgradeLegacyIdNumber('11010549123100'), { ok: false, message: '旧身份证号码应为15位（当前为14位）' });
    assert.deepEqual(upgradeLegacyIdNumber('11010549123100X'), { ok: false, message: '15位旧身份证号码应全部为数字' });
  });

  it('rejects a legacy number with an impossible birth date', () => {
    const r = upgradeLegacyIdNumber('110105490231002');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.message, /出生日期无效/);
  });
});

describe('ageOn', () => {
  it('counts completed years, turning a year older on the birthday itself', () => {
    assert.equal(ageOn('2011-07-01', new Date(2025, 5, 30)), 13);
    assert.equal(ageOn('2011-07-01', new Date(2025, 6, 1)), 14);
    assert.equal(ageOn('1949-12-31', new Date(2025, 5, 30)), 75);
  });

  it('makes someone born on 29 February a year older on 1 March in a common year', () => {
    assert.equal(ageOn('2008-02-29', new Date(2026, 1, 28)), 17);
    assert.equal(ageOn('2008-02-29', new Date(2026, 2, 1)), 18);
    assert.equal(ageOn('2008-02-29', new Date(2028, 1, 29)), 20);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    assert.throws(() => ageOn('1949/12/31', new Date()), RangeError);
  });
});

describe('code tables read from ID cards', () => {
  it('has 56 nations plus 97 and 98, and resolves codes with or without the leading zero', () => {
    assert.equal(NATIONS.length, 58);
    assert.equal(nationName('01'), '汉族');
    assert.equal(nationName('1'), '汉族');
    assert.equal(nationName('56'), '基诺族');
    assert.equal(nationName('97'), '其他（未识别民族）');
    assert.equal(nationName('98'), '外国血统中国籍人士');
    assert.equal(nationName('57'), undefined);
  });

  it('resolves a province from a 2-digit or a 6-digit code', () => {
    assert.equal(PROVINCES.length, 34);
    assert.equal(provinceName('11'), '北京市');
    assert.equal(provinceName('440305'), '广东省');
    assert.equal(provinceName('83'), undefined);
    assert.equal(provinceName('4403'), undefined);
  });

  it('lists the four GB/T 2261.1 gender codes', () => {
    assert.deepEqual(
      GENDERS.map((g) => g.code),
      ['0', '1', '2', '9'],
    );
  });
});
