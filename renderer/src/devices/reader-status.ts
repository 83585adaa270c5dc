/**
 * 读卡器状态 as the backend last reported it, one copy per window: the status bar, the registration
 * page and the settings page all read the same store. It asks `idcard.status` once when first
 * watched, then follows the `idcard.status` event.
 */
import { useSyncExternalStore } from 'react';
import type { ReaderStatus } from '../../../main/contract/idcard';
import type { Backend } from '../api/backend';
import { useWorkstation } from '../app/context';

export class ReaderStatusStore {
  private status: ReaderStatus | null = null;
  /** Events and answers can overtake each other on the wire: an older `seq` never replaces a newer one. */
  private lastSeq = -1;
  private readonly listeners = new Set<() => void>();
  private detach: (() => void) | null = null;

  constructor(private readonly backend: Backend) {}

  readonly get = (): ReaderStatus | null => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.attach();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.detach?.();
        this.detach = null;
      }
    };
  };

  /** A status from any source: an event, or the answer to `idcard.status` / `idcard.watch`. */
  accept(next: ReaderStatus): void {
    if (next.seq < this.lastSeq) return;
    this.lastSeq = next.seq;
    this.status = next;
    for (const l of [...this.listeners]) l();
  }

  private refresh(): void {
    void this.backend.call('idcard.status', {}).then((r) => {
      if (r.ok) this.accept(r.value);
    });
  }

  private attach(): void {
    const offEvent = this.backend.on('idcard.status', (s) => this.accept(s));
    // A resumed session may be talking to a restarted backend whose count began again.
    const offSession = this.backend.onSession((session) => {
      if (!session) return;
      this.lastSeq = -1;
      this.refresh();
    });
    this.refresh();
    this.detach = () => {
      offEvent();
      offSession();
    };
  }
}

const stores = new WeakMap<Backend, ReaderStatusStore>();

export function readerStatusStore(backend: Backend): ReaderStatusStore {
  let store = stores.get(backend);
  if (!store) {
    store = new ReaderStatusStore(backend);
    stores.set(backend, store);
  }
  return store;
}

/** The reader's status, or null until the first answer. */
export function useReaderStatus(): ReaderStatus | null {
  const { backend } = useWorkstation();
  const store = readerStatusStore(backend);
  return useSyncExternalStore(store.subscribe, store.get);
}
