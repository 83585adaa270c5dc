import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdCardError } from '../../../main/devices/idcard/errors';
import {
  FrameAssembler,
  HEADER_BYTES,
  MAX_LENGTH_FIELD,
  PREAMBLE,
  decodeCommand,
  decodeResponse,
  encodeCommand,
  encodeResponse,
  xorChecksum,
} from '../../../main/devices/idcard/sam-frame';
import { BAUD_RATE_PARA, baudRateFrame, commandFrame, commandNameOf, SAM_COMMANDS } from '../../../main/devices/idcard/sam-commands';
import { createRng } from '../../../main/services/demo/sample-data';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const show = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');

/** Asserts the call throws IDCARD_FRAME_INVALID whose detail mentions `about`. */
function frameInvalid(fn: () => unknown, about: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof IdCardError, `expected IdCardError, got ${String(e)}`);
    assert.equal(e.code, 'IDCARD_FRAME_INVALID');
    assert.equal(e.message, '读卡器返回的数据有误，请重放证件');
    assert.match(e.detail, about);
    return true;
  });
}

test('builds every command frame of the devices.md table byte for byte', () => {
  const cases: [Buffer, string][] = [
    [commandFrame('reset'), 'AA AA AA 96 69 00 03 10 FF EC'], // 00^03^10^FF = EC
    [commandFrame('samStatus'), 'AA AA AA 96 69 00 03 11 FF ED'], // 00^03^11^FF = ED
    [commandFrame('samId'), 'AA AA AA 96 69 00 03 12 FF EE'], // 00^03^12^FF = EE
    [commandFrame('findCard'), 'AA AA AA 96 69 00 03 20 01 22'], // 00^03^20^01 = 22
    [commandFrame('selectCard'), 'AA AA AA 96 69 00 03 20 02 21'], // 00^03^20^02 = 21
    [commandFrame('readTextPhoto'), 'AA AA AA 96 69 00 03 30 01 32'], // 00^03^30^01 = 32
    [commandFrame('readWithFingerprint'), 'AA AA AA 96 69 00 03 30 10 23'], // 00^03^30^10 = 23
    [commandFrame('readAppendedAddress'), 'AA AA AA 96 69 00 03 30 03 30'], // 00^03^30^03 = 30
    [baudRateFrame(9600), 'AA AA AA 96 69 00 03 60 04 67'], // 00^03^60^04 = 67
    [commandFrame('maxRfFrame', Uint8Array.of(0x50)), 'AA AA AA 96 69 00 04 61 FF 50 CA'], // 00^04^61^FF^50 = CA
  ];
  for (const [frame, expected] of cases) assert.equal(show(frame), expected);
});

test('sets the UART rate with PARA 00 to 04 and names every such frame setBaudRate', () => {
  assert.deepEqual(BAUD_RATE_PARA, { 115200: 0, 57600: 1, 38400: 2, 19200: 3, 9600: 4 });
  // 00^03^60^00 = 63: the default rate is what commandFrame('setBaudRate') asks for.
  assert.equal(show(commandFrame('setBaudRate')), 'AA AA AA 96 69 00 03 60 00 63');
  assert.equal(show(baudRateFrame(115200)), 'AA AA AA 96 69 00 03 60 00 63');
  for (const para of Object.values(BAUD_RATE_PARA)) assert.equal(commandNameOf(0x60, para), 'setBaudRate');
  assert.equal(commandNameOf(0x60, 0x05), null);
});

test('names each command from its CMD and PARA and knows nothing of 30 02 or 30 05', () => {
  for (const [name, c] of Object.entries(SAM_COMMANDS)) assert.equal(commandNameOf(c.cmd, c.para), name);
  assert.equal(commandNameOf(0x30, 0x02), null);
  assert.equal(commandNameOf(0x30, 0x05), null);
  assert.equal(SAM_COMMANDS.findCard.name, '寻找居民身份证');
});

test('decodes the command frames it builds, data included', () => {
  assert.deepEqual(decodeCommand(hex('AAAAAA9669 0003 2001 22')), { cmd: 0x20, para: 0x01, data: Buffer.alloc(0) });
  assert.deepEqual(decodeCommand(hex('AAAAAA9669 0004 61FF 50 CA')), { cmd: 0x61, para: 0xff, data: Buffer.of(0x50) });
  const withData = encodeCommand(0x30, 0x01, Buffer.from([1, 2, 3]));
  assert.deepEqual(decodeCommand(withData), { cmd: 0x30, para: 0x01, data: Buffer.from([1, 2, 3]) });
});

test('rejects the published find-card frame whose checksum is 21', () => {
  frameInvalid(() => decodeCommand(hex('AA AA AA 96 69 00 03 20 01 21')), /checksum: expected 0x22 got 0x21/);
});

