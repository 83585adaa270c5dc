/**
 * The vendor's photo decoder runs here, in a child process of its own, so that a crash or an
 * endless loop inside licensed native code cannot take the workstation's backend with it. It
 * answers one request and exits.
 *
 * The C shape called (common to Linux vendor decoders; exact conventions differ by vendor and are
 * unconfirmed): int <symbol>(const unsigned char *wlt, unsigned char *out, int flag), with the
 * 1 024-byte WLT block in, a BMP (or bare BGR pixels) written to `out`, flag 1.
 *
 * Before anything is loaded the library is checked again here (decoder-trust.ts), in the process
 * that loads it: its bytes are read once, checked against the pinned SHA-256, written to a private
 * 0700 folder of this process and loaded from there, so a file swapped between the check and the
 * load is never the one loaded.
 *
 * It runs as a Node child (child_process.fork) or, under Electron, as a utility process: the two
 * differ only in how a message arrives and leaves (process.send / process.parentPort).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, type LibraryHandle } from 'koffi';
import { readTrustedDecoder } from './decoder-trust';
import { BMP_BYTES } from './image';

export interface DecodeRequest {
  libraryPath: string;
  symbol: string;
  /** The pinned SHA-256 (64 hex) the library's bytes must have. */
  sha256: string;
  /** Only load the library and find the function. */
  checkOnly: boolean;
  wlt: Uint8Array | null;
}

export type DecodeReply =
  | { ok: true; rc: number; out: Uint8Array | null }
  | { ok: false; code: 'load_failed' | 'symbol_missing' | 'untrusted'; detail: string };

/** Electron's utility process speaks through parentPort; a forked Node child through process.send. */
interface ParentPort {
  on(event: 'message', fn: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function answer(reply: DecodeReply) {
  if (parentPort) {
    parentPort.postMessage(reply);
    // The message is queued on the port; give it a turn to leave before exiting.
    setImmediate(() => process.exit(0));
  } else {
    process.send?.(reply, () => process.exit(0));
  }
}

/** The verified bytes, in a folder only this process can write, loaded from there. */
function loadVerified(bytes: Buffer, realPath: string): LibraryHandle {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-decoder-'));
  const copy = path.join(dir, path.basename(realPath));
  try {
    fs.writeFileSync(copy, bytes, { mode: 0o700, flag: 'wx' });
    return load(copy);
  } finally {
    // Once mapped, the copy is not needed on disk (Windows keeps a loaded DLL; it goes with the temp folder).
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Left for the system's temp cleanup.
    }
  }
}

function handle(req: DecodeRequest) {
  const trust = readTrustedDecoder(req.libraryPath, req.sha256);
  if (!trust.ok) {
    answer({ ok: false, code: 'untrusted', detail: trust.reason });
    return;
  }
  let lib: LibraryHandle;
  try {
    lib = loadVerified(trust.bytes, trust.realPath);
  } catch (e) {
    answer({ ok: false, code: 'load_failed', detail: (e as Error).message.split('\n')[0].slice(0, 200) });
    return;
  }
  let decode: ReturnType<LibraryHandle['func']>;
  try {
    decode = lib.func(`int ${req.symbol}(const uint8_t *wlt, uint8_t *out, int flag)`);
  } catch (e) {
    answer({ ok: false, code: 'symbol_missing', detail: (e as Error).message.slice(0, 200) });
    return;
  }
  if (req.checkOnly || !req.wlt) {
    answer({ ok: true, rc: 0, out: null });
    return;
  }
  // Slack beyond the BMP size: a decoder writing a little past what it promised must not corrupt the heap.
  const out = Buffer.alloc(BMP_BYTES + 4096);
  const rc = decode(Buffer.from(req.wlt), out, 1) as number;
  answer({ ok: true, rc, out: out.subarray(0, BMP_BYTES) });
}

if (parentPort) parentPort.on('message', (e) => handle(e.data as DecodeRequest));
else process.once('message', (req: DecodeRequest) => handle(req));
