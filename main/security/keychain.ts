/**
 * The keychain port: the one place secrets live — a remembered session's token, the audit
 * chain's HMAC key, later the signing PIN cache policy and the sync credentials. Backed by the
 * OS keychain (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS); where
 * none is reachable, `available()` says why and callers keep nothing on disk in its place
 * (except where a caller documents a file fallback of its own).
 *
 * Keys are plain strings such as `session:clerk` or `audit-key:2`; every entry is stored under
 * the one service name below, so an admin can find (and remove) all of the workstation's secrets.
 */
export const KEYCHAIN_SERVICE = 'zhifa-workstation';

export type KeychainStatus = { ok: true; kind: string } | { ok: false; kind: string; reason: string };

export interface Keychain {
  /** What backs it: 'secret-service', 'credential-manager', 'macos-keychain', 'memory', 'none'. */
  readonly kind: string;
  /** Whether a store is reachable now; the reason in Chinese when not. Cheap after the first call. */
  status(): Promise<KeychainStatus>;
  /** null when absent. Throws `KeychainError` when the store is unreachable. */
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  /** true when something was removed. */
  delete(key: string): Promise<boolean>;
}

export class KeychainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeychainError';
  }
}

/** A keychain that is not there: every use fails with the reason. */
export function unavailableKeychain(reason: string): Keychain {
  const fail = async (): Promise<never> => {
    throw new KeychainError(reason);
  };
  return {
    kind: 'none',
    status: async () => ({ ok: false, kind: 'none', reason }),
    get: fail,
    set: fail,
    delete: fail,
  };
}

/** In-process only, for tests of callers (the port itself is tested against a real Secret Service). */
export function memoryKeychain(): Keychain & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    kind: 'memory',
    entries,
    status: async () => ({ ok: true, kind: 'memory' }),
    get: async (k) => entries.get(k) ?? null,
    set: async (k, v) => void entries.set(k, v),
    delete: async (k) => entries.delete(k),
  };
}
