/**
 * The one generic binding of the contract: validate the call, check who may make it, run the
 * service, answer `{ ok, value | error }`. Electron IPC, the browser host and tests all use it,
 * so no call has a hand-written handler of its own.
 */
import type { z } from 'zod';
import { calls, isCallName, type CallName, type CallOutput, type CallParsedInput } from '../contract/api';
import type { Role } from '../contract/domain';
import { AppError, ERROR_MESSAGES, type FieldIssue, type Result } from '../contract/errors';

export interface Session {
  token: string;
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  officerId: number | null;
  /** A one-time password awaits its change: only calls marked `beforePasswordChange` are open. */
  mustChangePassword?: boolean;
  /** Kept across restarts (token in the OS keychain): exempt from the idle limit, not from the lifetime. */
  remembered?: boolean;
}

/** One window's connection: its session lives as long as the window does. */
export interface Connection {
  session: Session | null;
  /** Consecutive failed logins on this connection, for its back-off (whatever usernames were tried). */
  loginFailures?: { count: number; lastAt: number };
}

export type Handlers = {
  [K in CallName]: (input: CallParsedInput<K>, conn: Connection) => Promise<CallOutput<K>>;
};

export interface DispatcherOptions {
  log?: (msg: string, err?: unknown) => void;
  /** Asked before every signed-in call: false when the session has ended (disabled, role changed, expired). */
  validateSession?: (s: Session) => boolean;
}

/**
 * An unexpected error as a log line: its name, message and stack, never its own properties. A
 * failed query's error carries the statement's parameters (ID numbers, names, phones), which
 * printing the whole object would put in the log.
 */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return typeof err === 'string' ? err : Object.prototype.toString.call(err);
}

export function logWithoutData(msg: string, err?: unknown): void {
  console.error(err === undefined ? msg : `${msg}\n${errorText(err)}`);
}

export type Dispatch = (name: unknown, input: unknown, conn: Connection) => Promise<Result<unknown>>;

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function createDispatcher(handlers: Handlers, opts: DispatcherOptions = {}): Dispatch {
  const log = opts.log ?? logWithoutData;
  return async (name, input, conn) => {
    if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: ERROR_MESSAGES.UNKNOWN_CALL } };
    const spec = calls[name];
    if (spec.access !== 'public') {
      if (!conn.session) return { ok: false, error: { code: 'NOT_AUTHENTICATED', message: ERROR_MESSAGES.NOT_AUTHENTICATED } };
      if (opts.validateSession && !opts.validateSession(conn.session)) {
        conn.session = null;
        return { ok: false, error: { code: 'SESSION_EXPIRED', message: ERROR_MESSAGES.SESSION_EXPIRED } };
      }
      if (conn.session.mustChangePassword && !('beforePasswordChange' in spec && spec.beforePasswordChange)) {
        return { ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED', message: ERROR_MESSAGES.PASSWORD_CHANGE_REQUIRED } };
      }
      if (spec.access !== 'signed-in' && !(spec.access as readonly Role[]).includes(conn.session.role)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
      }
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return { ok: false, error: { code: 'VALIDATION_FAILED', message: issues[0]?.message ?? ERROR_MESSAGES.VALIDATION_FAILED, issues } };
    }
    try {
      const handler = handlers[name] as (input: unknown, conn: Connection) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, conn) };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toApiError() };
      log(`call ${name} failed`, e);
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
  };
}