test('decodes find OK with its 4-byte card management number', () => {
  // 00^08^00^00^9F^00^00^00^00 = 97
  const frame = hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
  assert.deepEqual(decodeResponse(frame), { sw1: 0, sw2: 0, sw3: 0x9f, data: Buffer.alloc(4) });
  assert.deepEqual(encodeResponse(0x9f, Buffer.alloc(4)), frame);
});

test('decodes find failed, select failed, read failed, generic success and no content', () => {
  const rows: [string, number][] = [
    ['AA AA AA 96 69 00 04 00 00 80 84', 0x80], // 04^80 = 84
    ['AA AA AA 96 69 00 04 00 00 81 85', 0x81], // 04^81 = 85
    ['AA AA AA 96 69 00 04 00 00 41 45', 0x41], // 04^41 = 45
    ['AA AA AA 96 69 00 04 00 00 90 94', 0x90], // 04^90 = 94
    ['AA AA AA 96 69 00 04 00 00 91 95', 0x91], // 04^91 = 95
  ];
  for (const [frame, sw3] of rows) {
    assert.deepEqual(decodeResponse(hex(frame)), { sw1: 0, sw2: 0, sw3, data: Buffer.alloc(0) });
    assert.equal(show(encodeResponse(sw3)), frame);
  }
});

test('decodes select OK with its 8-byte serial: 01..08 gives CHK 94, all zero gives 9C', () => {
  const serial = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
  // 0C^90 = 9C; 01^02^…^08 = 08; 9C^08 = 94
  const withSerial = hex('AA AA AA 96 69 00 0C 00 00 90 01 02 03 04 05 06 07 08 94');
  assert.deepEqual(decodeResponse(withSerial), { sw1: 0, sw2: 0, sw3: 0x90, data: serial });
  assert.deepEqual(encodeResponse(0x90, serial), withSerial);
  const zero = hex('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C');
  assert.deepEqual(decodeResponse(zero).data, Buffer.alloc(8));
  assert.deepEqual(encodeResponse(0x90, Buffer.alloc(8)), zero);
});

test('keeps SW1 and SW2 apart from SW3', () => {
  const frame = encodeResponse(0x90, undefined, 0x12, 0x34);
  // 00^04^12^34^90 = B2
  assert.equal(show(frame), 'AA AA AA 96 69 00 04 12 34 90 B2');
  assert.deepEqual(decodeResponse(frame), { sw1: 0x12, sw2: 0x34, sw3: 0x90, data: Buffer.alloc(0) });
});

test('checksums the length bytes and body but never the preamble', () => {
  const frame = hex('AA AA AA 96 69 00 03 20 01 22');
  assert.equal(xorChecksum(frame, 5, 9), 0x22);
  assert.equal(xorChecksum(frame, 0, 0), 0);
  assert.deepEqual(PREAMBLE, hex('AAAAAA9669'));
});

test('rejects a response whose preamble is wrong', () => {
  frameInvalid(() => decodeResponse(hex('AA AA AA 96 68 00 04 00 00 90 94')), /preamble: expected AA AA AA 96 69 got AA AA AA 96 68/);
  frameInvalid(() => decodeResponse(hex('AA AA')), /shorter than the 7-byte header/);
});

test('rejects a response whose checksum is wrong', () => {
  frameInvalid(() => decodeResponse(hex('AA AA AA 96 69 00 04 00 00 90 95')), /checksum: expected 0x94 got 0x95/);
});

test('rejects a length too small to hold SW1 SW2 SW3, but accepts it for a command', () => {
  // 00^03^00^00 = 03: a consistent frame, just one byte short of the three status bytes.
  const short = hex('AA AA AA 96 69 00 03 00 00 03');
  frameInvalid(() => decodeResponse(short), /length: 3 is below the minimum 4/);
  assert.deepEqual(decodeCommand(short), { cmd: 0, para: 0, data: Buffer.alloc(0) });
  frameInvalid(() => decodeCommand(hex('AA AA AA 96 69 00 02 00 02')), /length: 2 is below the minimum 3/);
});

test('rejects a frame whose size disagrees with its length field', () => {
  frameInvalid(() => decodeResponse(hex('AA AA AA 96 69 00 05 00 00 90 94')), /length field 5 needs 12 bytes, got 11/);
  frameInvalid(() => decodeResponse(hex('AA AA AA 96 69 00 04 00 00 90 94 00')), /length field 4 needs 11 bytes, got 12/);
});

