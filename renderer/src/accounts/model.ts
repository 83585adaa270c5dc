/** What the 账户管理 page derives from an account record apart from drawing it. */
import type { AccountRecord } from '../../../main/contract/people';
import { t } from '../i18n';
import { formatInstant, isFuture } from '../session/time';

export type AccountState = 'disabled' | 'locked' | 'active';

export function accountState(a: AccountRecord, now = Date.now()): AccountState {
  if (!a.active) return 'disabled';
  if (isFuture(a.lockedUntil, now)) return 'locked';
  return 'active';
}

/** 正常 / 已停用 / 已锁定至… as the status column says it. */
export function stateText(a: AccountRecord, now = Date.now()): string {
  const state = accountState(a, now);
  if (state === 'disabled') return t('accounts.state.disabled');
  if (state === 'locked') return t('accounts.state.locked', { until: formatInstant(a.lockedUntil) });
  return t('accounts.state.active');
}
