/**
 * The head of every form (title and 案号) and the ways a form names its party: the full 当事人
 * table (forms 5, 6, 8, 14, 15, 20, 21, 25) or the addressee line of a notice.
 */
import type { PartyVariant } from '../../main/documents/definition';
import { STANDARD_PARTY, addresseeField, caseNumberField, partyField } from '../common';
import type { Piece } from './compose';

/** Title, then "案号：…" on the right. */
export function heading(): Piece {
  return { fields: [caseNumberField], layout: [{ type: 'title' }, { type: 'caseNumber' }] };
}

const standardPartyField = partyField(STANDARD_PARTY);

/** The 当事人 table, person row and organisation row (the unused one struck with "/"). */
export function partyTable(variant: PartyVariant = STANDARD_PARTY): Piece {
  return { fields: [variant === STANDARD_PARTY ? standardPartyField : partyField(variant)], layout: [{ type: 'party', field: 'party' }] };
}

/** "张三：" — the addressee of a notice. */
export function addressee(): Piece {
  return { fields: [addresseeField], layout: [{ type: 'addressee', field: 'party' }] };
}
