/**
 * The vendor's photo decoder runs here, in a child process of its own, so that a crash or an
 * endless loop inside licensed native code cannot take the workstation's backend with it. It
 * answers one request and exits.
 *
 * The C shape called (common to Linux vendor decoders; exact conventions differ by vendor and are
 * unconfirmed): int <symbol>(const unsigned char *wlt, unsigned char *out, int flag), with the
 * 1 024-byte WLT block in, a BMP (or bare BGR pixels) written to `out`, flag 1.
 */
import { load, type LibraryHandle } from 'koffi';
import { BMP_BYTES } from './image';

export interface DecodeRequest {
  libraryPath: string;
  symbol: string;
  /** Only load the library and find the function. */
  checkOnly: boolean;
  wlt: Uint8Array | null;
}

export type DecodeReply =
  | { ok: true; rc: number; out: Uint8Array | null }
  | { ok: false; code: 'load_failed' | 'symbol_missing'; detail: string };

function answer(reply: DecodeReply) {
  process.send?.(reply, () => process.exit(0));
}

process.once('message', (req: DecodeRequest) => {
  let lib: LibraryHandle;
  try {
    lib = load(req.libraryPath);
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
});
