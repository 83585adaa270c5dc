/**
 * 程序设置 as the page shows and holds it: every setting's group, label and unit, the draft as
 * typed (a number box may be blank while it is edited), the checks made before sending, and
 * where a backend issue belongs.
 */
import { procedureSettings, type ProcedureSettings } from '../../../../main/contract/procedure';
import type { FieldIssue } from '../../../../main/contract/errors';
import { t, type MessageKey } from '../../i18n';

export type SettingKey = keyof ProcedureSettings;
type NumberKey = { [K in SettingKey]: ProcedureSettings[K] extends number ? K : never }[SettingKey];
type TextKey = { [K in SettingKey]: ProcedureSettings[K] extends string ? K : never }[SettingKey];
type FlagKey = Exclude<SettingKey, NumberKey | TextKey>;

export const GROUPS = ['hearing', 'review', 'discussion', 'periods', 'enforcement', 'alerts'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_TEXT: Record<Group, { title: MessageKey; hint: MessageKey }> = {
  hearing: { title: 'procSettings.group.hearing', hint: 'procSettings.group.hearingHint' },
  review: { title: 'procSettings.group.review', hint: 'procSettings.group.reviewHint' },
  discussion: { title: 'procSettings.group.discussion', hint: 'procSettings.group.discussionHint' },
  periods: { title: 'procSettings.group.periods', hint: 'procSettings.group.periodsHint' },
  enforcement: { title: 'procSettings.group.enforcement', hint: 'procSettings.group.enforcementHint' },
  alerts: { title: 'procSettings.group.alerts', hint: 'procSettings.group.alertsHint' },
};

export type FieldSpec = { group: Group; label: MessageKey } & (
  | { kind: 'number'; unit: MessageKey }
  | { kind: 'flag' }
  /** The legal basis a switch needs: required while `switch` is on, out of use while it is off. */
  | { kind: 'basis'; switch: FlagKey; placeholder: MessageKey }
);

const yuan = (group: Group, label: MessageKey): FieldSpec => ({ group, label, kind: 'number', unit: 'procSettings.unit.yuan' });

/** In screen order; a Record so that a setting added to the contract cannot be left off the page. */
export const FIELDS: Record<SettingKey, FieldSpec> = {
  hearingFineIndividual: yuan('hearing', 'procSettings.field.hearingFineIndividual'),
  hearingFineOrganisation: yuan('hearing', 'procSettings.field.hearingFineOrganisation'),
  hearingConfiscationIndividual: yuan('hearing', 'procSettings.field.hearingConfiscationIndividual'),
  hearingConfiscationOrganisation: yuan('hearing', 'procSettings.field.hearingConfiscationOrganisation'),
  reviewAllGeneral: { group: 'review', label: 'procSettings.field.reviewAllGeneral', kind: 'flag' },
  reviewFineIndividual: yuan('review', 'procSettings.field.reviewFineIndividual'),
  reviewFineOrganisation: yuan('review', 'procSettings.field.reviewFineOrganisation'),
  discussionFineIndividual: yuan('discussion', 'procSettings.field.discussionFineIndividual'),
  discussionFineOrganisation: yuan('discussion', 'procSettings.field.discussionFineOrganisation'),
  discussionOnRevocation: { group: 'discussion', label: 'procSettings.field.discussionOnRevocation', kind: 'flag' },
  statementWorkingDays: { group: 'periods', label: 'procSettings.field.statementWorkingDays', kind: 'number', unit: 'procSettings.unit.workingDays' },
  decisionExtensionEnabled: { group: 'periods', label: 'procSettings.field.decisionExtensionEnabled', kind: 'flag' },
  decisionExtensionBasis: {
    group: 'periods',
    label: 'procSettings.field.decisionExtensionBasis',
    kind: 'basis',
    switch: 'decisionExtensionEnabled',
    placeholder: 'procSettings.placeholder.decisionExtensionBasis',
  },
  decisionExtensionDays: { group: 'periods', label: 'procSettings.field.decisionExtensionDays', kind: 'number', unit: 'procSettings.unit.days' },
  decisionExtensionsMax: { group: 'periods', label: 'procSettings.field.decisionExtensionsMax', kind: 'number', unit: 'procSettings.unit.times' },
  shortPeriodsInWorkingDays: { group: 'periods', label: 'procSettings.field.shortPeriodsInWorkingDays', kind: 'flag' },
  rollOverHolidays: { group: 'periods', label: 'procSettings.field.rollOverHolidays', kind: 'flag' },
  directEnforcement: { group: 'enforcement', label: 'procSettings.field.directEnforcement', kind: 'flag' },
  directEnforcementBasis: {
    group: 'enforcement',
    label: 'procSettings.field.directEnforcementBasis',
    kind: 'basis',
    switch: 'directEnforcement',
    placeholder: 'procSettings.placeholder.directEnforcementBasis',
  },
  alertDays: { group: 'alerts', label: 'procSettings.field.alertDays', kind: 'number', unit: 'procSettings.unit.days' },
};

export const SETTING_KEYS = Object.keys(FIELDS) as SettingKey[];

export function keysOfGroup(group: Group): SettingKey[] {
  return SETTING_KEYS.filter((k) => FIELDS[k].group === group);
}

/** A number box holds '' while it is cleared. */
export type Draft = { [K in NumberKey]: number | '' } & { [K in FlagKey]: boolean } & { [K in TextKey]: string };
export type DraftValue = Draft[SettingKey];

/**
 * Settings that only matter while a switch is on: the extension's days and count while 延长办案期限 is
 * off say nothing, so their boxes are disabled (and kept as they are).
 */
const DEPENDS_ON: Partial<Record<SettingKey, FlagKey>> = {
  decisionExtensionBasis: 'decisionExtensionEnabled',
  decisionExtensionDays: 'decisionExtensionEnabled',
  decisionExtensionsMax: 'decisionExtensionEnabled',
  directEnforcementBasis: 'directEnforcement',
};

/** Whether the box is out of use because the switch it depends on is off. */
export function isSwitchedOff(key: SettingKey, draft: Draft): boolean {
  const sw = DEPENDS_ON[key];
  return sw !== undefined && draft[sw] !== true;
}

export function draftOf(settings: ProcedureSettings): Draft {
  return { ...settings };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return SETTING_KEYS.every((k) => a[k] === b[k]);
}

/** The bounds the contract puts on a number setting. */
export function boundsOf(key: SettingKey): { min: number; max: number } {
  const schema = procedureSettings.shape[key];
  if (!('minValue' in schema)) return { min: 0, max: Number.MAX_SAFE_INTEGER };
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

function rangeMessage(key: SettingKey): string {
  const { min, max } = boundsOf(key);
  return t('procSettings.range', { label: t(FIELDS[key].label), min, max });
}

/** The settings to send, or the problems that keep the draft from being sent. */
export function checkDraft(draft: Draft): { ok: true; settings: ProcedureSettings } | { ok: false; errors: Partial<Record<SettingKey, string>> } {
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const spec = FIELDS[key];
    const value = draft[key];
    if (spec.kind === 'basis') {
      const text = typeof value === 'string' ? value.trim() : '';
      // 行政处罚法 第六十条 / 行政强制法 第十三条: the switch stands only on a named provision.
      if (draft[spec.switch] === true && text === '') errors[key] = t('procSettings.basisRequired', { label: t(spec.label) });
      else if (!procedureSettings.shape[key].safeParse(text).success) errors[key] = t('procSettings.basisTooLong', { label: t(spec.label) });
      continue;
    }
    if (spec.kind !== 'number') continue;
    if (value === '') errors[key] = t('procSettings.required', { label: t(spec.label) });
    else if (!procedureSettings.shape[key].safeParse(value).success) errors[key] = rangeMessage(key);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Every number box was checked above, so none is blank here.
  const settings = { ...draft, decisionExtensionBasis: draft.decisionExtensionBasis.trim(), directEnforcementBasis: draft.directEnforcementBasis.trim() } as ProcedureSettings;
  return { ok: true, settings };
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Backend issues under their boxes. The contract's bounds carry no wording of their own, so a
 * message without Chinese text is replaced by the page's own range message for that setting.
 */
export function placeIssues(issues: FieldIssue[]): { byKey: Partial<Record<SettingKey, string>>; others: string[] } {
  const byKey: Partial<Record<SettingKey, string>> = {};
  const others: string[] = [];
  for (const issue of issues) {
    const key = SETTING_KEYS.find((k) => k === issue.path);
    if (!key) others.push(issue.message);
    else if (!(key in byKey)) byKey[key] = CJK.test(issue.message) ? issue.message : rangeMessage(key);
  }
  return { byKey, others };
}

export function formatValue(key: SettingKey, value: number | boolean | string): string {
  const spec = FIELDS[key];
  if (spec.kind === 'flag') return t(value ? 'procSettings.yes' : 'procSettings.no');
  if (spec.kind === 'basis') return typeof value === 'string' && value ? value : t('procSettings.basisNone');
  return t('procSettings.valueWithUnit', { value: Number(value).toLocaleString('zh-CN'), unit: t(spec.unit) });
}
