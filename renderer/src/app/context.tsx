import { createContext, useContext } from 'react';
import type { Role } from '../../../main/contract/domain';
import type { AppInfo, SessionInfo } from '../../../main/contract/schemas';
import { calls, type CallName } from '../../../main/contract/api';
import type { Backend } from '../api/backend';

/** Where a page may keep what it holds while the clerk looks at another page. */
export interface Keep {
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T | undefined): void;
}

export interface Flash {
  caseId: number;
  message: string;
}

export interface Workstation {
  backend: Backend;
  session: SessionInfo;
  appInfo: AppInfo | null;
  /** A one-off confirmation shown on one case's workspace (e.g. 立案成功). */
  flash: Flash | null;
  setFlash(flash: Flash | null): void;
  keep: Keep;
}

export const WorkstationContext = createContext<Workstation | null>(null);

export function useWorkstation(): Workstation {
  const ws = useContext(WorkstationContext);
  if (!ws) throw new Error('useWorkstation outside WorkstationContext');
  return ws;
}

/** Whether the role may make the call, as the contract's access table says. */
export function mayCall(role: Role, name: CallName): boolean {
  const access = calls[name].access;
  if (access === 'public' || access === 'signed-in') return true;
  return (access as readonly Role[]).includes(role);
}
