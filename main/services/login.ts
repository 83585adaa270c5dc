/**
 * Signing in and staying signed in: the login policy (back-off per account and per connection,
 * lockout after repeated failures — 等保 level 3 asks for both), every attempt audited, and the
 * session a user asked to keep across restarts (token in the OS keychain, only its hash on disk).
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AccountRow, OfficeRow, RememberedSessionRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { AppError } from '../contract/errors';
import type { Connection, Session } from '../rpc/dispatcher';
import type { Keychain } from '../security/keychain';
import { getAccessSettings } from './access-settings';
import { appendAudit, type Actor } from './audit';
import { chinaTime, clockMs, type Clock } from './clock';
import { installId } from './install-id';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './passwords';
import type { SessionStore } from './sessions';

export interface AccessDeps {
  db: Database;
  clock: Clock;
  sessions: SessionStore;
  keychain: Keychain;
}

/** Back-off starts after this many consecutive failures (per account and per connection). */
export const BACKOFF_AFTER = 3;
const BACKOFF_CAP_S = 30;

/** Seconds to wait after the n-th consecutive failure: none before the 3rd, then 1, 2, 4 … 30. */
export function backoffSeconds(failures: number): number {
  if (failures < BACKOFF_AFTER) return 0;
  return Math.min(BACKOFF_CAP_S, 2 ** (failures - BACKOFF_AFTER));
}

/** The keychain entry of this data directory's remembered session (named by its install id). */
export const rememberedKey = (install: string) => `session:${install}`;
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Stored instants are China time like every other timestamp in the database. */
const stamp = (ms: number) => chinaTime(new Date(ms));
const instant = (s: string) => Date.parse(`${s}+08:00`);

/** 'HH:mm' in China time, with the date when it is not today. */
function untilText(untilMs: number, nowMs: number): string {
  const until = stamp(untilMs);
  if (until.slice(0, 10) === stamp(nowMs).slice(0, 10)) return until.slice(11, 16);
  return `${Number(until.slice(5, 7))}月${Number(until.slice(8, 10))}日 ${until.slice(11, 16)}`;
}

const minutesLeft = (untilMs: number, nowMs: number) => Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));

function lockedError(untilMs: number, nowMs: number, justLocked: number | null): AppError {
  const when = `${untilText(untilMs, nowMs)}（还剩${minutesLeft(untilMs, nowMs)}分钟）`;
  return new AppError(
    'ACCOUNT_LOCKED',
    justLocked !== null
      ? `连续${justLocked}次登录失败，账户已锁定至 ${when}，请到时再试或联系管理员解锁`
      : `账户因连续登录失败已被锁定，请于 ${when}后再试，或联系管理员解锁`,
  );
}

const throttled = (waitMs: number) =>
  new AppError('LOGIN_THROTTLED', `登录尝试过于频繁，请 ${Math.max(1, Math.ceil(waitMs / 1000))} 秒后再试`);

const actorOf = (a: AccountRow): Actor => ({ id: a.id, name: `${a.displayName}（${a.username}）` });

export function sessionOf(a: AccountRow): Omit<Session, 'token'> {
  return {
    accountId: a.id, username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId,
    mustChangePassword: a.mustChangePassword,
  };
}

async function requireOffice(db: Database): Promise<void> {
  if ((await db.read((m) => m.count(OfficeRow))) === 0) throw new AppError('SETUP_REQUIRED');
}

function findAccount(m: EntityManager, username: string): Promise<AccountRow | null> {
  return m.createQueryBuilder(AccountRow, 'a').where('a.username = :u COLLATE NOCASE', { u: username }).getOne();
}

