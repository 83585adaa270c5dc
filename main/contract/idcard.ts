/**
 * 身份证件阅读: what the UI sees of the desk's ID-card reader — its state, the data read from a
 * card, the reader settings — never the reader's bytes. The SAM protocol itself lives in
 * main/devices/idcard/.
 */
import { z } from 'zod';
import { ID_TYPE_CODES, type IdType } from './domain';

/** The card layouts a GA 467 reader returns, told apart by the type flag inside the text block. */
export const CARD_KINDS = [
  { code: 'resident', label: '居民身份证', idType: 'resident_id' },
  { code: 'hmt_residence', label: '港澳台居民居住证', idType: 'hmt_residence_permit' },
  { code: 'foreign_2017', label: '外国人永久居留身份证（2017版）', idType: 'foreign_permanent_id' },
  { code: 'foreign_2023', label: '外国人永久居留身份证（2023版）', idType: 'foreign_permanent_id' },
] as const satisfies readonly { code: string; label: string; idType: IdType }[];
export type CardKind = (typeof CARD_KINDS)[number]['code'];
export const CARD_KIND_CODES = CARD_KINDS.map((k) => k.code) as unknown as readonly [CardKind, ...CardKind[]];

/** The status bar's four words. */
export const READER_STATES = [
  { code: 'disconnected', label: '未连接' },
  { code: 'ready', label: '就绪' },
  { code: 'reading', label: '读卡中' },
  { code: 'error', label: '错误' },
] as const;
export type ReaderState = (typeof READER_STATES)[number]['code'];
export const READER_STATE_CODES = READER_STATES.map((s) => s.code) as unknown as readonly [ReaderState, ...ReaderState[]];

export const READER_TRANSPORTS = [
  { code: 'auto', label: '自动（USB 与串口）' },
  { code: 'usb', label: 'USB' },
  { code: 'serial', label: '串口（USB转串口）' },
  { code: 'simulator', label: '模拟读卡器（演示、培训用）' },
  { code: 'off', label: '不使用读卡器' },
] as const;
export type ReaderTransportSetting = (typeof READER_TRANSPORTS)[number]['code'];
export const READER_TRANSPORT_CODES = READER_TRANSPORTS.map((s) => s.code) as unknown as readonly [ReaderTransportSetting, ...ReaderTransportSetting[]];

/** Long-term validity (有效期限 "长期"), stored in place of an end date. */
export const LONG_TERM = 'long_term';

export const readerStatus = z.object({
  state: z.enum(READER_STATE_CODES),
  /** How the reader is attached: null while none is. */
  transport: z.enum(['usb', 'serial', 'simulator']).nullable(),
  /** e.g. "USB 0400:C35A", "/dev/ttyUSB0", "模拟读卡器". */
  device: z.string(),
  /** True when the reader is the built-in simulator: the UI labels it so. */
  simulated: z.boolean(),
  /** The SAM's printed number, once read. */
  samId: z.string().nullable(),
  /** A card lies on the reader and has not been read yet (only known while a form watches). */
  cardPresent: z.boolean(),
  /** The last failure, shown with state 'error'. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Why no photo can be shown, or null when the vendor's decoder is configured and loads. */
  photoUnavailable: z.string().nullable(),
  /** Increases with every change, so a window can drop stale events. */
  seq: z.number().int(),
});
export type ReaderStatus = z.infer<typeof readerStatus>;

const isoOrBlank = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

