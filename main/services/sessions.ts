import { randomBytes } from 'node:crypto';
import type { Session } from '../rpc/dispatcher';

export interface SessionLimits {
  /** Signed out after this long without a call (a remembered session is exempt: it asked to stay). */
  idleMs: number;
  /** Signed out this long after login, however active, remembered or not. */
  maxMs: number;
}

interface Entry {
  session: Session;
  openedAt: number;
  lastSeen: number;
}

/** How often expired sessions are dropped even if no call touches them. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Signed-in sessions, in memory: a restart of the backend signs everyone out except a session the
 * user asked to keep (its token is in the OS keychain; `session.restore` reopens it here).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Entry>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly now: () => number,
    private limits: SessionLimits,
  ) {}

  configure(limits: SessionLimits): void {
    this.limits = limits;
  }

  /** `openedAt` is the original login's instant for a reopened remembered session, so its lifetime runs on. */
  open(s: Omit<Session, 'token'>, opts: { token?: string; openedAt?: number } = {}): Session {
    const session: Session = { ...s, token: opts.token ?? randomBytes(24).toString('base64url') };
    const now = this.now();
    this.sessions.set(session.token, { session, openedAt: opts.openedAt ?? now, lastSeen: now });
    return session;
  }

  private expired(e: Entry, now: number): boolean {
    return now - e.openedAt >= this.limits.maxMs || (!e.session.remembered && now - e.lastSeen >= this.limits.idleMs);
  }

  /** The live session for the token, touched as seen now; null (and forgotten) once it has ended or expired. */
  resume(token: string): Session | null {
    const entry = this.sessions.get(token);
    if (!entry) return null;
    const now = this.now();
    if (this.expired(entry, now)) {
      this.sessions.delete(token);
      return null;
    }
    entry.lastSeen = now;
    return entry.session;
  }

  /** Asked on every call: is the connection's session still the live one? */
  validate(session: Session): boolean {
    return this.resume(session.token) === session;
  }

  /** Whether the session is still live, without counting as activity (events are pushed, not asked for). */
  isLive(session: Session): boolean {
    const entry = this.sessions.get(session.token);
    return !!entry && entry.session === session && !this.expired(entry, this.now());
  }

  /** When the session ends at the latest (its absolute lifetime), epoch ms. */
  expiresAt(token: string): number | null {
    const entry = this.sessions.get(token);
    return entry ? entry.openedAt + this.limits.maxMs : null;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of the account (but `except`, the caller's own when it changes its password); how many. */
  endSessionsOf(accountId: number, except?: string): number {
    let ended = 0;
    for (const [token, e] of this.sessions) {
      if (e.session.accountId === accountId && token !== except) {
        this.sessions.delete(token);
        ended++;
      }
    }
    return ended;
  }

  sweep(): number {
    const now = this.now();
    let dropped = 0;
    for (const [token, e] of this.sessions) {
      if (this.expired(e, now)) {
        this.sessions.delete(token);
        dropped++;
      }
    }
    return dropped;
  }

  /** Sweeps on a timer that never keeps the process alive by itself. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get size(): number {
    return this.sessions.size;
  }
}

export function sessionLimits(s: { sessionIdleMinutes: number; sessionMaxHours: number }): SessionLimits {
  return { idleMs: s.sessionIdleMinutes * 60_000, maxMs: s.sessionMaxHours * 3_600_000 };
}
