/**
 * 安全设置 as the page shows and holds it: each setting's label and unit, the draft as typed (a
 * number box may be blank while edited), the contract's own bounds and Chinese messages checked
 * before sending, and where a backend issue belongs.
 */
import type { FieldIssue } from '../../../../main/contract/errors';
import { accessSettings, type AccessSettings } from '../../../../main/contract/people';
import { t, type MessageKey } from '../../i18n';

export type AccessKey = keyof AccessSettings;
type NumberKey = Exclude<AccessKey, 'allowRemember'>;

export type AccessFieldSpec = { label: MessageKey; hint: MessageKey } & ({ kind: 'number'; unit: MessageKey } | { kind: 'flag' });

/** In screen order; a Record so that a setting added to the contract cannot be left off the page. */
export const ACCESS_FIELDS: Record<AccessKey, AccessFieldSpec> = {
  passwordMinLength: { label: 'access.field.passwordMinLength', hint: 'access.hint.passwordMinLength', kind: 'number', unit: 'access.unit.chars' },
  lockoutAttempts: { label: 'access.field.lockoutAttempts', hint: 'access.hint.lockoutAttempts', kind: 'number', unit: 'access.unit.times' },
  lockoutMinutes: { label: 'access.field.lockoutMinutes', hint: 'access.hint.lockoutMinutes', kind: 'number', unit: 'access.unit.minutes' },
  sessionIdleMinutes: { label: 'access.field.sessionIdleMinutes', hint: 'access.hint.sessionIdleMinutes', kind: 'number', unit: 'access.unit.minutes' },
  sessionMaxHours: { label: 'access.field.sessionMaxHours', hint: 'access.hint.sessionMaxHours', kind: 'number', unit: 'access.unit.hours' },
  allowRemember: { label: 'access.field.allowRemember', hint: 'access.hint.allowRemember', kind: 'flag' },
  certificateWarningDays: { label: 'access.field.certificateWarningDays', hint: 'access.hint.certificateWarningDays', kind: 'number', unit: 'access.unit.days' },
};

export const ACCESS_KEYS = Object.keys(ACCESS_FIELDS) as AccessKey[];

export type AccessDraft = { [K in NumberKey]: number | '' } & { allowRemember: boolean };

export function draftOf(s: AccessSettings): AccessDraft {
  return { ...s };
}

export function sameDraft(a: AccessDraft, b: AccessDraft): boolean {
  return ACCESS_KEYS.every((k) => a[k] === b[k]);
}

export function boundsOf(key: NumberKey): { min: number; max: number } {
  const schema = accessSettings.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function checkDraft(draft: AccessDraft): { ok: true; settings: AccessSettings } | { ok: false; errors: Partial<Record<AccessKey, string>> } {
  const errors: Partial<Record<AccessKey, string>> = {};
  for (const key of ACCESS_KEYS) {
    if (ACCESS_FIELDS[key].kind !== 'number') continue;
    const value = draft[key];
    if (value === '') {
      errors[key] = t('access.required', { label: t(ACCESS_FIELDS[key].label) });
      continue;
    }
    // The contract's bounds carry the office-rule wording (密码最短长度不能少于8位 …).
    const checked = accessSettings.shape[key].safeParse(value);
    if (!checked.success) errors[key] = checked.error.issues[0]?.message ?? t('access.required', { label: t(ACCESS_FIELDS[key].label) });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: draft as AccessSettings };
}

export function placeIssues(issues: readonly FieldIssue[]): { byKey: Partial<Record<AccessKey, string>>; others: string[] } {
  const byKey: Partial<Record<AccessKey, string>> = {};
  const others: string[] = [];
  for (const issue of issues) {
    const key = ACCESS_KEYS.find((k) => k === issue.path);
    if (key) byKey[key] ??= issue.message;
    else others.push(issue.message);
  }
  return { byKey, others };
}
