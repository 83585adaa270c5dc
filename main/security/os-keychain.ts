/**
 * The keychain port over the operating system's store, through @napi-rs/keyring: Secret Service
 * (gnome-keyring, KWallet) on Linux, Credential Manager on Windows, the login Keychain on macOS.
 * On Linux the store is pinned to Secret Service: the library would otherwise fall back to the
 * kernel keyring, which forgets everything at logout and so cannot keep a session "across restarts".
 */
import type { AsyncEntry as AsyncEntryType, EntryOptions } from '@napi-rs/keyring';
import { KEYCHAIN_SERVICE, KeychainError, type Keychain, type KeychainStatus } from './keychain';

/** How long a probe's answer stands: the login page asks often; a keyring unlocked meanwhile shows soon. */
const STATUS_TTL_MS = 10_000;
/** A store that does not answer (a locked collection waiting for a prompt no one sees) counts as absent. */
const CALL_TIMEOUT_MS = 5_000;
const PROBE_KEY = 'probe';

function platformStore(): { kind: string; label: string; options: EntryOptions | undefined } {
  switch (process.platform) {
    case 'win32':
      return { kind: 'credential-manager', label: 'Windows 凭据管理器', options: undefined };
    case 'darwin':
      return { kind: 'macos-keychain', label: 'macOS 钥匙串', options: undefined };
    default:
      return { kind: 'secret-service', label: 'Secret Service', options: { linux: { store: 'secret-service' } } };
  }
}

function reasonOf(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  // The library prefixes its own wording ("Platform failure: DBus error: …"); the cause is the useful part.
  return raw.replace(/^Platform failure:\s*/i, '').replace(/^DBus error:\s*/i, '').slice(0, 200);
}

export interface SystemKeychainOptions {
  /** Entries are stored under this service name; tests use their own so they never meet the product's. */
  service?: string;
}

export function openSystemKeychain(opts: SystemKeychainOptions = {}): Keychain {
  const service = opts.service ?? KEYCHAIN_SERVICE;
  const store = platformStore();
  let cached: { at: number; status: KeychainStatus } | null = null;
  let probing: Promise<KeychainStatus> | null = null;
  // Loaded on first use, not at startup: the native module is only needed once a secret is.
  let lib: typeof import('@napi-rs/keyring') | null = null;

  const unreachable = (e: unknown) => `未能连接系统钥匙串（${store.label}）：${reasonOf(e)}`;

  async function withEntry<T>(key: string, fn: (entry: AsyncEntryType, signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      lib ??= await import('@napi-rs/keyring');
      // The constructor itself throws when no session bus can be reached.
      const entry = new lib.AsyncEntry(service, key, store.options);
      return await fn(entry, AbortSignal.timeout(CALL_TIMEOUT_MS));
    } catch (e) {
      cached = null;
      throw new KeychainError(unreachable(e));
    }
  }

  async function probe(): Promise<KeychainStatus> {
    try {
      await withEntry(PROBE_KEY, (entry, signal) => entry.getPassword(signal));
      return { ok: true, kind: store.kind };
    } catch (e) {
      return { ok: false, kind: store.kind, reason: e instanceof KeychainError ? e.message : unreachable(e) };
    }
  }

  return {
    kind: store.kind,
    async status() {
      if (cached && Date.now() - cached.at < STATUS_TTL_MS) return cached.status;
      probing ??= probe().finally(() => (probing = null));
      const status = await probing;
      cached = { at: Date.now(), status };
      return status;
    },
    get: (key) => withEntry(key, async (entry, signal) => (await entry.getPassword(signal)) ?? null),
    set: (key, value) => withEntry(key, (entry, signal) => entry.setPassword(value, signal)),
    delete: (key) => withEntry(key, (entry, signal) => entry.deletePassword(signal)),
  };
}
