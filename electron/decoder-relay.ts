/**
 * The photo decoder under Electron. The vendor's library runs in a short-lived process of its own
 * so that a crash or a hang in it cannot take the backend down. The packaged app fuses RunAsNode
 * off, so the backend (itself a utility process) cannot fork a Node child; it asks the main
 * process, which alone may call `utilityProcess.fork`, and the messages are relayed both ways.
 *
 * Both halves are here: `relayedDecoderLauncher` in the backend process, `DecoderRelay` in the
 * main process. Neither imports `electron`; the main process hands in its fork function.
 */
import type { DecodeReply, DecodeRequest } from '../main/devices/idcard/photo-decoder/decoder-child';
import type { DecoderLauncher, DecoderProcess } from '../main/devices/idcard/photo-decoder/photo-decoder';
import type { BackendReply, BackendRequest } from './backend-messages';

/** Backend side: a launcher whose processes live in the main process. Feed it the main process's decoder messages. */
export function relayedDecoderLauncher(post: (msg: BackendReply) => void): {
  launcher: DecoderLauncher;
  receive(msg: Extract<BackendRequest, { kind: 'decoder.reply' | 'decoder.exit' }>): void;
} {
  let next = 1;
  const live = new Map<number, { message: ((r: DecodeReply) => void)[]; exit: (() => void)[]; alive: boolean }>();
  const launcher: DecoderLauncher = (childModule) => {
    const n = next++;
    const entry = { message: [] as ((r: DecodeReply) => void)[], exit: [] as (() => void)[], alive: true };
    live.set(n, entry);
    post({ kind: 'decoder.spawn', n, module: childModule });
    const proc: DecoderProcess = {
      send: (req: DecodeRequest) => post({ kind: 'decoder.send', n, req }),
      onMessage: (fn) => void entry.message.push(fn),
      onExit: (fn) => void entry.exit.push(fn),
      // A utility process that cannot start ends with an exit, which the relay reports.
      onError: () => undefined,
      alive: () => entry.alive,
      kill: () => {
        if (entry.alive) post({ kind: 'decoder.kill', n });
      },
    };
    return proc;
  };
  return {
    launcher,
    receive(msg) {
      const entry = live.get(msg.n);
      if (!entry) return;
      if (msg.kind === 'decoder.reply') {
        // Once, as a forked child's first answer is taken: the decoder answers one request.
        const listeners = entry.message.splice(0);
        for (const fn of listeners) fn(msg.reply as DecodeReply);
        return;
      }
      entry.alive = false;
      live.delete(msg.n);
      for (const fn of entry.exit.splice(0)) fn();
    },
  };
}

/** What the main process needs of a utility process (the subset of Electron's `UtilityProcess` used here). */
export interface ForkedDecoder {
  postMessage(msg: unknown): void;
  on(event: 'spawn', fn: () => void): void;
  on(event: 'message', fn: (msg: unknown) => void): void;
  on(event: 'exit', fn: (code: number) => void): void;
  kill(): boolean;
}

/** Main process side: starts, feeds and ends the decoders the backend asks for. */
export class DecoderRelay {
  private readonly children = new Map<number, ForkedDecoder>();
  /** Requests that arrived before their process reported it had started. */
  private readonly waiting = new Map<number, unknown[]>();

  constructor(
    private readonly fork: (module: string) => ForkedDecoder,
    private readonly toBackend: (msg: BackendRequest) => void,
    /** Only the decoder module the app ships may be started: the backend names it, the main process checks it. */
    private readonly allowedModule: string,
  ) {}

  /** Handles a backend message if it is about a decoder; returns false for any other. */
  handle(msg: BackendReply): boolean {
    if (msg.kind === 'decoder.spawn') {
      if (msg.module !== this.allowedModule || this.children.has(msg.n)) {
        this.toBackend({ kind: 'decoder.exit', n: msg.n });
        return true;
      }
      let child: ForkedDecoder;
      try {
        child = this.fork(msg.module);
      } catch {
        this.toBackend({ kind: 'decoder.exit', n: msg.n });
        return true;
      }
      this.children.set(msg.n, child);
      this.waiting.set(msg.n, []);
      child.on('spawn', () => {
        for (const req of this.waiting.get(msg.n) ?? []) child.postMessage(req);
        this.waiting.delete(msg.n);
      });
      child.on('message', (reply: unknown) => this.toBackend({ kind: 'decoder.reply', n: msg.n, reply }));
      child.on('exit', () => {
        this.children.delete(msg.n);
        this.waiting.delete(msg.n);
        this.toBackend({ kind: 'decoder.exit', n: msg.n });
      });
      return true;
    }
    if (msg.kind === 'decoder.send') {
      const queued = this.waiting.get(msg.n);
      if (queued) queued.push(msg.req);
      else this.children.get(msg.n)?.postMessage(msg.req);
      return true;
    }
    if (msg.kind === 'decoder.kill') {
      this.children.get(msg.n)?.kill();
      return true;
    }
    return false;
  }

  /** The backend went away: its decoders go with it. */
  killAll(): void {
    for (const child of this.children.values()) child.kill();
    this.children.clear();
    this.waiting.clear();
  }
}
