import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdCardError } from '../../../main/devices/idcard/errors';
import {
  encodeAppendedAddress,
  encodeReadData,
  encodeSamId,
  parseAppendedAddress,
  parseReadData,
  parseSamId,
  photoHeader,
} from '../../../main/devices/idcard/read-data';
import { decodeResponse, encodeResponse } from '../../../main/devices/idcard/sam-frame';
import { expectSuccess } from '../../../main/devices/idcard/sam-status';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const filled = (n: number, byte: number) => Buffer.alloc(n, byte);
const text = filled(256, 0x11);
const photo = Buffer.concat([hex('57 4C 66 00 7E 00 32 00'), filled(1016, 0x22)]);
const fingerprint = filled(1024, 0x33);

function frameInvalid(fn: () => unknown, about: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof IdCardError && e.code === 'IDCARD_FRAME_INVALID' && about.test(e.detail));
}

test('a full 30 01 response is 1 295 bytes with length field 05 08', () => {
  const frame = encodeResponse(0x90, encodeReadData(text, photo));
  assert.equal(frame.length, 1295);
  assert.deepEqual(frame.subarray(5, 7), hex('05 08')); // 1 288 = 3 SW + 2 + 2 + 256 + 1 024 + 1 CHK
  assert.deepEqual(frame.subarray(10, 14), hex('01 00 04 00'));
  const resp = decodeResponse(frame);
  assert.equal(expectSuccess('readTextPhoto', resp), 'ok');
  assert.deepEqual(parseReadData(resp.data, false), { text, photo, fingerprint: null });
});

test('reads a 30 10 response with a fingerprint', () => {
  const data = encodeReadData(text, photo, fingerprint);
  assert.deepEqual(data.subarray(0, 6), hex('01 00 04 00 04 00'));
  const frame = encodeResponse(0x90, data);
  assert.equal(frame.length, 7 + 2314);
  assert.deepEqual(parseReadData(decodeResponse(frame).data, true), { text, photo, fingerprint });
});

test('reads a 30 10 response from a card without a fingerprint (length 0)', () => {
  const data = encodeReadData(text, photo, null);
  assert.deepEqual(data.subarray(0, 6), hex('01 00 04 00 00 00'));
  assert.equal(data.length, 6 + 256 + 1024);
  assert.deepEqual(parseReadData(data, true), { text, photo, fingerprint: null });
});

test('refuses read data whose lengths are not 256 / 1 024 / 0 or 1 024', () => {
  frameInvalid(() => parseReadData(encodeReadData(text.subarray(0, 255), photo), false), /text length 255/);
  frameInvalid(() => parseReadData(encodeReadData(text, photo.subarray(0, 1000)), false), /photo length 1000/);
  frameInvalid(() => parseReadData(encodeReadData(text, photo, fingerprint.subarray(0, 512)), true), /fingerprint length 512/);
  frameInvalid(() => parseReadData(hex('01 00'), false), /shorter than its length prefix/);
  frameInvalid(() => parseReadData(hex('01 00 04 00'), true), /shorter than its length prefix/);
});

test('refuses read data whose lengths do not add up to its size', () => {
  const good = encodeReadData(text, photo);
  frameInvalid(() => parseReadData(good.subarray(0, good.length - 1), false), /add up to 1284 bytes, got 1283/);
  frameInvalid(() => parseReadData(Buffer.concat([good, hex('00')]), false), /got 1285/);
  // 30 01 data read as if it were 30 10: the third length is text bytes, not 0 or 1 024.
  frameInvalid(() => parseReadData(good, true), /fingerprint length/);
  // 30 10 data without a fingerprint read as 30 01: two bytes too many.
  frameInvalid(() => parseReadData(encodeReadData(text, photo, null), false), /add up to 1284 bytes, got 1286/);
});

test('prints the SAM ID the way vendor tools do', () => {
  const data = Buffer.alloc(16);
  data[0] = 5;
  data[1] = 0xee; // bytes 1 and 3 are not part of the printed number
  data[2] = 1;
  data.writeUInt32LE(20101207, 4);
  data.writeUInt32LE(39532, 8);
  data.writeUInt32LE(4294967295, 12);
  assert.equal(parseSamId(data), '05.01-20101207-39532-4294967295');
  const printed = '05.01-20101207-39532-1136700161';
  assert.equal(parseSamId(encodeSamId(printed)), printed);
  assert.equal(encodeSamId(printed).length, 16);
});

test('refuses a SAM ID that is not 16 bytes, and a printed one it cannot encode', () => {
  frameInvalid(() => parseSamId(Buffer.alloc(15)), /SAM ID: expected 16 bytes got 15/);
  assert.throws(() => encodeSamId('5-1-2'), /not a SAM ID/);
  assert.throws(() => encodeSamId('256.01-1-2-3'), /too large/);
});

test('reads the appended address and refuses one of the wrong size', () => {
  const data = encodeAppendedAddress('东州市新华区人民路8号');
  assert.equal(data.length, 70);
  assert.equal(parseAppendedAddress(data), '东州市新华区人民路8号');
  const resp = decodeResponse(encodeResponse(0x90, data));
  assert.equal(expectSuccess('readAppendedAddress', resp), 'ok');
  assert.equal(parseAppendedAddress(resp.data), '东州市新华区人民路8号');
  frameInvalid(() => parseAppendedAddress(Buffer.alloc(68)), /appended address: expected 70 bytes got 68/);
});

test('reads the WLT photo header as 102 × 126 and ignores anything else', () => {
  assert.deepEqual(photoHeader(photo), { width: 102, height: 126 });
  assert.equal(photoHeader(filled(1024, 0)), null);
  assert.equal(photoHeader(hex('57 4C 66')), null);
});
