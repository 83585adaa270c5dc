import { randomBytes } from 'node:crypto';
import type { Session } from '../rpc/dispatcher';

const IDLE_LIMIT_MS = 8 * 60 * 60 * 1000;

/** Signed-in sessions, in memory only: a restart of the backend signs everyone out. */
export class SessionStore {
  private readonly sessions = new Map<string, { session: Session; lastSeen: number }>();

  open(s: Omit<Session, 'token'>): Session {
    const session = { ...s, token: randomBytes(24).toString('base64url') };
    this.sessions.set(session.token, { session, lastSeen: Date.now() });
    return session;
  }

  resume(token: string): Session | null {
    const entry = this.sessions.get(token);
    if (!entry) return null;
    if (Date.now() - entry.lastSeen > IDLE_LIMIT_MS) {
      this.sessions.delete(token);
      return null;
    }
    entry.lastSeen = Date.now();
    return entry.session;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }
}