/** One card as read: the fields its layout has (blank where it has none), already decoded. */
export const cardRead = z.object({
  /** The stored read; a party registered with it is marked 读卡核验. */
  readId: z.number().int().positive(),
  kind: z.enum(CARD_KIND_CODES),
  idType: z.enum(ID_TYPE_CODES),
  /** 中文姓名; on a foreign card without one, the English name. */
  name: z.string(),
  englishName: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  /** GB 3304 code; resident cards only. */
  ethnicity: z.string().nullable(),
  birthDate: isoOrBlank,
  /** 住址 on the card; blank on foreign cards. */
  address: z.string(),
  /** 最新住址 (追加住址) read from the card's appended field, when it has one. */
  latestAddress: z.string(),
  idNumber: z.string(),
  /** 签发机关; on a 2017 foreign card the 受理机关代码. */
  issuer: z.string(),
  validFrom: isoOrBlank,
  /** End date, or `long_term`. */
  validUntil: z.union([isoOrBlank, z.literal(LONG_TERM)]),
  /** 国籍 (GB/T 2659 three-letter code), foreign cards. */
  nationality: z.string(),
  /** 通行证号码 and 签发次数, HK/Macau/Taiwan residence permits. */
  passNumber: z.string(),
  issueCount: z.string(),
  /** The card's validity ended before the day it was read. */
  expired: z.boolean(),
  hasPhoto: z.boolean(),
  /** Local time of the read, minutes precision. */
  readAt: z.string(),
  simulated: z.boolean(),
});
export type CardRead = z.infer<typeof cardRead>;

/** The party's photo: decoded through the vendor's library, or why not. */
export const cardPhoto = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true), mime: z.literal('image/png'), base64: z.string(), width: z.number().int(), height: z.number().int() }),
  z.object({
    available: z.literal(false),
    reason: z.string(),
    /** Set when the library was refused as untrusted (folder or file writable by others, SHA-256 not the pinned one). */
    code: z.literal('PHOTO_DECODER_UNTRUSTED').optional(),
  }),
]);
export type CardPhoto = z.infer<typeof cardPhoto>;

const vidPid = z
  .string()
  .trim()
  .regex(/^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$/, 'USB 设备标识应为 VID:PID，如 0400:C35A')
  .transform((s) => s.toUpperCase());

export const readerSettings = z.object({
  transport: z.enum(READER_TRANSPORT_CODES, { error: '请选择读卡器连接方式' }),
  /** Known USB readers (vendor-specific bulk), VID:PID. */
  usbIds: z.array(vidPid).max(20, 'USB 设备标识不能超过20个'),
  /** Serial port of a USB-serial reader; blank = try each port the system lists. */
  serialPath: z.string().trim().max(200, '串口路径过长'),
  baudRate: z.union([z.literal(115200), z.literal(57600), z.literal(38400), z.literal(19200), z.literal(9600)], { error: '请选择波特率' }),
  /** How often an open form asks the reader whether a card was placed. */
  pollMs: z.number().int().min(100, '轮询间隔不能小于100毫秒').max(2000, '轮询间隔不能大于2000毫秒'),
  /** The vendor's photo-decoding library (WLT → BMP); blank = none installed. */
  photoDecoderPath: z.string().trim().max(500, '路径过长'),
  /** The library's decode function. */
  photoDecoderSymbol: z.string().trim().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, '函数名无效'),
  /**
   * The vendor's published SHA-256 of the library (64 hex digits), pasted by the admin; required
   * when a path is set: a library whose bytes differ is never loaded.
   */
  photoDecoderSha256: z
    .string()
    .trim()
    .regex(/^([0-9A-Fa-f]{64})?$/, 'SHA-256 校验值应为 64 位十六进制数字')
    .transform((s) => s.toLowerCase()),
});
export type ReaderSettings = z.infer<typeof readerSettings>;

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  transport: 'auto',
  usbIds: ['0400:C35A', '0483:5652'],
  serialPath: '',
  baudRate: 115200,
  pollMs: 300,
  photoDecoderPath: '',
  photoDecoderSymbol: 'wlt2bmp',
  photoDecoderSha256: '',
};

/** What the simulator can be told to do, for demos, training and the tests. */
export const simulatorControl = z.discriminatedUnion('action', [
  z.object({ action: z.literal('place'), fixture: z.string().min(1).max(50) }).strict(),
  z.object({ action: z.literal('remove') }).strict(),
  z.object({ action: z.literal('unplug') }).strict(),
  z.object({ action: z.literal('plug') }).strict(),
]);
export type SimulatorControl = z.infer<typeof simulatorControl>;

export const simulatorState = z.object({
  active: z.boolean(),
  plugged: z.boolean(),
  /** The fixture lying on the reader, if any. */
  card: z.string().nullable(),
  fixtures: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type SimulatorState = z.infer<typeof simulatorState>;
