/**
 * SW3, the SAM's status byte (devices.md §1.4), and which error each one means for the user. Success is per
 * command: find-card succeeds with 9F and only 9F, the appended-address read may answer 91 "nothing there".
 */
import { IdCardError, hex2, type IdCardErrorCode } from './errors';
import { SAM_COMMANDS, type SamCommandName } from './sam-commands';
import type { SamResponse } from './sam-frame';

export interface SamStatusInfo {
  sw3: number;
  /** The meaning as the vendor documentation words it. */
  meaning: string;
  /** The error this status stands for; null for the three success-like codes, whose verdict depends on the command. */
  code: IdCardErrorCode | null;
}

export const SW3_SUCCESS = 0x90;
export const SW3_NO_CONTENT = 0x91;
export const SW3_FOUND = 0x9f;

export const SAM_STATUS: readonly SamStatusInfo[] = [
  { sw3: 0x90, meaning: '操作成功', code: null },
  { sw3: 0x91, meaning: '证/卡中此项无内容', code: null },
  { sw3: 0x9f, meaning: '寻找证/卡成功', code: null },
  // Our frame reached the SAM damaged or unintelligible: a driver or cable problem, not the card's.
  { sw3: 0x10, meaning: '接收数据校验和错', code: 'IDCARD_PROTOCOL' },
  { sw3: 0x11, meaning: '接收数据长度错', code: 'IDCARD_PROTOCOL' },
  { sw3: 0x21, meaning: '接收数据命令错', code: 'IDCARD_PROTOCOL' },
  { sw3: 0x23, meaning: '越权操作', code: 'IDCARD_SAM_FAULT' },
  { sw3: 0x24, meaning: '无法识别的错误', code: 'IDCARD_SAM_FAULT' },
  // Mutual authentication failed: typical of forged or damaged cards, so the officer must be told plainly.
  { sw3: 0x31, meaning: '证/卡认证 SAM 失败', code: 'IDCARD_CARD_INVALID' },
  { sw3: 0x32, meaning: 'SAM 认证证/卡失败', code: 'IDCARD_CARD_INVALID' },
  { sw3: 0x33, meaning: '信息验证错误', code: 'IDCARD_CARD_INVALID' },
  { sw3: 0x40, meaning: '无法识别的卡类型', code: 'IDCARD_CARD_UNKNOWN' },
  // The card left the field mid-read; placing it again usually works.
  { sw3: 0x41, meaning: '读证/卡操作失败', code: 'IDCARD_READ_FAILED' },
  { sw3: 0x47, meaning: '取随机数失败', code: 'IDCARD_SAM_FAULT' },
  { sw3: 0x60, meaning: 'SAM 自检失败', code: 'IDCARD_SAM_FAULT' },
  { sw3: 0x66, meaning: 'SAM 未经授权', code: 'IDCARD_SAM_FAULT' },
  { sw3: 0x80, meaning: '寻找证/卡失败', code: 'IDCARD_NO_CARD' },
  { sw3: 0x81, meaning: '选取证/卡失败', code: 'IDCARD_READ_FAILED' },
];

const BY_SW3 = new Map(SAM_STATUS.map((s) => [s.sw3, s]));

/** An unlisted SW3 means we and the reader disagree about the protocol. */
export function statusInfo(sw3: number): SamStatusInfo {
  return BY_SW3.get(sw3) ?? { sw3, meaning: `未知状态码 0x${hex2(sw3)}`, code: 'IDCARD_PROTOCOL' };
}

function describe(command: SamCommandName, resp: SamResponse, meaning: string): string {
  const c = SAM_COMMANDS[command];
  const sw12 = resp.sw1 !== 0 || resp.sw2 !== 0 ? ` (SW1 SW2 ${hex2(resp.sw1)} ${hex2(resp.sw2)})` : '';
  return `SW3 0x${hex2(resp.sw3)} ${meaning}${sw12}, command ${hex2(c.cmd)} ${hex2(c.para)} ${c.name}`;
}

/**
 * Throws the typed error for a response to `command` unless its SW3 is that command's success. Returns 'no-content'
 * for 91 on the appended-address read (the card has no appended address), 'ok' otherwise.
 */
export function expectSuccess(command: SamCommandName, resp: SamResponse): 'ok' | 'no-content' {
  const sw3 = resp.sw3;
  if (command === 'findCard') {
    if (sw3 === SW3_FOUND) return 'ok';
  } else {
    if (sw3 === SW3_SUCCESS) return 'ok';
    if (sw3 === SW3_NO_CONTENT && command === 'readAppendedAddress') return 'no-content';
  }
  const info = statusInfo(sw3);
  if (info.code) throw new IdCardError(info.code, describe(command, resp, info.meaning));
  // A success-like code on the wrong command. 91 elsewhere means the card lacks data a read needs: read again.
  // 9F / 90 swapped means the reader does not speak the protocol we think it does.
  const code: IdCardErrorCode = sw3 === SW3_NO_CONTENT ? 'IDCARD_READ_FAILED' : 'IDCARD_PROTOCOL';
  throw new IdCardError(code, `${describe(command, resp, info.meaning)}: not this command's success code`);
}
