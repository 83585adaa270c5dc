/**
 * The window's one way to the backend. Under Electron the preload exposes `window.zhifa`
 * (IPC); in the browser host the same calls travel over the host's WebSocket. Either way the
 * renderer sees only the contract's `ApiClient`.
 */
import type { ApiClient, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../main/contract/api';
import { ERROR_MESSAGES, type Result } from '../../../main/contract/errors';

interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    zhifa?: PreloadBridge;
  }
}

type Listener = (payload: unknown) => void;

class WebSocketClient implements ApiClient {
  private ws: WebSocket | null = null;
  private opening: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly url: string;
  /** Called after a reconnect, so the app can resume its session on the new connection. */
  onReconnect: (() => void) | null = null;

  constructor() {
    // The host's secret is an HttpOnly cookie set when this window was launched; the browser sends
    // it with the upgrade itself, so nothing here (nor any script in the page) ever sees it.
    this.url = `ws://${window.location.host}/api`;
  }

  private connect(): Promise<WebSocket> {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return Promise.resolve(this.ws);
    if (this.opening) return this.opening;
    const wasConnected = this.ws !== null;
    this.opening = new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(this.url);
      ws.onopen = () => {
        this.ws = ws;
        this.opening = null;
        resolve(ws);
        if (wasConnected) this.onReconnect?.();
      };
      ws.onerror = () => {
        this.opening = null;
        reject(new Error('connect failed'));
      };
      ws.onclose = () => {
        for (const [, done] of this.pending) done({ ok: false, error: { code: 'TRANSPORT_CLOSED', message: ERROR_MESSAGES.TRANSPORT_CLOSED } });
        this.pending.clear();
      };
      ws.onmessage = (ev) => this.receive(String(ev.data));
    });
    return this.opening;
  }

  private receive(text: string) {
    const msg = JSON.parse(text) as { id?: number | null; result?: Result<unknown>; event?: string; payload?: unknown };
    if (msg.event) {
      for (const l of this.listeners.get(msg.event) ?? []) l(msg.payload);
      return;
    }
    if (typeof msg.id === 'number' && msg.result) {
      this.pending.get(msg.id)?.(msg.result);
      this.pending.delete(msg.id);
    }
  }

  async invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    let ws: WebSocket;
    try {
      ws = await this.connect();
    } catch {
      return { ok: false, error: { code: 'TRANSPORT_CLOSED', message: ERROR_MESSAGES.TRANSPORT_CLOSED } };
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (r: Result<unknown>) => void);
      ws.send(JSON.stringify({ id, call: name, input }));
    });
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    const set = this.listeners.get(name) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener);
  }
}

class PreloadClient implements ApiClient {
  constructor(private readonly bridge: PreloadBridge) {}

  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    return this.bridge.invoke(name, input) as Promise<Result<CallOutput<K>>>;
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    return this.bridge.on(name, listener as Listener);
  }
}

export function createClient(): ApiClient & { onReconnect?: (() => void) | null } {
  if (window.zhifa) return new PreloadClient(window.zhifa);
  return new WebSocketClient();
}
