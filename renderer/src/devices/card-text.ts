/** How what was read from an identity card is worded on screen: its kind, its validity, its expiry. */
import { CARD_KINDS, LONG_TERM, type CardKind } from '../../../main/contract/idcard';
import { formatDate, t } from '../i18n';

export function cardKindLabel(kind: CardKind): string {
  return CARD_KINDS.find((k) => k.code === kind)?.label ?? kind;
}

/** 有效期限 as printed: "2015年3月1日 至 2035年3月1日", "… 至 长期"; '' when neither end is known. */
export function validityText(from: string | null | undefined, until: string | null | undefined): string {
  const end = until === LONG_TERM ? t('card.longTerm') : formatDate(until);
  const start = formatDate(from);
  if (!start && !end) return '';
  return t('card.validityRange', { from: start || '—', until: end || '—' });
}

/** The warning on a card whose validity had ended; `until` is the ISO end date. */
export function expiredText(until: string | null | undefined): string {
  return t('card.expired', { date: until && until !== LONG_TERM ? until : '—' });
}
