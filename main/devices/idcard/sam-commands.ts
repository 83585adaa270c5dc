/**
 * The SAM commands the workstation sends (devices.md §1.5), by name, so that callers never spell CMD/PARA bytes.
 * 30 03 is the appended-address command; the 30 02 / 30 05 variants seen in one repository are unconfirmed and left
 * out on purpose.
 */
import { encodeCommand } from './sam-frame';

export interface SamCommandSpec {
  readonly cmd: number;
  readonly para: number;
  /** Chinese name, for logs and error details. */
  readonly name: string;
}

export const SAM_COMMANDS = {
  reset: { cmd: 0x10, para: 0xff, name: '复位 SAM' },
  samStatus: { cmd: 0x11, para: 0xff, name: 'SAM 状态检测' },
  samId: { cmd: 0x12, para: 0xff, name: '读 SAM 管理信息' },
  findCard: { cmd: 0x20, para: 0x01, name: '寻找居民身份证' },
  selectCard: { cmd: 0x20, para: 0x02, name: '选取居民身份证' },
  readTextPhoto: { cmd: 0x30, para: 0x01, name: '读机读文字信息和相片信息' },
  readWithFingerprint: { cmd: 0x30, para: 0x10, name: '读文字、相片和指纹信息' },
  readAppendedAddress: { cmd: 0x30, para: 0x03, name: '读最新住址' },
  /** PARA selects the rate (BAUD_RATE_PARA); the one listed is the power-on default, 115 200. */
  setBaudRate: { cmd: 0x60, para: 0x00, name: '设置 UART 速率' },
  /** Takes one data byte: the most bytes per SAM↔RF frame. */
  maxRfFrame: { cmd: 0x61, para: 0xff, name: '设置射频单帧最大字节数' },
} as const satisfies Record<string, SamCommandSpec>;

export type SamCommandName = keyof typeof SAM_COMMANDS;

export type BaudRate = 115200 | 57600 | 38400 | 19200 | 9600;

/** PARA of 60 xx for each UART rate. */
export const BAUD_RATE_PARA: Readonly<Record<BaudRate, number>> = {
  115200: 0x00,
  57600: 0x01,
  38400: 0x02,
  19200: 0x03,
  9600: 0x04,
};

const NAMES = Object.keys(SAM_COMMANDS) as SamCommandName[];

export function commandFrame(name: SamCommandName, data?: Uint8Array): Buffer {
  const c = SAM_COMMANDS[name];
  return encodeCommand(c.cmd, c.para, data);
}

/** 60 xx for a UART rate; commandFrame('setBaudRate') alone only ever asks for the default. */
export function baudRateFrame(rate: BaudRate): Buffer {
  return encodeCommand(SAM_COMMANDS.setBaudRate.cmd, BAUD_RATE_PARA[rate]);
}

/** The command a CMD/PARA pair stands for; every listed rate counts as setBaudRate. */
export function commandNameOf(cmd: number, para: number): SamCommandName | null {
  if (cmd === SAM_COMMANDS.setBaudRate.cmd) return Object.values(BAUD_RATE_PARA).includes(para) ? 'setBaudRate' : null;
  return NAMES.find((n) => SAM_COMMANDS[n].cmd === cmd && SAM_COMMANDS[n].para === para) ?? null;
}