export async function login(
  deps: AccessDeps, conn: Connection, input: { username: string; password: string; remember: boolean },
): Promise<Session> {
  const { db, clock } = deps;
  await requireOffice(db);
  const settings = await db.read((m) => getAccessSettings(m));
  const now = clockMs(clock);

  // The connection's back-off holds whatever name is tried next, so guessing across accounts is slowed too.
  const mine = conn.loginFailures;
  if (mine) {
    const wait = mine.lastAt + backoffSeconds(mine.count) * 1000 - now;
    if (wait > 0) throw throttled(wait);
  }

  const account = await db.read((m) => findAccount(m, input.username));
  if (account?.lockedUntil && instant(account.lockedUntil) > now) throw lockedError(instant(account.lockedUntil), now, null);
  if (account && account.failedLogins > 0 && account.lastFailedAt && !account.lockedUntil) {
    const wait = instant(account.lastFailedAt) + backoffSeconds(account.failedLogins) * 1000 - now;
    if (wait > 0) throw throttled(wait);
  }

  const ok = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok) {
    conn.loginFailures = { count: (mine?.count ?? 0) + 1, lastAt: now };
    throw await recordFailure(deps, account, input.username, settings, now);
  }
  if (!account.active) {
    await db.write((m) =>
      appendAudit(m, { actor: actorOf(account), at: clock.now(), action: 'login.failed', entity: 'account', entityId: account.id, note: '账户已停用' }),
    );
    throw new AppError('ACCOUNT_DISABLED');
  }

  conn.loginFailures = undefined;
  // The stored parameters are below today's: the password is at hand to rehash it.
  const rehash = needsRehash(account.passwordHash) ? await hashPassword(input.password) : null;
  await db.write(async (m) => {
    await m.update(AccountRow, { id: account.id }, {
      failedLogins: 0, lastFailedAt: null, lockedUntil: null, lastLoginAt: clock.now(), ...(rehash ? { passwordHash: rehash } : {}),
    });
    await appendAudit(m, {
      actor: actorOf(account), at: clock.now(), action: 'login.succeeded', entity: 'account', entityId: account.id,
      note: input.remember ? '登录（保持登录）' : '登录',
    });
  });
  const session = deps.sessions.open(sessionOf(account));
  if (input.remember && settings.allowRemember) session.remembered = await remember(deps, session, now);
  return session;
}

/** A wrong password (or unknown name): counted, audited, and the failure that reaches the limit locks. */
async function recordFailure(
  deps: AccessDeps, account: AccountRow | null, typed: string, settings: { lockoutAttempts: number; lockoutMinutes: number }, now: number,
): Promise<AppError> {
  const { db, clock } = deps;
  return db.write(async (m) => {
    const at = clock.now();
    if (!account) {
      await appendAudit(m, {
        actor: { id: null, name: '未识别用户' }, at, action: 'login.failed', entity: 'account', entityId: '',
        note: `用户名不存在：${typed.slice(0, 50)}`,
      });
      return new AppError('LOGIN_FAILED');
    }
    // Counted on the row as it is now, so two windows failing at once both count.
    const fresh = await m.findOneByOrFail(AccountRow, { id: account.id });
    // A lock that has run out starts the count afresh: the next failure is the first, not the seventh.
    const lapsed = fresh.lockedUntil !== null && instant(fresh.lockedUntil) <= now;
    const failures = (lapsed ? 0 : fresh.failedLogins) + 1;
    const locks = failures >= settings.lockoutAttempts;
    const until = now + settings.lockoutMinutes * 60_000;
    await m.update(AccountRow, { id: account.id }, {
      failedLogins: failures, lastFailedAt: stamp(now), lockedUntil: locks ? stamp(until) : null,
    });
    await appendAudit(m, {
      actor: actorOf(account), at, action: 'login.failed', entity: 'account', entityId: account.id,
      note: `密码错误（连续第${failures}次）`,
    });
    if (!locks) return new AppError('LOGIN_FAILED');
    await appendAudit(m, {
      actor: actorOf(account), at, action: 'login.locked', entity: 'account', entityId: account.id,
      note: `连续${failures}次登录失败，锁定至 ${stamp(until)}（${settings.lockoutMinutes}分钟）`,
    });
    return lockedError(until, now, failures);
  });
}

/**
 * Keeps the session for the next start: the token in the keychain under this data directory's
 * name, its hash in the database. Nothing at all is written where no keychain answers.
 */
