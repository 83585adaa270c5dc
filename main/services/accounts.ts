/**
 * Accounts: what a signed-in session tells the UI, the admin's account management (create, edit,
 * disable, reset, unlock — each audited, never with a password hash in the record) and a user's
 * change of their own password.
 */
import type { EntityManager } from 'typeorm';
import { AccountRow, OfficeRow, OfficerRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { ROLES, type Role } from '../contract/domain';
import { AppError } from '../contract/errors';
import type { AccountRecord } from '../contract/people';
import type { Office, SessionInfo } from '../contract/schemas';
import type { Session } from '../rpc/dispatcher';
import { getAccessSettings } from './access-settings';
import { auditActor } from './actor';
import { appendAudit } from './audit';
import { endSessionsOf, type AccessDeps } from './login';
import { assertPasswordPolicy } from './password-policy';
import { generateOneTimePassword, hashPassword, verifyPassword } from './passwords';

export async function officeInfo(db: Database): Promise<Office> {
  const o = await db.read((m) => m.findOneByOrFail(OfficeRow, { id: 1 }));
  return { name: o.name, shortName: o.shortName, caseNumberTemplate: o.caseNumberTemplate, demo: o.demo, division: o.division };
}

export async function sessionInfo(db: Database, s: Session): Promise<SessionInfo> {
  return {
    token: s.token,
    account: { id: s.accountId, username: s.username, displayName: s.displayName, role: s.role, officerId: s.officerId, mustChangePassword: s.mustChangePassword ?? false },
    office: await officeInfo(db),
    remembered: s.remembered ?? false,
  };
}

const roleLabel = (r: Role) => ROLES.find((x) => x.code === r)?.label ?? r;

/** The service's own gate behind the dispatcher's: accounts are the IT admin's business only. */
function requireAdmin(s: Session): void {
  if (s.role !== 'admin') throw new AppError('FORBIDDEN');
}

async function toRecord(m: EntityManager, a: AccountRow): Promise<AccountRecord> {
  const officer = a.officerId === null ? null : await m.findOneBy(OfficerRow, { id: a.officerId });
  return {
    id: a.id, username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId, officerName: officer?.name ?? null,
    active: a.active, mustChangePassword: a.mustChangePassword, lockedUntil: a.lockedUntil, failedLogins: a.failedLogins,
    lastLoginAt: a.lastLoginAt, createdAt: a.createdAt, version: a.version,
  };
}

/** What the audit log keeps of an account: never its hash. */
function audited(a: AccountRow) {
  return {
    username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId, active: a.active,
    mustChangePassword: a.mustChangePassword, lockedUntil: a.lockedUntil,
  };
}

export async function listAccounts(deps: AccessDeps, s: Session): Promise<AccountRecord[]> {
  requireAdmin(s);
  return deps.db.read(async (m) => {
    const rows = await m.find(AccountRow, { order: { id: 'ASC' } });
    const officers = new Map((await m.find(OfficerRow)).map((o) => [o.id, o.name]));
    return rows.map((a) => ({
      id: a.id, username: a.username, displayName: a.displayName, role: a.role, officerId: a.officerId,
      officerName: a.officerId === null ? null : (officers.get(a.officerId) ?? null),
      active: a.active, mustChangePassword: a.mustChangePassword, lockedUntil: a.lockedUntil, failedLogins: a.failedLogins,
      lastLoginAt: a.lastLoginAt, createdAt: a.createdAt, version: a.version,
    }));
  });
}

async function requireOfficer(m: EntityManager, officerId: number | null): Promise<void> {
  if (officerId === null) return;
  if (!(await m.findOneBy(OfficerRow, { id: officerId }))) {
    const message = '所选执法人员不存在';
    throw new AppError('NOT_FOUND', message, [{ path: 'officerId', message }]);
  }
}

async function load(m: EntityManager, id: number): Promise<AccountRow> {
  const a = await m.findOneBy(AccountRow, { id });
  if (!a) throw new AppError('NOT_FOUND', '未找到该账户');
  return a;
}

/** Other active admins besides this one: the last may be neither demoted nor disabled, or no one could manage accounts. */
async function otherActiveAdmins(m: EntityManager, id: number): Promise<number> {
  return m.createQueryBuilder(AccountRow, 'a').where('a.role = :r AND a.active = 1 AND a.id != :id', { r: 'admin', id }).getCount();
}

export async function createAccount(
  deps: AccessDeps, s: Session, input: { username: string; displayName: string; role: Role; officerId: number | null },
): Promise<{ account: AccountRecord; oneTimePassword: string }> {
  requireAdmin(s);
  const oneTimePassword = generateOneTimePassword();
  const hash = await hashPassword(oneTimePassword);
  return deps.db.write(async (m) => {
    const taken = await m.createQueryBuilder(AccountRow, 'a').where('a.username = :u COLLATE NOCASE', { u: input.username }).getCount();
    if (taken) throw new AppError('USERNAME_TAKEN', undefined, [{ path: 'username', message: `用户名“${input.username}”已被使用` }]);
    await requireOfficer(m, input.officerId);
    const now = deps.clock.now();
    const saved = await m.save(AccountRow, m.create(AccountRow, {
      username: input.username, displayName: input.displayName, role: input.role, officerId: input.officerId, passwordHash: hash,
      active: true, createdAt: now, mustChangePassword: true, failedLogins: 0, lastFailedAt: null, lockedUntil: null,
      lastLoginAt: null, passwordChangedAt: null, version: 1,
    }));
    await appendAudit(m, {
      actor: auditActor(s), at: now, action: 'account.create', entity: 'account', entityId: saved.id,
      after: audited(saved), note: `新建账户 ${saved.username}（${roleLabel(saved.role)}），发放一次性密码`,
    });
    return { account: await toRecord(m, saved), oneTimePassword };
  });
}

export async function updateAccount(
  deps: AccessDeps, s: Session, input: { id: number; version: number; displayName: string; role: Role; officerId: number | null },
): Promise<AccountRecord> {
  requireAdmin(s);
  return deps.db.write(async (m) => {
    const a = await load(m, input.id);
    if (a.version !== input.version) throw new AppError('CONFLICT');
    const roleChanged = a.role !== input.role;
    if (roleChanged && a.id === s.accountId) throw new AppError('ACCOUNT_SELF');
    if (roleChanged && a.role === 'admin' && a.active && (await otherActiveAdmins(m, a.id)) === 0) throw new AppError('ACCOUNT_LAST_ADMIN');
    await requireOfficer(m, input.officerId);
    const before = audited(a);
    a.displayName = input.displayName;
    a.role = input.role;
    a.officerId = input.officerId;
    a.version += 1;
    await m.save(AccountRow, a);
    await appendAudit(m, {
      actor: auditActor(s), at: deps.clock.now(), action: 'account.update', entity: 'account', entityId: a.id, before, after: audited(a),
      note: roleChanged ? `修改账户 ${a.username}，角色改为${roleLabel(a.role)}，其登录已结束` : `修改账户 ${a.username}`,
    });
    // With a new role the account signs in again, so nothing keeps running under the old one's rights.
    if (roleChanged) await endSessionsOf(m, deps.sessions, a.id);
    return toRecord(m, a);
  });
}

export async function setAccountActive(deps: AccessDeps, s: Session, input: { id: number; active: boolean }): Promise<AccountRecord> {
  requireAdmin(s);
  return deps.db.write(async (m) => {
    const a = await load(m, input.id);
    if (a.active === input.active) return toRecord(m, a);
    if (!input.active && a.id === s.accountId) throw new AppError('ACCOUNT_SELF');
    if (!input.active && a.role === 'admin' && (await otherActiveAdmins(m, a.id)) === 0) throw new AppError('ACCOUNT_LAST_ADMIN');
    const before = audited(a);
    a.active = input.active;
    a.version += 1;
    await m.save(AccountRow, a);
    await appendAudit(m, {
      actor: auditActor(s), at: deps.clock.now(), action: input.active ? 'account.enable' : 'account.disable', entity: 'account', entityId: a.id,
      before, after: audited(a), note: input.active ? `启用账户 ${a.username}` : `停用账户 ${a.username}，其登录已结束`,
    });
    if (!input.active) await endSessionsOf(m, deps.sessions, a.id);
    return toRecord(m, a);
  });
}

export async function resetAccountPassword(deps: AccessDeps, s: Session, id: number): Promise<{ account: AccountRecord; oneTimePassword: string }> {
  requireAdmin(s);
  const oneTimePassword = generateOneTimePassword();
  const hash = await hashPassword(oneTimePassword);
  return deps.db.write(async (m) => {
    const a = await load(m, id);
    const before = audited(a);
    Object.assign(a, { passwordHash: hash, mustChangePassword: true, failedLogins: 0, lastFailedAt: null, lockedUntil: null, version: a.version + 1 });
    await m.save(AccountRow, a);
    await appendAudit(m, {
      actor: auditActor(s), at: deps.clock.now(), action: 'account.resetPassword', entity: 'account', entityId: a.id,
      before, after: audited(a), note: `重置账户 ${a.username} 的密码，发放一次性密码，其登录已结束`,
    });
    await endSessionsOf(m, deps.sessions, a.id);
    return { account: await toRecord(m, a), oneTimePassword };
  });
}

export async function unlockAccount(deps: AccessDeps, s: Session, id: number): Promise<AccountRecord> {
  requireAdmin(s);
  return deps.db.write(async (m) => {
    const a = await load(m, id);
    const before = audited(a);
    Object.assign(a, { failedLogins: 0, lastFailedAt: null, lockedUntil: null, version: a.version + 1 });
    await m.save(AccountRow, a);
    await appendAudit(m, {
      actor: auditActor(s), at: deps.clock.now(), action: 'account.unlock', entity: 'account', entityId: a.id,
      before, after: audited(a), note: `解除账户 ${a.username} 的登录锁定`,
    });
    return toRecord(m, a);
  });
}

/** The user's own password: the current one proves it is them; the new one meets the policy and differs. */
export async function changeOwnPassword(deps: AccessDeps, s: Session, input: { current: string; next: string }): Promise<SessionInfo> {
  const { db, clock } = deps;
  const account = await db.read((m) => load(m, s.accountId));
  if (!(await verifyPassword(input.current, account.passwordHash))) {
    throw new AppError('PASSWORD_WRONG', undefined, [{ path: 'current', message: '当前密码不正确' }]);
  }
  const minLength = (await db.read((m) => getAccessSettings(m))).passwordMinLength;
  assertPasswordPolicy(input.next, { username: account.username, minLength }, 'next');
  if (input.next === input.current) {
    const message = '新密码不能与当前密码相同';
    throw new AppError('PASSWORD_WEAK', message, [{ path: 'next', message }]);
  }
  const hash = await hashPassword(input.next);
  await db.write(async (m) => {
    const a = await load(m, s.accountId);
    const wasOneTime = a.mustChangePassword;
    Object.assign(a, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: clock.now() });
    await m.save(AccountRow, a);
    await appendAudit(m, {
      actor: auditActor(s), at: clock.now(), action: 'account.changePassword', entity: 'account', entityId: a.id,
      note: wasOneTime ? '修改一次性密码' : '修改本人密码，其他登录已结束',
    });
    await endSessionsOf(m, deps.sessions, a.id, s.token);
  });
  // The connection holds this very object: the change opens every other call at once.
  s.mustChangePassword = false;
  return sessionInfo(db, s);
}
