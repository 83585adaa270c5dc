import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdCardError, isIdCardError, type IdCardErrorCode } from '../../../main/devices/idcard/errors';
import { SAM_COMMANDS, type SamCommandName } from '../../../main/devices/idcard/sam-commands';
import { decodeResponse, encodeResponse, type SamResponse } from '../../../main/devices/idcard/sam-frame';
import { SAM_STATUS, expectSuccess, statusInfo } from '../../../main/devices/idcard/sam-status';

const resp = (sw3: number, data: Buffer = Buffer.alloc(0)): SamResponse => ({ sw1: 0, sw2: 0, sw3, data });
const ALL_COMMANDS = Object.keys(SAM_COMMANDS) as SamCommandName[];

/** Runs expectSuccess expecting a throw and returns the typed error. */
function failure(command: SamCommandName, sw3: number): IdCardError {
  try {
    expectSuccess(command, resp(sw3));
  } catch (e) {
    assert.ok(isIdCardError(e), `expected IdCardError, got ${String(e)}`);
    return e;
  }
  assert.fail(`${command} accepted SW3 ${sw3.toString(16)}`);
}

// devices.md §1.4, with the error each status means for the user.
const TABLE: [number, string, IdCardErrorCode | null][] = [
  [0x90, '操作成功', null],
  [0x91, '证/卡中此项无内容', null],
  [0x9f, '寻找证/卡成功', null],
  [0x10, '接收数据校验和错', 'IDCARD_PROTOCOL'],
  [0x11, '接收数据长度错', 'IDCARD_PROTOCOL'],
  [0x21, '接收数据命令错', 'IDCARD_PROTOCOL'],
  [0x23, '越权操作', 'IDCARD_SAM_FAULT'],
  [0x24, '无法识别的错误', 'IDCARD_SAM_FAULT'],
  [0x31, '证/卡认证 SAM 失败', 'IDCARD_CARD_INVALID'],
  [0x32, 'SAM 认证证/卡失败', 'IDCARD_CARD_INVALID'],
  [0x33, '信息验证错误', 'IDCARD_CARD_INVALID'],
  [0x40, '无法识别的卡类型', 'IDCARD_CARD_UNKNOWN'],
  [0x41, '读证/卡操作失败', 'IDCARD_READ_FAILED'],
  [0x47, '取随机数失败', 'IDCARD_SAM_FAULT'],
  [0x60, 'SAM 自检失败', 'IDCARD_SAM_FAULT'],
  [0x66, 'SAM 未经授权', 'IDCARD_SAM_FAULT'],
  [0x80, '寻找证/卡失败', 'IDCARD_NO_CARD'],
  [0x81, '选取证/卡失败', 'IDCARD_READ_FAILED'],
];

test('lists every SW3 of devices.md §1.4 with its meaning and error code', () => {
  assert.equal(SAM_STATUS.length, TABLE.length);
  for (const [sw3, meaning, code] of TABLE) assert.deepEqual(statusInfo(sw3), { sw3, meaning, code });
});

test('turns each failure status into its error, with the SW3 and its meaning in the detail', () => {
  for (const [sw3, meaning, code] of TABLE) {
    if (code === null) continue;
    for (const command of ALL_COMMANDS) {
      const e = failure(command, sw3);
      assert.equal(e.code, code);
      assert.ok(e.detail.includes(`SW3 0x${sw3.toString(16).toUpperCase().padStart(2, '0')} ${meaning}`), e.detail);
    }
  }
});

test('asks the user to place a card when find-card answers 80', () => {
  const e = failure('findCard', 0x80);
  assert.equal(e.code, 'IDCARD_NO_CARD');
  assert.equal(e.message, '请放置证件');
  assert.match(e.detail, /SW3 0x80 寻找证\/卡失败.*20 01 寻找居民身份证/);
});

test('asks for the card again when select fails (81) or the read is interrupted (41)', () => {
  assert.equal(failure('selectCard', 0x81).message, '读卡失败，请重放证件');
  const e = failure('readTextPhoto', 0x41);
  assert.equal(e.code, 'IDCARD_READ_FAILED');
  assert.match(e.detail, /SW3 0x41 读证\/卡操作失败/);
});

test('warns of a possibly forged card when the SAM cannot authenticate it', () => {
  const e = failure('readTextPhoto', 0x32);
  assert.equal(e.code, 'IDCARD_CARD_INVALID');
  assert.equal(e.message, '证件未通过安全模块认证，可能是伪造或损坏的证件');
});

test('accepts find-card only with 9F', () => {
  assert.equal(expectSuccess('findCard', resp(0x9f, Buffer.alloc(4))), 'ok');
  const e = failure('findCard', 0x90);
  assert.equal(e.code, 'IDCARD_PROTOCOL');
  assert.match(e.detail, /SW3 0x90 操作成功/);
});

test('accepts 90 as success for every command but find-card', () => {
  for (const command of ALL_COMMANDS.filter((c) => c !== 'findCard')) assert.equal(expectSuccess(command, resp(0x90)), 'ok');
});

test('reports no content when the card has no appended address (91 on 30 03)', () => {
  const r = decodeResponse(Buffer.from('AAAAAA9669000400009195', 'hex'));
  assert.equal(expectSuccess('readAppendedAddress', r), 'no-content');
});

test('treats 91 on any other command as a failed read', () => {
  for (const command of ALL_COMMANDS.filter((c) => c !== 'readAppendedAddress')) {
    const e = failure(command, 0x91);
    assert.equal(e.code, 'IDCARD_READ_FAILED', command);
    assert.match(e.detail, /SW3 0x91 证\/卡中此项无内容/);
  }
});

test('treats 9F on anything but find-card as a protocol error', () => {
  for (const command of ALL_COMMANDS.filter((c) => c !== 'findCard')) {
    const e = failure(command, 0x9f);
    assert.equal(e.code, 'IDCARD_PROTOCOL', command);
    assert.match(e.detail, /not this command's success code/);
  }
});

test('treats an unknown SW3 as a protocol error named by its hex value', () => {
  assert.deepEqual(statusInfo(0x55), { sw3: 0x55, meaning: '未知状态码 0x55', code: 'IDCARD_PROTOCOL' });
  assert.deepEqual(statusInfo(0x0a).meaning, '未知状态码 0x0A');
  const e = failure('selectCard', 0xee);
  assert.equal(e.code, 'IDCARD_PROTOCOL');
  assert.match(e.detail, /SW3 0xEE 未知状态码 0xEE/);
});

test('mentions unusual SW1 and SW2 in the detail', () => {
  const r = decodeResponse(encodeResponse(0x41, undefined, 0x6a, 0x82));
  assert.throws(() => expectSuccess('readTextPhoto', r), (e: unknown) => isIdCardError(e) && /SW1 SW2 6A 82/.test(e.detail));
});
