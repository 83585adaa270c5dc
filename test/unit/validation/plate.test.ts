import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type PlateKind, validateImo, validatePlate } from '../../../main/contract/validation';

function accepted(raw: string, normalized: string, kind: PlateKind, province: string) {
  assert.deepEqual(validatePlate(raw), { ok: true, value: { normalized, kind, province } });
}
function rejected(raw: string): string {
  const r = validatePlate(raw);
  assert.equal(r.ok, false, `expected ${raw} to be rejected`);
  return r.ok ? '' : r.message;
}

describe('validatePlate', () => {
  it('accepts an ordinary blue plate', () => {
    accepted('京A12345', '京A12345', 'ordinary', '京');
    accepted('苏E2B3C4', '苏E2B3C4', 'ordinary', '苏');
  });

  it('accepts plates ending in 挂, 学, 警 and 领 and tells them apart', () => {
    accepted('粤B1234挂', '粤B1234挂', 'trailer', '粤');
    accepted('粤B1234学', '粤B1234学', 'coach', '粤');
    accepted('京A0001警', '京A0001警', 'police', '京');
    accepted('沪A1234领', '沪A1234领', 'consulate', '沪');
  });

  it('accepts Hong Kong and Macau cross-border plates only under 粤Z', () => {
    accepted('粤Z1234港', '粤Z1234港', 'hk-macau', '粤');
    accepted('粤Z1234澳', '粤Z1234澳', 'hk-macau', '粤');
    assert.match(rejected('京Z1234港'), /粤Z/);
    assert.match(rejected('粤B1234港'), /粤Z/);
  });

  it('accepts an embassy plate, which carries no province', () => {
    accepted('使014578', '使014578', 'embassy', '');
    assert.match(rejected('使01457'), /使馆车牌号/);
  });

  it('accepts small new-energy plates, including the reported extra letters', () => {
    accepted('京AD12345', '京AD12345', 'new-energy-small', '京');
    accepted('沪AFA1234', '沪AFA1234', 'new-energy-small', '沪');
    accepted('粤BA12345', '粤BA12345', 'new-energy-small', '粤');
    accepted('浙AK12345', '浙AK12345', 'new-energy-small', '浙');
  });

  it('accepts large new-energy plates', () => {
    accepted('京A12345D', '京A12345D', 'new-energy-large', '京');
    accepted('川A12345F', '川A12345F', 'new-energy-large', '川');
  });

  it('strips the middle dot and spaces printed on or copied from plates', () => {
    accepted('沪A·12345', '沪A12345', 'ordinary', '沪');
    accepted(' 沪A 12345 ', '沪A12345', 'ordinary', '沪');
    accepted('京AD・12345', '京AD12345', 'new-energy-small', '京');
  });

  it('converts full-width and lower-case letters', () => {
    accepted('京ＡＢ1234', '京AB1234', 'ordinary', '京');
    accepted('京ａ１２３４５', '京A12345', 'ordinary', '京');
    accepted('京ad12345', '京AD12345', 'new-energy-small', '京');
  });

  it('accepts any issuing-authority letter except I and O', () => {
    accepted('藏Z12345', '藏Z12345', 'ordinary', '藏');
    assert.equal(rejected('京I12345'), '车牌号第2位发牌机关代号不能为字母 I 或 O');
    assert.match(rejected('京O12345'), /I 或 O/);
    assert.match(rejected('京112345'), /发牌机关代号/);
  });

  it('rejects I or O in the serial', () => {
    assert.equal(rejected('京A1234O'), '车牌号序号中不能含字母 I 或 O');
    assert.match(rejected('京AI2345'), /I 或 O/);
  });

  it('rejects a plate with too few or too many characters', () => {
    assert.match(rejected('京A1234'), /车牌号应为7位，新能源车牌为8位（当前为6位）/);
    assert.match(rejected('京A1234567'), /当前为9位/);
    assert.equal(rejected(''), '请填写车牌号');
  });

  it('rejects a plate that does not open with a province abbreviation', () => {
    assert.match(rejected('AA12345'), /第1位应为省、自治区、直辖市简称/);
    assert.match(rejected('中A12345'), /第1位/);
  });

  it('rejects an ordinary-looking plate with an extra digit, since 8 characters means new energy', () => {
    assert.match(rejected('京A123456'), /新能源号牌/);
    assert.match(rejected('京AX12345'), /新能源号牌/); // X is not a new-energy letter
    assert.match(rejected('京A1234D5'), /新能源号牌/);
  });

  it('rejects a suffix in the wrong place or an unknown one', () => {
    assert.equal(rejected('京A123挂4'), '车牌号格式不正确');
    assert.equal(rejected('京A1234试'), '车牌号格式不正确');
  });
});

describe('validateImo', () => {
  it('accepts a number whose weighted sum matches the last digit', () => {
    // 9·7 + 0·6 + 7·5 + 4·4 + 7·3 + 2·2 = 63+0+35+16+21+4 = 139 → last digit 9
    assert.deepEqual(validateImo('IMO 9074729'), { ok: true, value: 'IMO9074729' });
    assert.deepEqual(validateImo('imo9074729'), { ok: true, value: 'IMO9074729' });
    assert.deepEqual(validateImo('9074729'), { ok: true, value: 'IMO9074729' });
  });

  it('rejects a wrong check digit and names the expected one', () => {
    assert.deepEqual(validateImo('IMO9074728'), { ok: false, message: 'IMO 编号校验位不正确（应为 9）' });
  });

  it('rejects anything that is not seven digits', () => {
    assert.equal(validateImo('IMO907472').ok, false);
    assert.equal(validateImo('IMO90747290').ok, false);
    assert.equal(validateImo('MMSI412345678').ok, false);
    assert.equal(validateImo('').ok, false);
  });
});
