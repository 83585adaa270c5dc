/**
 * The window's one way to the backend. Under Electron the preload exposes `window.zhifa`
 * (IPC); in the browser host the same calls travel over the host's WebSocket (socket-client.ts,
 * which bounds every call and reconnects). Either way the renderer sees only the contract's
 * `ApiClient`.
 */
import type { ApiClient, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import { WebSocketClient, type ConnectionState, type HostProbe, type SocketLike } from './socket-client';

export { CALL_TIMEOUT_MS, isTransportFailure, transportFailure, type ConnectionState } from './socket-client';

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

/** Asks for the page itself: the host answers 403 to a window whose launch cookie it does not know. */
const fetchProbe: HostProbe = async () => {
  // A host that takes the connection and never answers (a stopped process) counts as down.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 3000);
  try {
    const res = await fetch('/', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', redirect: 'manual', signal: abort.signal });
    return res.status === 403 ? 'relaunch' : 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
};

class PreloadClient implements ApiClient {
  constructor(private readonly bridge: PreloadBridge) {}

  invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    return this.bridge.invoke(name, input) as Promise<Result<CallOutput<K>>>;
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    return this.bridge.on(name, listener as Listener);
  }
}

export type Client = ApiClient & {
  onReconnect?: (() => void) | null;
  onConnection?: (listener: (s: ConnectionState) => void) => () => void;
};

export function createClient(): Client {
  if (window.zhifa) return new PreloadClient(window.zhifa);
  // The host's secret is an HttpOnly cookie set when this window was launched; the browser sends
  // it with the upgrade itself, so nothing here (nor any script in the page) ever sees it.
  return new WebSocketClient({
    url: `ws://${window.location.host}/api`,
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    probe: fetchProbe,
  });
}
