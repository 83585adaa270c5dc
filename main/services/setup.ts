/**
 * 初始设置: the first start on an empty data directory. Creates, in one transaction, the office,
 * its 案由 catalogue, document settings carrying only what the office has said (its name), and
 * the first admin with the password they chose — so no install ever has an account whose password
 * someone else knows.
 */
import { AccountRow, CauseRow, OfficeRow, OfficeSettingRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { CATEGORIES } from '../contract/domain';
import { AppError } from '../contract/errors';
import type { z } from 'zod';
import type { setupInput } from '../contract/people';
import type { Session } from '../rpc/dispatcher';
import { getAccessSettings } from './access-settings';
import { appendAudit } from './audit';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from './case-number';
import { DOCUMENT_SETTINGS_KEY } from './documents';
import { sessionOf, type AccessDeps } from './login';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword } from './passwords';
import { loadCauseCatalogue } from './seed';

export async function setupNeeded(db: Database): Promise<boolean> {
  return (await db.read((m) => m.count(OfficeRow))) === 0;
}

export async function completeSetup(deps: AccessDeps & { resourcesDir: string }, input: z.output<typeof setupInput>): Promise<Session> {
  const { db, clock } = deps;
  if (!(await setupNeeded(db))) throw new AppError('SETUP_DONE');
  const minLength = (await db.read((m) => getAccessSettings(m))).passwordMinLength;
  assertPasswordPolicy(input.admin.password, { username: input.admin.username, minLength }, 'admin.password');
  const hash = await hashPassword(input.admin.password);
  const causes = loadCauseCatalogue(deps.resourcesDir);

  const admin = await db.write(async (m) => {
    // Checked again inside the transaction: two windows finishing the setup at once make one office.
    if ((await m.count(OfficeRow)) > 0) throw new AppError('SETUP_DONE');
    const now = clock.now();
    await m.insert(OfficeRow, {
      id: 1, name: input.office.name, shortName: input.office.shortName, division: input.office.division,
      caseNumberTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
      categoryAbbrevs: JSON.stringify(Object.fromEntries(CATEGORIES.map((c) => [c.code, c.abbrev]))),
      demo: false, createdAt: now,
    });
    // The shipped catalogue to start from; the office imports its province's 裁量基准 over it (案由与裁量基准).
    await m.insert(CauseRow, causes.map((c) => ({ ...c, discretion: JSON.stringify(c.discretion), active: true })));
    // Only the name is known yet: everything else prints as a blank until the office enters it in 文书设置.
    await m.insert(OfficeSettingRow, { key: DOCUMENT_SETTINGS_KEY, value: JSON.stringify({ name: input.office.name }), updatedAt: now });
    const saved = await m.save(AccountRow, m.create(AccountRow, {
      username: input.admin.username, displayName: input.admin.displayName, role: 'admin', officerId: null, passwordHash: hash,
      active: true, createdAt: now, mustChangePassword: false, failedLogins: 0, lastFailedAt: null, lockedUntil: null,
      lastLoginAt: now, passwordChangedAt: now, version: 1,
    }));
    const actor = { id: saved.id, name: `${saved.displayName}（${saved.username}）` };
    await appendAudit(m, {
      actor, at: now, action: 'setup.complete', entity: 'office', entityId: 1,
      after: { ...input.office, caseNumberTemplate: DEFAULT_CASE_NUMBER_TEMPLATE, causes: causes.length },
      note: `初始设置：${input.office.name}`,
    });
    await appendAudit(m, {
      actor, at: now, action: 'account.create', entity: 'account', entityId: saved.id,
      after: { username: saved.username, displayName: saved.displayName, role: saved.role, officerId: null, active: true, mustChangePassword: false },
      note: `初始设置创建首个系统管理员 ${saved.username}`,
    });
    await appendAudit(m, { actor, at: now, action: 'login.succeeded', entity: 'account', entityId: saved.id, note: '初始设置后登录' });
    return saved;
  });
  return deps.sessions.open(sessionOf(admin));
}
