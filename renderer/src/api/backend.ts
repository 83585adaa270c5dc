/**
 * The renderer's handle on the backend: the transport's `ApiClient` plus the signed-in session.
 * A connection's session dies with the connection, so the session token is kept for this tab in
 * sessionStorage and presented again (`session.resume`) after a reload or a reconnect; a call
 * that meets NOT_AUTHENTICATED resumes once and is retried.
 */
import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import type { SessionInfo } from '../../../main/contract/schemas';
import { recordCall } from '../admin/call-timings';
import { CALL_TIMEOUT_MS, isTransportFailure, transportFailure, type Client, type ConnectionState } from './transport';

const SESSION_KEY = 'zhifa.sessionToken';

export type SessionListener = (session: SessionInfo | null, notice: string | null) => void;

export class Backend {
  private token: string | null = sessionStorage.getItem(SESSION_KEY);
  private resuming: Promise<Result<SessionInfo>> | null = null;
  private readonly sessionListeners = new Set<SessionListener>();

  constructor(private readonly client: Client) {
    client.onReconnect = () => {
      if (this.token) void this.resume();
    };
  }

  get hasStoredSession(): boolean {
    return this.token !== null;
  }

  onSession(listener: SessionListener): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
    return this.client.on(name, listener);
  }

  /** The state of the connection to the backend (always 'connected' under Electron, whose IPC does not drop). */
  get connection(): ConnectionState {
    return (this.client as { connection?: ConnectionState }).connection ?? 'connected';
  }

  onConnection(listener: (s: ConnectionState) => void): () => void {
    return this.client.onConnection?.(listener) ?? (() => undefined);
  }

  /**
   * Every call is timed for the admin's 运行诊断 page (the daily screens show no timings). However
   * the connection behaves, a call ends within CALL_TIMEOUT_MS, a session resumed and a retry
   * included: a spinner never turns for ever.
   */
  async call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<Result<CallOutput<K>>>((resolve) => {
      timer = setTimeout(() => resolve(transportFailure('TRANSPORT_TIMEOUT')), CALL_TIMEOUT_MS);
    });
    const result = await Promise.race([this.callOnce(name, input), late]);
    clearTimeout(timer);
    recordCall(name, performance.now() - started, result);
    return result;
  }

  private async callOnce<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    const first = await this.client.invoke(name, input);
    // The backend ended the session (idle or lifetime limit, account disabled, role changed): back to the login page, saying why.
    if (!first.ok && first.error.code === 'SESSION_EXPIRED' && this.token) {
      this.setSession(null, first.error.message);
      return first;
    }
    if (first.ok || first.error.code !== 'NOT_AUTHENTICATED' || name.startsWith('session.') || !this.token) return first;
    const resumed = await this.resume();
    return resumed.ok ? this.client.invoke(name, input) : first;
  }

  async login(username: string, password: string, remember = false): Promise<Result<SessionInfo>> {
    const r = await this.client.invoke('session.login', { username, password, remember });
    if (r.ok) this.setSession(r.value, null);
    return r;
  }

  /** The session this OS user asked to keep (its token is in the keychain), if there is one; silent otherwise. */
  async restore(): Promise<Result<SessionInfo>> {
    const r = await this.client.invoke('session.restore', {});
    if (r.ok) this.setSession(r.value, null);
    return r;
  }

  /** A session another call opened (first-run setup, a password change that issued a new one). */
  adopt(session: SessionInfo): void {
    this.setSession(session, null);
  }

  /** Presents the stored token on the current connection; concurrent callers share one attempt. */
  resume(): Promise<Result<SessionInfo>> {
    const token = this.token;
    if (!token) return Promise.resolve({ ok: false, error: { code: 'NOT_AUTHENTICATED', message: '' } });
    this.resuming ??= this.client.invoke('session.resume', { token }).then((r) => {
      this.resuming = null;
      if (r.ok) this.setSession(r.value, null);
      // A connection that failed says nothing about the session: it is presented again on the next connection.
      else if (!isTransportFailure(r.error.code)) this.setSession(null, r.error.message);
      return r;
    });
    return this.resuming;
  }

  async logout(): Promise<void> {
    await this.client.invoke('session.logout', {});
    this.setSession(null, null);
  }

  private setSession(session: SessionInfo | null, notice: string | null) {
    this.token = session?.token ?? null;
    if (this.token) sessionStorage.setItem(SESSION_KEY, this.token);
    else sessionStorage.removeItem(SESSION_KEY);
    for (const l of this.sessionListeners) l(session, notice);
  }
}
