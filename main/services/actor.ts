import type { Session } from '../rpc/dispatcher';
import type { Actor } from './audit';

export function auditActor(s: Session): Actor {
  return { id: s.accountId, name: `${s.displayName}（${s.username}）` };
}
