/**
 * The browser host's side of the window's connection: calls and events over one WebSocket.
 *
 * The WebSocket may drop and come back in any pattern (a host restarted, a socket that opens and
 * closes at once, again and again). Whatever happens, every call ends within CALL_TIMEOUT_MS: with
 * its answer, or with a Chinese message saying why not. Nothing here reloads the page, so what a
 * clerk has typed stays where it is.
 */
import type { ApiClient, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../main/contract/api';
import { ERROR_MESSAGES, type Result } from '../../../main/contract/errors';

/** The longest any call may take, from being made to its answer or its failure. The one place this bound is set. */
export const CALL_TIMEOUT_MS = 15_000;

/**
 * connecting: not connected yet (the first time); connected; reconnecting: the connection dropped
 * and is being made again; relaunch: the host answers but no longer honours this window's launch
 * (it was restarted with a new secret), so a new launch link is needed.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'relaunch';

type TransportCode = 'TRANSPORT_CLOSED' | 'TRANSPORT_TIMEOUT' | 'TRANSPORT_RELAUNCH';

export function transportFailure(code: TransportCode): { ok: false; error: { code: TransportCode; message: string } } {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}

export function isTransportFailure(code: string): boolean {
  return code === 'TRANSPORT_CLOSED' || code === 'TRANSPORT_TIMEOUT' || code === 'TRANSPORT_RELAUNCH';
}

type Listener = (payload: unknown) => void;

/** What the client needs of a WebSocket; the browser's, or a fake one in the unit test. No DOM types here, so the unit test runs under Node. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

const OPEN = 1;

/** ok: the host serves this window; relaunch: it answers but refuses this window's launch cookie; down: no answer. */
export type HostProbe = () => Promise<'ok' | 'relaunch' | 'down'>;

export interface WebSocketClientOptions {
  url: string;
  openSocket: (url: string) => SocketLike;
  probe: HostProbe;
  callTimeoutMs?: number;
  /** Wait before the first retry, doubled after each failure up to `max`. */
  retryMs?: { first: number; max: number };
  /** A socket that stays open this long is a working connection again, and the back-off starts over. */
  stableMs?: number;
}

interface Pending {
  resolve: (r: Result<unknown>) => void;
  socket: SocketLike;
  timer: ReturnType<typeof setTimeout>;
}

interface Waiter {
  resolve: (ws: SocketLike) => void;
  fail: (code: TransportCode) => void;
}

export class WebSocketClient implements ApiClient {
  private ws: SocketLike | null = null;
  private attempt: SocketLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stableTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay: number;
  private everConnected = false;
  private closed = false;
  private state: ConnectionState = 'connecting';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateListeners = new Set<(s: ConnectionState) => void>();
  private readonly openSocket: (url: string) => SocketLike;
  private readonly probe: HostProbe;
  private readonly timeoutMs: number;
  private readonly retry: { first: number; max: number };
  private readonly stableMs: number;
  /** Called after a reconnect, so the app can resume its session on the new connection. */
  onReconnect: (() => void) | null = null;

  constructor(private readonly opts: WebSocketClientOptions) {
    this.openSocket = opts.openSocket;
    this.probe = opts.probe;
    this.timeoutMs = opts.callTimeoutMs ?? CALL_TIMEOUT_MS;
    this.retry = opts.retryMs ?? { first: 250, max: 4000 };
    this.stableMs = opts.stableMs ?? 3000;
    this.retryDelay = this.retry.first;
  }

  get connection(): ConnectionState {
    return this.state;
  }

  onConnection(listener: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private setState(s: ConnectionState) {
    if (s === this.state) return;
    this.state = s;
    for (const l of [...this.stateListeners]) l(s);
  }

  /** Starts an attempt unless one is under way, a retry is already due, or the socket is open. */
  private connectNow() {
    if (this.ws || this.attempt || this.closed) return;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    let socket: SocketLike;
    try {
      socket = this.openSocket(this.opts.url);
    } catch {
      void this.attemptFailed();
      return;
    }
    this.attempt = socket;
    let ended = false;
    // A host that takes the connection but never completes the upgrade (a stopped process) must not hold the attempt open.
    const giveUp = setTimeout(() => end(), Math.min(this.timeoutMs, 5000));
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(giveUp);
      socket.onopen = socket.onclose = socket.onerror = socket.onmessage = null;
      try {
        socket.close();
      } catch {
        /* already closed */
      }
      if (this.attempt === socket) {
        this.attempt = null;
        void this.attemptFailed();
      } else if (this.ws === socket) this.dropped(socket);
    };
    socket.onopen = () => {
      clearTimeout(giveUp);
      if (ended) return;
      this.attempt = null;
      this.ws = socket;
      this.setState('connected');
      this.stableTimer = setTimeout(() => (this.retryDelay = this.retry.first), this.stableMs);
      for (const w of [...this.waiters]) w.resolve(socket);
      this.waiters.clear();
      if (this.everConnected) this.onReconnect?.();
      this.everConnected = true;
    };
    socket.onclose = end;
    socket.onerror = end;
    socket.onmessage = (ev) => this.receive(String(ev.data));
  }

  /** The socket in use closed: what was sent on it will get no answer. */
  private dropped(socket: SocketLike) {
    this.ws = null;
    if (this.stableTimer) clearTimeout(this.stableTimer);
    this.stableTimer = null;
    for (const [id, p] of this.pending) {
      if (p.socket !== socket) continue;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.resolve(transportFailure('TRANSPORT_CLOSED'));
    }
    this.setState('reconnecting');
    this.scheduleRetry();
  }

  private async attemptFailed() {
    const verdict = await this.probe();
    if (this.ws || this.attempt) return;
    if (verdict === 'relaunch') {
      this.setState('relaunch');
      // Waiting cannot help until someone opens a new launch link: say so now.
      for (const w of [...this.waiters]) w.fail('TRANSPORT_RELAUNCH');
      this.waiters.clear();
    } else if (this.state !== 'connecting') this.setState('reconnecting');
    this.scheduleRetry();
  }

  private scheduleRetry() {
    if (this.retryTimer || this.closed) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retry.max, this.retryDelay * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connectNow();
    }, delay);
  }

  /** The open socket, waiting for one until `deadline`. */
  private openBy(deadline: number): Promise<SocketLike | TransportCode> {
    if (this.ws && this.ws.readyState === OPEN) return Promise.resolve(this.ws);
    // A call made while a new launch link is needed tries once at once (the link may have been opened meanwhile).
    if (this.state === 'relaunch' || !this.retryTimer) this.connectNow();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve: (ws) => {
          clearTimeout(timer);
          resolve(ws);
        },
        fail: (code) => {
          clearTimeout(timer);
          resolve(code);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(this.state === 'relaunch' ? 'TRANSPORT_RELAUNCH' : 'TRANSPORT_CLOSED');
      }, Math.max(0, deadline - Date.now()));
      this.waiters.add(waiter);
    });
  }

  private receive(text: string) {
    let msg: { id?: number | null; result?: Result<unknown>; event?: string; payload?: unknown };
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (msg.event) {
      for (const l of [...(this.listeners.get(msg.event) ?? [])]) l(msg.payload);
      return;
    }
    if (typeof msg.id === 'number' && msg.result) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(msg.id);
      p.resolve(msg.result);
    }
  }

  async invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const ws = await this.openBy(deadline);
      if (typeof ws === 'string') return transportFailure(ws);
      // The socket may have closed between opening and now (it opened and closed at once): wait for the next.
      if (ws.readyState !== OPEN) {
        if (this.ws === ws) this.dropped(ws);
        if (Date.now() >= deadline) return transportFailure('TRANSPORT_CLOSED');
        continue;
      }
      const id = this.nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          resolve(transportFailure('TRANSPORT_TIMEOUT'));
        }, Math.max(0, deadline - Date.now()));
        this.pending.set(id, { resolve: resolve as (r: Result<unknown>) => void, socket: ws, timer });
        try {
          ws.send(JSON.stringify({ id, call: name, input }));
        } catch {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(transportFailure('TRANSPORT_CLOSED'));
        }
      });
    }
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    const set = this.listeners.get(name) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener);
  }

  /** Stops reconnecting and ends what is pending (a window being closed; the tests). */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.stableTimer) clearTimeout(this.stableTimer);
    this.retryTimer = this.stableTimer = null;
    const sockets = [this.ws, this.attempt];
    this.ws = this.attempt = null;
    for (const s of sockets) {
      if (!s) continue;
      s.onopen = s.onclose = s.onerror = s.onmessage = null;
      s.close();
    }
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      p.resolve(transportFailure('TRANSPORT_CLOSED'));
    }
    this.pending.clear();
    for (const w of this.waiters) w.fail('TRANSPORT_CLOSED');
    this.waiters.clear();
    this.closed = true;
  }
}

