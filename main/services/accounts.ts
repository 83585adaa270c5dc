import { AccountRow, OfficeRow } from '../../db/entities';
import type { Database } from '../../db/open';
import { AppError } from '../contract/errors';
import type { Office, SessionInfo } from '../contract/schemas';
import type { Session } from '../rpc/dispatcher';
import { verifyPassword } from './passwords';
import type { SessionStore } from './sessions';

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function officeInfo(db: Database): Promise<Office> {
  const o = await db.read((m) => m.findOneByOrFail(OfficeRow, { id: 1 }));
  return { name: o.name, shortName: o.shortName, caseNumberTemplate: o.caseNumberTemplate, demo: o.demo, division: o.division };
}

export async function login(db: Database, sessions: SessionStore, username: string, password: string): Promise<Session> {
  const account = await db.read((m) => m.createQueryBuilder(AccountRow, 'a').where('a.username = :u COLLATE NOCASE', { u: username }).getOne());
  const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok) throw new AppError('LOGIN_FAILED');
  if (!account.active) throw new AppError('ACCOUNT_DISABLED');
  return sessions.open({
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    officerId: account.officerId,
  });
}

export async function sessionInfo(db: Database, s: Session): Promise<SessionInfo> {
  return {
    token: s.token,
    account: { id: s.accountId, username: s.username, displayName: s.displayName, role: s.role, officerId: s.officerId, mustChangePassword: s.mustChangePassword ?? false },
    office: await officeInfo(db),
    remembered: false,
  };
}