async function remember(deps: AccessDeps, session: Session, now: number): Promise<boolean> {
  const { db, keychain, sessions } = deps;
  if (!(await keychain.status()).ok) return false;
  const install = await db.write((m) => installId(m));
  try {
    await keychain.set(rememberedKey(install), session.token);
  } catch {
    return false;
  }
  await db.write(async (m) => {
    // One keychain entry per data directory: whoever was remembered before is not any more.
    await m.clear(RememberedSessionRow);
    await m.insert(RememberedSessionRow, {
      tokenHash: tokenHash(session.token), accountId: session.accountId,
      createdAt: stamp(now), expiresAt: stamp(sessions.expiresAt(session.token) ?? now), lastSeenAt: stamp(now),
    });
  });
  return true;
}

export async function resume(deps: AccessDeps, token: string): Promise<Session> {
  const s = deps.sessions.resume(token);
  if (!s) throw new AppError('SESSION_EXPIRED');
  return s;
}

/** The session this OS user asked to keep, reopened from the keychain after a restart. */
export async function restore(deps: AccessDeps): Promise<Session> {
  const { db, clock, keychain, sessions } = deps;
  await requireOffice(db);
  const none = new AppError('NOT_AUTHENTICATED', '没有保持登录的会话，请登录');
  if (!(await keychain.status()).ok) throw none;
  const install = await db.write((m) => installId(m));
  const key = rememberedKey(install);
  const token = await keychain.get(key).catch(() => null);
  if (!token) throw none;
  const live = sessions.resume(token);
  if (live) return live;

  const now = clockMs(clock);
  const found = await db.read(async (m) => {
    const row = await m.findOneBy(RememberedSessionRow, { tokenHash: tokenHash(token) });
    return row ? { row, account: await m.findOneBy(AccountRow, { id: row.accountId }) } : null;
  });
  const usable =
    found?.account && found.account.active && instant(found.row.expiresAt) > now &&
    !(found.account.lockedUntil && instant(found.account.lockedUntil) > now);
  if (!found || !usable || !found.account) {
    // Ended, expired or its account gone: forget it everywhere so the next start does not ask again.
    await db.write((m) => m.delete(RememberedSessionRow, { tokenHash: tokenHash(token) }));
    await keychain.delete(key).catch(() => false);
    throw found ? new AppError('SESSION_EXPIRED') : none;
  }
  const account = found.account;
  await db.write(async (m) => {
    await m.update(RememberedSessionRow, { tokenHash: found.row.tokenHash }, { lastSeenAt: stamp(now) });
    await appendAudit(m, {
      actor: actorOf(account), at: clock.now(), action: 'login.restored', entity: 'account', entityId: account.id, note: '恢复保持的登录',
    });
  });
  return sessions.open({ ...sessionOf(account), remembered: true }, { token, openedAt: instant(found.row.createdAt) });
}

export async function logout(deps: AccessDeps, session: Session): Promise<void> {
  const { db, keychain, sessions } = deps;
  sessions.close(session.token);
  if (!session.remembered) return;
  await db.write((m) => m.delete(RememberedSessionRow, { tokenHash: tokenHash(session.token) }));
  const key = rememberedKey(await db.write((m) => installId(m)));
  // Only this session's token: another login may have been remembered since.
  if ((await keychain.get(key).catch(() => null)) === session.token) await keychain.delete(key).catch(() => false);
}

/**
 * Ends the account's sessions — in memory at once, and its remembered one — when it is disabled,
 * changes role, has its password reset or changes it (then all but the caller's own, `except`).
 */
export async function endSessionsOf(m: EntityManager, sessions: SessionStore, accountId: number, except?: string): Promise<void> {
  const rows = await m.findBy(RememberedSessionRow, { accountId });
  const keep = except ? tokenHash(except) : null;
  for (const r of rows) if (r.tokenHash !== keep) await m.delete(RememberedSessionRow, { tokenHash: r.tokenHash });
  sessions.endSessionsOf(accountId, except);
}
