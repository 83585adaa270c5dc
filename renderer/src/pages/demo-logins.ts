import type { Role } from '../../../main/contract/domain';

/**
 * The demo office's accounts as the seed makes them (main/services/seed.ts DEMO_ACCOUNTS; a test holds
 * the two lists equal), which the login page lists with their roles so a newcomer knows whom to sign in as.
 */
export const DEMO_LOGINS: readonly { username: string; name: string; role: Role }[] = [
  { username: 'clerk', name: '李明', role: 'clerk' },
  { username: 'clerk2', name: '王芳', role: 'clerk' },
  { username: 'reviewer', name: '赵敏', role: 'reviewer' },
  { username: 'head', name: '孙建国', role: 'head' },
  { username: 'archivist', name: '周红', role: 'archivist' },
  { username: 'admin', name: '系统管理员', role: 'admin' },
];
