/**
 * 文书设置 as the page holds it: the office's particulars as typed (blank = printed blank) and the
 * notice wordings the office has chosen, by override key ("remedy" for every form that prints the
 * notice, "15:remedy" for one form). Conversions to and from the contract's `DocumentSettings`,
 * "unsaved?" and where a backend issue belongs on the page.
 */
import type { DocumentSettings, NoticeInfo } from '../../../main/contract/documents';
import type { FieldIssue } from '../../../main/contract/errors';
import type { MessageKey } from '../i18n';

export type OfficeField = Exclude<keyof DocumentSettings, 'noticeOverrides'>;

interface OfficeFieldSpec {
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  /** Takes the whole row of the two-column grid. */
  wide?: boolean;
}

/** In screen order; a Record so that a field added to the contract cannot be forgotten here. */
export const OFFICE_FIELDS: Record<OfficeField, OfficeFieldSpec> = {
  name: { label: 'settings.field.name', required: true, wide: true },
  headerLine: { label: 'settings.field.headerLine', hint: 'settings.hint.headerLine', wide: true },
  address: { label: 'settings.field.address' },
  zip: { label: 'settings.field.zip', hint: 'settings.hint.zip' },
  contact: { label: 'settings.field.contact' },
  phone: { label: 'settings.field.phone' },
  reconsiderationOrgan: { label: 'settings.field.reconsiderationOrgan' },
  litigationCourt: { label: 'settings.field.litigationCourt' },
  payBank: { label: 'settings.field.payBank' },
  payAccount: { label: 'settings.field.payAccount' },
};

export const OFFICE_FIELD_KEYS = Object.keys(OFFICE_FIELDS) as OfficeField[];

const OVERRIDES_PREFIX = 'noticeOverrides.';

export interface SettingsDraft {
  office: Record<OfficeField, string>;
  /** Override key → wording; a key present means "use the office's wording" (even while still blank). */
  overrides: Record<string, string>;
}

export function draftOf(settings: DocumentSettings): SettingsDraft {
  const office = Object.fromEntries(OFFICE_FIELD_KEYS.map((k) => [k, settings[k] ?? ''])) as Record<OfficeField, string>;
  return { office, overrides: { ...(settings.noticeOverrides ?? {}) } };
}

/** What is sent: only the contract's keys (the call is strict), blank particulars left out. */
export function settingsOf(draft: SettingsDraft): DocumentSettings {
  const out: DocumentSettings = { name: draft.office.name.trim() };
  for (const key of OFFICE_FIELD_KEYS) {
    if (key === 'name') continue;
    const value = draft.office[key].trim();
    if (value) out[key] = value;
  }
  // A blank wording is sent as it is: the backend says under that box that it may not be empty.
  if (Object.keys(draft.overrides).length > 0) out.noticeOverrides = { ...draft.overrides };
  return out;
}

/** Independent of key order and of surrounding spaces (the backend trims). */
function canonical(draft: SettingsDraft): string {
  const office = OFFICE_FIELD_KEYS.map((k) => draft.office[k].trim());
  const overrides = Object.entries(draft.overrides)
    .map(([k, v]) => [k, v.trim()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([office, overrides]);
}

export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return a === b || canonical(a) === canonical(b);
}

export function overridePath(key: string): string {
  return `${OVERRIDES_PREFIX}${key}`;
}

/** The override key of one form's own wording of a notice. */
export function formKey(formId: number, noticeKey: string): string {
  return `${formId}:${noticeKey}`;
}

/** Every override key a notice may have: for all its forms, then for each form. */
export function keysOfNotice(notice: NoticeInfo): string[] {
  return [notice.key, ...notice.forms.map((f) => formKey(f.formId, notice.key))];
}

/** Stored wordings whose notice (or form) no longer prints them: shown so they can be removed. */
export function orphanKeys(notices: readonly NoticeInfo[], overrides: Readonly<Record<string, string>>): string[] {
  const known = new Set(notices.flatMap(keysOfNotice));
  return Object.keys(overrides)
    .filter((k) => !known.has(k))
    .sort();
}

/** Paths of the page's inputs, top to bottom: the first one with a problem gets the focus. */
export function pathsInOrder(notices: readonly NoticeInfo[], overrides: Readonly<Record<string, string>>): string[] {
  return [...OFFICE_FIELD_KEYS, ...notices.flatMap(keysOfNotice).map(overridePath), ...orphanKeys(notices, overrides).map(overridePath)];
}

/**
 * Sorts backend issues into those shown under an input (by path: `zip`, `noticeOverrides.15:remedy`)
 * and the rest. A wording's box exists exactly while its key is in the draft.
 */
export function placeIssues(issues: readonly FieldIssue[], draft: SettingsDraft): { byPath: Record<string, string>; others: FieldIssue[] } {
  const byPath: Record<string, string> = {};
  const others: FieldIssue[] = [];
  for (const issue of issues) {
    let target: string | null = null;
    if (issue.path.startsWith(OVERRIDES_PREFIX)) {
      if (issue.path.slice(OVERRIDES_PREFIX.length) in draft.overrides) target = issue.path;
    } else {
      const head = issue.path.split('.')[0];
      if (head in OFFICE_FIELDS) target = head;
    }
    // Every problem of a box is said under it, one a line.
    if (target) byPath[target] = byPath[target] ? `${byPath[target]}\n${issue.message}` : issue.message;
    else others.push(issue);
  }
  return { byPath, others };
}

/** Whether every form of the notice prints the same default wording. */
export function sharedDefault(notice: NoticeInfo): string | null {
  const first = notice.forms[0]?.defaultText;
  return first !== undefined && notice.forms.every((f) => f.defaultText === first) ? first : null;
}

/** For the notice filter: form names, the key, the default and the office's wordings. */
export function noticeMatches(notice: NoticeInfo, overrides: Readonly<Record<string, string>>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const texts = [notice.key, notice.title, ...notice.forms.flatMap((f) => [f.formName, f.defaultText]), ...keysOfNotice(notice).map((k) => overrides[k] ?? '')];
  return texts.some((s) => s.toLowerCase().includes(q));
}

export function isOverridden(notice: NoticeInfo, overrides: Readonly<Record<string, string>>): boolean {
  return keysOfNotice(notice).some((k) => k in overrides);
}