test('rejects a length field above the limit even when the frame is otherwise consistent', () => {
  assert.equal(MAX_LENGTH_FIELD, 4096);
  const body = Buffer.alloc(MAX_LENGTH_FIELD); // 4 096 bytes after the length: one too many
  const frame = Buffer.concat([PREAMBLE, Buffer.from([0x10, 0x01]), body]);
  frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  frameInvalid(() => decodeResponse(frame), /length: 4097 exceeds the limit 4096/);
  assert.throws(() => encodeResponse(0x90, Buffer.alloc(MAX_LENGTH_FIELD)), RangeError);
  // The largest response the protocol has fits: 30 10 with a fingerprint.
  assert.equal(encodeResponse(0x90, Buffer.alloc(6 + 256 + 1024 + 1024)).length, HEADER_BYTES + 2314);
});

test('refuses to build a frame from values that are not bytes', () => {
  assert.throws(() => encodeCommand(0x100, 0), RangeError);
  assert.throws(() => encodeResponse(-1), RangeError);
});

const findOk = hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
const selectOk = hex('AA AA AA 96 69 00 0C 00 00 90 01 02 03 04 05 06 07 08 94');

test('assembles a frame fed one byte at a time', () => {
  const asm = new FrameAssembler();
  for (let i = 0; i < findOk.length - 1; i++) {
    asm.push(findOk.subarray(i, i + 1));
    assert.equal(asm.next(), null);
    assert.equal(asm.pending, i + 1);
  }
  asm.push(findOk.subarray(findOk.length - 1));
  assert.deepEqual(asm.next(), findOk);
  assert.equal(asm.pending, 0);
  assert.equal(asm.next(), null);
});

test('assembles a long read response cut into random chunk sizes', () => {
  const rng = createRng(467);
  const big = encodeResponse(0x90, Buffer.from(Array.from({ length: 1284 }, (_, i) => i & 0xff)));
  for (let round = 0; round < 50; round++) {
    const asm = new FrameAssembler();
    const got: Buffer[] = [];
    for (let at = 0; at < big.length; ) {
      const n = 1 + Math.floor(rng() * 80);
      asm.push(big.subarray(at, at + n));
      at += n;
      for (let f = asm.next(); f; f = asm.next()) got.push(f);
    }
    assert.deepEqual(got, [big]);
    assert.equal(asm.pending, 0);
  }
});

test('splits two frames arriving in one chunk, and keeps the start of a third', () => {
  const asm = new FrameAssembler();
  asm.push(Buffer.concat([findOk, selectOk, selectOk.subarray(0, 5)]));
  assert.deepEqual(asm.next(), findOk);
  assert.deepEqual(asm.next(), selectOk);
  assert.equal(asm.next(), null);
  assert.equal(asm.pending, 5);
  asm.push(selectOk.subarray(5));
  assert.deepEqual(asm.next(), selectOk);
});

test('throws on garbage before a frame, drops what it held, and accepts the next good frame after reset', () => {
  const asm = new FrameAssembler();
  asm.push(Buffer.concat([hex('00 FF 13'), findOk]));
  assert.throws(
    () => asm.next(),
    (e: unknown) => e instanceof IdCardError && e.code === 'IDCARD_FRAME_INVALID' && /preamble/.test(e.detail),
  );
  assert.equal(asm.pending, 0);
  asm.reset();
  asm.push(selectOk);
  assert.deepEqual(asm.next(), selectOk);
});

test('waits for the whole header before judging it', () => {
  const asm = new FrameAssembler();
  asm.push(hex('00 00 00 00 00 00'));
  assert.equal(asm.next(), null);
  asm.push(hex('00'));
  assert.throws(() => asm.next(), IdCardError);
});

test('throws as soon as the header shows an impossible length, without waiting for the body', () => {
  const tooLong = new FrameAssembler();
  tooLong.push(hex('AA AA AA 96 69 FF FF'));
  assert.throws(() => tooLong.next(), (e: unknown) => e instanceof IdCardError && /exceeds the limit/.test(e.detail));
  assert.equal(tooLong.pending, 0);
  const tooShort = new FrameAssembler();
  tooShort.push(hex('AA AA AA 96 69 00 03'));
  assert.throws(() => tooShort.next(), (e: unknown) => e instanceof IdCardError && /below the minimum 4/.test(e.detail));
  // Commands may be one byte shorter than responses.
  const commands = new FrameAssembler({ minLength: 3 });
  commands.push(commandFrame('findCard'));
  assert.deepEqual(commands.next(), commandFrame('findCard'));
});

test('does not verify the checksum itself: that is decodeResponse’s job', () => {
  const asm = new FrameAssembler();
  const bad = hex('AA AA AA 96 69 00 04 00 00 90 00');
  asm.push(bad);
  const frame = asm.next();
  assert.deepEqual(frame, bad);
  frameInvalid(() => decodeResponse(bad), /checksum/);
});
