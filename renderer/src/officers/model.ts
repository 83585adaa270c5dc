/** What the 执法队伍 page derives from officer records and certificate warnings. */
import { CATEGORIES, labelOf, type Category } from '../../../main/contract/domain';
import { OFFICER_STATUSES, type CertificateWarning, type OfficerRecord } from '../../../main/contract/people';
import { t, type MessageKey } from '../i18n';

export type Flag = 'expired' | 'expiring' | 'suspended' | 'transferred' | 'no_validity';

export const FLAG_TEXT: Record<Flag, { label: MessageKey; color: string }> = {
  expired: { label: 'officers.flag.expired', color: 'red' },
  expiring: { label: 'officers.flag.expiring', color: 'orange' },
  suspended: { label: 'officers.flag.suspended', color: 'orange' },
  transferred: { label: 'officers.flag.transferred', color: 'gray' },
  no_validity: { label: 'officers.flag.noValidity', color: 'red' },
};

/**
 * The badges of one officer: from the record itself (status, an end date before today) and
 * from the backend's warnings (expiring within the office's window, which the page cannot know).
 */
export function flagsOf(o: OfficerRecord, warnings: readonly CertificateWarning[], today: string): Flag[] {
  const flags = new Set<Flag>();
  if (o.status === 'suspended') flags.add('suspended');
  if (o.status === 'transferred') flags.add('transferred');
  if (!o.certValidTo) flags.add('no_validity');
  else if (o.certValidTo < today) flags.add('expired');
  for (const w of warnings) {
    if (w.officerId === o.id && w.problem !== 'category') flags.add(w.problem);
  }
  if (flags.has('expired')) flags.delete('expiring');
  return [...flags];
}

export function categoriesText(codes: readonly Category[]): string {
  return codes.map((c) => labelOf(CATEGORIES, c)).join('、');
}

export function statusText(code: OfficerRecord['status']): string {
  return labelOf(OFFICER_STATUSES, code);
}

export function validityText(from: string | null, to: string | null): string {
  if (!from && !to) return t('officers.validity.none');
  return t('officers.validity.range', { from: from ?? '—', to: to ?? '—' });
}
