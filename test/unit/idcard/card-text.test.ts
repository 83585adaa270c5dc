import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEXT_BLOCK_BYTES,
  blankText,
  decodeUcs2,
  detectCardKind,
  encodeCardText,
  encodeUcs2Field,
  parseCardText,
  toCardFields,
  type CardFields,
  type CardText,
} from '../../../main/devices/idcard/card-text';
import { IdCardError, type IdCardErrorCode } from '../../../main/devices/idcard/errors';
import { encodeResponse, decodeResponse } from '../../../main/devices/idcard/sam-frame';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const spaces = (n: number) => Buffer.from('20 00 '.repeat(n).replace(/\s+/g, ''), 'hex');

function rejectsWith(fn: () => unknown, code: IdCardErrorCode, about: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof IdCardError, `expected IdCardError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.detail, about);
    return true;
  });
}

const RESIDENT: CardText = {
  ...blankText('resident'),
  name: '张三',
  genderCode: '1',
  ethnicityCode: '01',
  birthDate: '19900307',
  address: '东州市新华区建设路100号3栋2单元501室',
  idNumber: '11010519900307123X',
  issuer: '东州市公安局新华分局',
  validFrom: '20150601',
  validUntil: '长期',
};

const HMT: CardText = {
  ...blankText('hmt_residence'),
  name: '陈大文',
  genderCode: '1',
  birthDate: '19850412',
  address: '广东省深圳市福田区福华路88号',
  idNumber: '810000198504120018',
  issuer: '深圳市公安局',
  validFrom: '20200110',
  validUntil: '20250110',
  passNumber: 'H12345678',
  issueCount: '01',
};

const FOREIGN_2017: CardText = {
  ...blankText('foreign_2017'),
  englishName: 'SMITH, JOHN WILLIAM',
  genderCode: '1',
  idNumber: 'USA110075061201',
  nationality: 'USA',
  name: '史密斯',
  validFrom: '20170615',
  validUntil: '20270614',
  birthDate: '19750612',
  cardVersion: '01',
  authorityCode: '1100',
};

const FOREIGN_2023: CardText = {
  ...blankText('foreign_2023'),
  name: '玛丽',
  genderCode: '2',
  renewalCount: '00',
  birthDate: '19880220',
  englishName: 'MARTIN, MARIE',
  idNumber: '932586198802200025',
  issuer: '国家移民管理局',
  validFrom: '20231201',
  validUntil: '20331130',
  passNumber: 'C12345678',
  issueCount: '01',
  nationality: 'FRA',
};

test('decodes the devices.md §1.7 worked example built byte by byte', () => {
  const block = Buffer.alloc(TEXT_BLOCK_BYTES);
  spaces(128).copy(block); // a resident card pads every field with spaces, including the flag at 248
  Buffer.concat([hex('20 5F 09 4E'), spaces(13)]).copy(block, 0); // 张 U+5F20, 三 U+4E09
  hex('31 00').copy(block, 30);
  hex('30 00 31 00').copy(block, 32);
  hex('31 00 39 00 39 00 30 00 30 00 33 00 30 00 37 00').copy(block, 36);
  Buffer.concat([hex('7F 95 1F 67'), spaces(6)]).copy(block, 204); // 长 U+957F, 期 U+671F

  const text = parseCardText(block);
  assert.deepEqual(text, { ...blankText('resident'), name: '张三', genderCode: '1', ethnicityCode: '01', birthDate: '19900307', validUntil: '长期' });
  // The example has no address or number, which a real card always has: toCardFields must refuse it.
  rejectsWith(() => toCardFields(text), 'IDCARD_DATA_INVALID', /idNumber: blank/);
  const fields = toCardFields({ ...text, address: '某地', idNumber: '11010519900307123X' });
  assert.equal(fields.name, '张三');
  assert.equal(fields.gender, 'male');
  assert.equal(fields.ethnicity, '01');
  assert.equal(fields.birthDate, '1990-03-07');
  assert.equal(fields.validUntil, 'long_term');
});

test('round-trips a resident card and normalises it for the UI', () => {
  const block = encodeCardText(RESIDENT);
  assert.equal(block.length, 256);
  assert.deepEqual(block.subarray(248, 250), hex('20 00'));
  assert.deepEqual(parseCardText(block), RESIDENT);
  const expected: CardFields = {
    kind: 'resident',
    idType: 'resident_id',
    name: '张三',
    englishName: '',
    gender: 'male',
    ethnicity: '01',
    birthDate: '1990-03-07',
    address: '东州市新华区建设路100号3栋2单元501室',
    idNumber: '11010519900307123X',
    issuer: '东州市公安局新华分局',
    validFrom: '2015-06-01',
    validUntil: 'long_term',
    nationality: '',
    passNumber: '',
    issueCount: '',
  };
  assert.deepEqual(toCardFields(parseCardText(block)), expected);
});

test('round-trips a Hong Kong / Macau / Taiwan residence permit with its pass number and issue count', () => {
  const block = encodeCardText(HMT);
  assert.deepEqual(block.subarray(248, 250), hex('4A 00'));
  assert.deepEqual(block.subarray(220, 238), encodeUcs2Field('H12345678', 18));
  assert.deepEqual(block.subarray(32, 36), spaces(2)); // 民族 is reserved on this card
  assert.deepEqual(parseCardText(block), HMT);
  const f = toCardFields(parseCardText(block));
  assert.equal(f.kind, 'hmt_residence');
  assert.equal(f.idType, 'hmt_residence_permit');
  assert.equal(f.ethnicity, null);
  assert.equal(f.passNumber, 'H12345678');
  assert.equal(f.issueCount, '01');
  assert.equal(f.validUntil, '2025-01-10');
});

test('round-trips a 2017 foreign permanent residence card, whose issuer is the authority code', () => {
  const block = encodeCardText(FOREIGN_2017);
  assert.deepEqual(block.subarray(248, 250), hex('49 00'));
  assert.deepEqual(block.subarray(0, 8), hex('53 00 4D 00 49 00 54 00')); // English name first: "SMIT"
  assert.deepEqual(parseCardText(block), FOREIGN_2017);
  const f = toCardFields(parseCardText(block));
  assert.equal(f.idType, 'foreign_permanent_id');
  assert.equal(f.name, '史密斯');
  assert.equal(f.englishName, 'SMITH, JOHN WILLIAM');
  assert.equal(f.issuer, '1100');
  assert.equal(f.nationality, 'USA');
  assert.equal(f.birthDate, '1975-06-12');
  assert.equal(f.address, '');
  assert.equal(f.ethnicity, null);
});

test('round-trips a 2023 foreign permanent residence card', () => {
  const block = encodeCardText(FOREIGN_2023);
  assert.deepEqual(block.subarray(248, 250), hex('59 00'));
  assert.deepEqual(block.subarray(242, 248), encodeUcs2Field('FRA', 6));
  assert.deepEqual(parseCardText(block), FOREIGN_2023);
  const f = toCardFields(parseCardText(block));
  assert.equal(f.kind, 'foreign_2023');
  assert.equal(f.gender, 'female');
  assert.equal(f.idNumber, '932586198802200025');
  assert.equal(f.issuer, '国家移民管理局');
  assert.equal(f.passNumber, 'C12345678');
});

test('names a foreign card holder by the English name when the card has no Chinese name', () => {
  const f = toCardFields(parseCardText(encodeCardText({ ...FOREIGN_2017, name: '' })));
  assert.equal(f.name, 'SMITH, JOHN WILLIAM');
});

test('detects the card kind from the flag at byte 248, a NUL flag meaning resident', () => {
  const block = encodeCardText(RESIDENT);
  const withFlag = (lo: number, hi = 0) => {
    const b = Buffer.from(block);
    b[248] = lo;
    b[249] = hi;
    return b;
  };
  assert.equal(detectCardKind(withFlag(0x20)), 'resident');
  assert.equal(detectCardKind(withFlag(0x00)), 'resident');
  assert.equal(detectCardKind(withFlag(0x49)), 'foreign_2017');
  assert.equal(detectCardKind(withFlag(0x4a)), 'hmt_residence');
  assert.equal(detectCardKind(withFlag(0x59)), 'foreign_2023');
  assert.equal(parseCardText(withFlag(0x00)).name, '张三');
});

test('refuses an unknown card-type flag such as Z', () => {
  const b = encodeCardText(RESIDENT);
  b.write('Z', 248, 'utf16le');
  rejectsWith(() => parseCardText(b), 'IDCARD_CARD_UNKNOWN', /flag 5A 00 'Z' at byte 248/);
  b.writeUInt16LE(0x4920, 248); // 'I' in the wrong byte: not a flag any card uses
  rejectsWith(() => detectCardKind(b), 'IDCARD_CARD_UNKNOWN', /flag 20 49/);
  assert.throws(() => parseCardText(b), (e: unknown) => e instanceof IdCardError && e.message === '无法识别的证件类型');
});

test('refuses a text block that is not 256 bytes', () => {
  rejectsWith(() => parseCardText(Buffer.alloc(255)), 'IDCARD_DATA_INVALID', /expected 256 bytes got 255/);
  rejectsWith(() => parseCardText(Buffer.alloc(257)), 'IDCARD_DATA_INVALID', /got 257/);
  rejectsWith(() => detectCardKind(Buffer.alloc(10)), 'IDCARD_DATA_INVALID', /no card-type flag/);
});

test('keeps 长期 as text and reports it as long_term, never as a date', () => {
  const text = parseCardText(encodeCardText(RESIDENT));
  assert.equal(text.validUntil, '长期');
  assert.equal(toCardFields(text).validUntil, 'long_term');
  assert.equal(toCardFields({ ...RESIDENT, validUntil: '20350601' }).validUntil, '2035-06-01');
});

test('refuses a date that does not exist, such as 19900230', () => {
  rejectsWith(() => toCardFields({ ...RESIDENT, birthDate: '19900230' }), 'IDCARD_DATA_INVALID', /birthDate: "19900230" is not a date/);
  rejectsWith(() => toCardFields({ ...RESIDENT, validFrom: '20151301' }), 'IDCARD_DATA_INVALID', /validFrom/);
  rejectsWith(() => toCardFields({ ...RESIDENT, validUntil: '长久' }), 'IDCARD_DATA_INVALID', /validUntil/);
  rejectsWith(() => toCardFields({ ...RESIDENT, birthDate: '1990037' }), 'IDCARD_DATA_INVALID', /birthDate/);
  assert.equal(toCardFields({ ...RESIDENT, birthDate: '20000229' }).birthDate, '2000-02-29');
  rejectsWith(() => toCardFields({ ...RESIDENT, birthDate: '19000229' }), 'IDCARD_DATA_INVALID', /birthDate/);
});

test('refuses a card whose name, number, birth date or address is blank', () => {
  rejectsWith(() => toCardFields({ ...RESIDENT, name: '' }), 'IDCARD_DATA_INVALID', /name: blank/);
  rejectsWith(() => toCardFields({ ...RESIDENT, idNumber: '' }), 'IDCARD_DATA_INVALID', /idNumber: blank/);
  rejectsWith(() => toCardFields({ ...RESIDENT, birthDate: '' }), 'IDCARD_DATA_INVALID', /birthDate: blank/);
  rejectsWith(() => toCardFields({ ...HMT, address: '' }), 'IDCARD_DATA_INVALID', /address: blank/);
  rejectsWith(() => toCardFields({ ...FOREIGN_2023, name: '', englishName: '' }), 'IDCARD_DATA_INVALID', /name: blank/);
  // A name of spaces only is blank once the padding is trimmed.
  const b = encodeCardText(RESIDENT);
  spaces(15).copy(b, 0);
  rejectsWith(() => toCardFields(parseCardText(b)), 'IDCARD_DATA_INVALID', /name: blank/);
});

test('refuses an ID number with characters no card prints', () => {
  rejectsWith(() => toCardFields({ ...RESIDENT, idNumber: '110105-1990' }), 'IDCARD_DATA_INVALID', /idNumber/);
});

test('upper-cases a lower-case x in the ID number', () => {
  const b = encodeCardText({ ...RESIDENT, idNumber: '11010519900307123x' });
  assert.equal(parseCardText(b).idNumber, '11010519900307123x');
  assert.equal(toCardFields(parseCardText(b)).idNumber, '11010519900307123X');
});

test('maps gender codes 1 and 2 and leaves 0 and 9 unset', () => {
  assert.equal(toCardFields({ ...RESIDENT, genderCode: '2' }).gender, 'female');
  assert.equal(toCardFields({ ...RESIDENT, genderCode: '0' }).gender, null);
  assert.equal(toCardFields({ ...RESIDENT, genderCode: '9' }).gender, null);
});

test('keeps only GB 3304 ethnicity codes, accepting one without its leading zero', () => {
  assert.equal(toCardFields({ ...RESIDENT, ethnicityCode: '56' }).ethnicity, '56');
  assert.equal(toCardFields({ ...RESIDENT, ethnicityCode: '3' }).ethnicity, '03');
  assert.equal(toCardFields({ ...RESIDENT, ethnicityCode: '77' }).ethnicity, null);
  assert.equal(toCardFields({ ...RESIDENT, ethnicityCode: '' }).ethnicity, null);
});

test('trims spaces and NULs but keeps inner spaces', () => {
  assert.equal(decodeUcs2(Buffer.from('\u0000 李 四 \u0000\u0000', 'utf16le')), '李 四');
  assert.equal(decodeUcs2(Buffer.alloc(0)), '');
});

test('survives malformed UTF-16: an odd byte is dropped, a lone surrogate replaced', () => {
  assert.equal(decodeUcs2(hex('41 00 42')), 'A');
  assert.equal(decodeUcs2(hex('3D D8 41 00')), '\uFFFDA');
  assert.equal(decodeUcs2(hex('41 00 00 DC')), 'A\uFFFD');
  assert.equal(decodeUcs2(hex('3D D8')), '\uFFFD');
  assert.equal(decodeUcs2(hex('3D D8 00 DE')), '😀'); // a proper pair stays
});

test('space-pads a field and refuses text that does not fit', () => {
  assert.deepEqual(encodeUcs2Field('1', 4), hex('31 00 20 00'));
  assert.throws(() => encodeUcs2Field('长期长期长期长期长', 16), /needs 18 bytes/);
  assert.throws(() => encodeCardText({ ...RESIDENT, passNumber: 'H1' }), /no field passNumber/);
});

test('carries a card through a whole 30 01 response frame', () => {
  const block = encodeCardText(RESIDENT);
  const frame = encodeResponse(0x90, Buffer.concat([hex('01 00 04 00'), block, Buffer.alloc(1024)]));
  assert.equal(frame.length, 1295);
  assert.deepEqual(frame.subarray(14, 14 + 256), block); // the block starts at frame byte 14
  assert.deepEqual(parseCardText(decodeResponse(frame).data.subarray(4, 260)), RESIDENT);
});
