/**
 * Decoding the card photo through the office's vendor library, from the backend's side: checks
 * what can be checked first (a WLT block, a library file), then runs the decoder in a child
 * process with a time-out, one at a time, and turns whatever comes back into a PNG or a reason in
 * Chinese. Nothing here throws and nothing is written to disk: the photo is personal data.
 *
 * The library is loaded only when decoder-trust.ts passes it (folder and file not writable by
 * others, SHA-256 as pinned in 设备设置): checked here when the settings are applied, and again
 * in the child just before it loads the bytes it checked.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { encodePng, parseBmp, parseRawBgr } from './image';
import type { DecodeReply, DecodeRequest } from './decoder-child';
import { readTrustedDecoder } from './decoder-trust';

export interface PhotoDecoderConfig {
  libraryPath: string;
  symbol: string;
  /** The vendor's published SHA-256 of the library, as the admin pinned it. */
  sha256: string;
  timeoutMs?: number;
}

/** The decoder child as its parent sees it, whatever started it. */
export interface DecoderProcess {
  send(req: DecodeRequest): void;
  onMessage(fn: (reply: DecodeReply) => void): void;
  /** The process ended (crash, kill or normal exit). */
  onExit(fn: () => void): void;
  onError(fn: (e: Error) => void): void;
  /** Whether it is still running. */
  alive(): boolean;
  kill(): void;
}

/**
 * Starts the decoder child from its module file. The default forks a plain Node process; the Electron host, where RunAsNode is fused off, passes
 * one over utilityProcess.fork instead (BackendOptions.decoderLauncher).
 */
export type DecoderLauncher = (childModule: string) => DecoderProcess;

export const nodeDecoderLauncher: DecoderLauncher = (childModule) => {
  const child = fork(childModule, [], {
    execArgv: process.execArgv,
    // Inside Electron, execPath is Electron: this makes the child a plain Node, for as long as the RunAsNode fuse is on.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  return {
    send: (req) => void child.send(req),
    onMessage: (fn) => void child.once('message', (m) => fn(m as DecodeReply)),
    onExit: (fn) => void child.once('exit', fn),
    onError: (fn) => void child.once('error', fn),
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: () => void child.kill('SIGKILL'),
  };
};

let launcher: DecoderLauncher = nodeDecoderLauncher;

/** Set once by the backend at start when its host brings its own way of starting the child. */
export function useDecoderLauncher(l: DecoderLauncher): void {
  launcher = l;
}

export type PhotoFailure =
  | 'not_configured'
  | 'not_found'
  | 'untrusted'
  | 'load_failed'
  | 'symbol_missing'
  | 'not_wlt'
  | 'decode_failed'
  | 'crashed'
  | 'timeout';

export type PhotoOutcome = { ok: true; png: Buffer; width: number; height: number } | { ok: false; code: PhotoFailure; reason: string };
export type DecoderCheck = { ok: true } | { ok: false; code: PhotoFailure; reason: string };

const DEFAULT_TIMEOUT_MS = 5000;
/** The child's module file, for launchers (and the test that talks to the child directly). */
export const DECODER_CHILD_MODULE = path.join(__dirname, `decoder-child${path.extname(__filename)}`);
const CHILD = DECODER_CHILD_MODULE;

const fail = (code: PhotoFailure, reason: string) => ({ ok: false as const, code, reason });

/** Known return codes of vendor decoders when they produce nothing. */
function returnCodeReason(rc: number): string {
  if (rc === -5) return '相片解码库未获授权';
  if (rc === -6) return '相片解码库需连接已授权的读卡器';
  return `相片解码失败（返回值 ${rc}）`;
}

let queue: Promise<unknown> = Promise.resolve();

/** One decoder child at a time: vendor libraries are not known to be reentrant, and photos are few. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

type ChildResult = { reply: DecodeReply } | { failure: PhotoFailure; reason: string };

function runChild(req: DecodeRequest, timeoutMs: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    let child: DecoderProcess;
    try {
      child = launcher(CHILD);
    } catch (e) {
      resolve({ failure: 'crashed', reason: `相片解码进程无法启动：${(e as Error).message}` });
      return;
    }
    let settled = false;
    const settle = (r: ChildResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.alive()) child.kill();
      resolve(r);
    };
    const timer = setTimeout(() => settle({ failure: 'timeout', reason: '相片解码超时' }), timeoutMs);
    child.onMessage((reply) => settle({ reply }));
    child.onError((e) => settle({ failure: 'crashed', reason: `相片解码进程无法启动：${e.message}` }));
    child.onExit(() => settle({ failure: 'crashed', reason: '相片解码库运行时崩溃，相片未能显示' }));
    child.send(req);
  });
}

function preflight(config: PhotoDecoderConfig): PhotoOutcome | null {
  if (!config.libraryPath) {
    return fail('not_configured', '未配置读卡器厂商的相片解码库（系统管理 → 设备设置），证件相片的原始数据已随当事人保存，配置后即可显示');
  }
  if (!fs.existsSync(config.libraryPath) || !fs.statSync(config.libraryPath).isFile()) return fail('not_found', `找不到相片解码库：${config.libraryPath}`);
  const trust = readTrustedDecoder(config.libraryPath, config.sha256);
  if (!trust.ok) return fail('untrusted', trust.reason);
  return null;
}

function loadFailure(reply: Extract<DecodeReply, { ok: false }>, config: PhotoDecoderConfig): PhotoOutcome {
  if (reply.code === 'untrusted') return fail('untrusted', reply.detail);
  return reply.code === 'symbol_missing'
    ? fail('symbol_missing', `相片解码库中没有函数 ${config.symbol}`)
    : fail('load_failed', `相片解码库无法加载：${reply.detail}`);
}

/** Whether the library loads and has the function: the settings page and the status bar use it. */
export function checkPhotoDecoder(config: PhotoDecoderConfig): Promise<DecoderCheck> {
  const early = preflight(config);
  if (early && !early.ok) return Promise.resolve(early);
  return serial(async () => {
    const r = await runChild({ libraryPath: config.libraryPath, symbol: config.symbol, sha256: config.sha256, checkOnly: true, wlt: null }, config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if ('failure' in r) return fail(r.failure, r.reason);
    if (!r.reply.ok) return loadFailure(r.reply, config) as DecoderCheck;
    return { ok: true as const };
  });
}

export function decodePhoto(config: PhotoDecoderConfig, wlt: Buffer): Promise<PhotoOutcome> {
  if (wlt.length < 6 || wlt[0] !== 0x57 || wlt[1] !== 0x4c) return Promise.resolve(fail('not_wlt', '证件相片数据格式不正确'));
  const early = preflight(config);
  if (early) return Promise.resolve(early);
  return serial(async () => {
    const r = await runChild({ libraryPath: config.libraryPath, symbol: config.symbol, sha256: config.sha256, checkOnly: false, wlt }, config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if ('failure' in r) return fail(r.failure, r.reason);
    if (!r.reply.ok) return loadFailure(r.reply, config);
    const out = r.reply.out ? Buffer.from(r.reply.out) : Buffer.alloc(0);
    const img = parseBmp(out) ?? parseRawBgr(out);
    if (!img) return fail('decode_failed', returnCodeReason(r.reply.rc));
    return { ok: true as const, png: encodePng(img), width: img.width, height: img.height };
  });
}
