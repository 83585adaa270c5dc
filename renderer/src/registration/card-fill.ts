/**
 * Reading an identity card into the 立案登记 form: which party a read goes to, what it fills, and
 * when a later edit ends the party's 读卡核验.
 */
import { LONG_TERM, type CardRead } from '../../../main/contract/idcard';
import { isEmptyIndividual, newIndividual, type IndividualDraft, type PartyDraft } from './draft';

/** The fields the backend compares with the read before it accepts `cardReadId`. */
export const VERIFIED_FIELDS = ['name', 'idNumber', 'birthDate', 'gender'] as const satisfies readonly (keyof IndividualDraft)[];

/** The fields a read writes, as paths below the party (for re-checking their messages). */
export const FILLED_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'idType',
  'idNumber',
  'address',
  'idIssuer',
  'idValidFrom',
  'idValidUntil',
  'englishName',
  'nationality',
] as const satisfies readonly (keyof IndividualDraft)[];

/**
 * Where a read goes: the individual party whose 读卡 was pressed last (`pressed`, a party key),
 * else the first individual party nothing has been entered into; null when neither exists (a
 * successful read then adds a party).
 */
export function targetIndex(parties: readonly PartyDraft[], pressed: number | null): number | null {
  if (pressed !== null) {
    const i = parties.findIndex((p) => p.key === pressed && p.kind === 'individual');
    if (i >= 0) return i;
  }
  const empty = parties.findIndex(isEmptyIndividual);
  return empty >= 0 ? empty : null;
}

/**
 * The party as the card has it. Each layout fills what it carries: 民族 only on the resident
 * card, English name and nationality only on the foreign ones. A card without an address (the
 * foreign cards) leaves the one typed; contact details are never the card's business.
 */
export function fillFromCard(party: IndividualDraft, read: CardRead): IndividualDraft {
  const address = read.latestAddress || read.address;
  return {
    ...party,
    name: read.name,
    gender: read.gender,
    ethnicity: read.kind === 'resident' ? read.ethnicity : null,
    birthDate: read.birthDate,
    idType: read.idType,
    idNumber: read.idNumber,
    address: address || party.address,
    idIssuer: read.issuer,
    idValidFrom: read.validFrom,
    idValidUntil: read.validUntil === LONG_TERM ? '' : read.validUntil,
    idLongTerm: read.validUntil === LONG_TERM,
    englishName: read.englishName,
    nationality: read.nationality,
    card: {
      readId: read.readId,
      kind: read.kind,
      simulated: read.simulated,
      expired: read.expired,
      validUntil: read.validUntil,
      latestAddress: read.latestAddress,
    },
    cardDropped: false,
  };
}

/** A new individual party filled from the card, for a read with no party to go to. */
export function partyFromCard(read: CardRead): IndividualDraft {
  return fillFromCard(newIndividual(), read);
}

/** After an edit: a change to a field the read vouches for ends the party's 读卡核验. */
export function afterEdit(before: IndividualDraft, after: IndividualDraft): IndividualDraft {
  if (!after.card) return after;
  const changed = VERIFIED_FIELDS.some((f) => before[f] !== after[f]);
  return changed ? { ...after, card: null, cardDropped: true } : after;
}
