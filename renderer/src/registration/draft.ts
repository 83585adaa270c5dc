/**
 * What the clerk has typed into the 立案登记 form, how it becomes a `cases.create` input, and the
 * checks the form can make at once. The backend checks everything again; its issues are keyed by
 * the same dotted paths used here (`parties.0.idNumber`, `officerIds` …).
 */
import type { CallInput } from '../../../main/contract/api';
import {
  CASE_SOURCES,
  type CaseSource,
  type Category,
  type ConveyanceKind,
  type Gender,
  type IdType,
  type Procedure,
} from '../../../main/contract/domain';
import { ERROR_MESSAGES } from '../../../main/contract/errors';
import { LONG_TERM, type CardKind } from '../../../main/contract/idcard';
import { caseCreateInput, phone as phoneSchema } from '../../../main/contract/schemas';
import { validateCreditCode, validateIdNumber, validatePlate } from '../../../main/contract/validation';
import { t } from '../i18n';

export interface IndividualDraft {
  key: number;
  kind: 'individual';
  name: string;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: string;
  idType: IdType | null;
  idNumber: string;
  address: string;
  phone: string;
  workplace: string;
  /** 签发机关 */
  idIssuer: string;
  /** 有效期限: start and end (ISO, or blank); `idLongTerm` stands for 长期 in place of an end. */
  idValidFrom: string;
  idValidUntil: string;
  idLongTerm: boolean;
  englishName: string;
  /** GB/T 2659 three-letter code. */
  nationality: string;
  /** The card read the party was filled from (读卡核验), while its identifying fields are as read. */
  card: CardStamp | null;
  /** The clerk changed an identifying field after a read, which ended its verification. */
  cardDropped: boolean;
}

/** What the form keeps of a card read: enough to send `cardReadId` and to say what was read. */
export interface CardStamp {
  readId: number;
  kind: CardKind;
  simulated: boolean;
  expired: boolean;
  /** End of validity as read (ISO or `long_term`), for the expiry warning. */
  validUntil: string;
  /** The card's appended (latest) address, when it was used for 住址. */
  latestAddress: string;
}

export interface OrganisationDraft {
  key: number;
  kind: 'organisation';
  name: string;
  creditCode: string;
  legalRep: string;
  legalRepTitle: string;
  address: string;
  phone: string;
}

export type PartyDraft = IndividualDraft | OrganisationDraft;

export interface ConveyanceDraft {
  key: number;
  kind: ConveyanceKind;
  plate: string;
  plateColor: string | null;
  model: string;
}

export interface CaseDraft {
  category: Category | null;
  causeId: string | null;
  procedure: Procedure;
  source: CaseSource | null;
  sourceDetail: string;
  occurredAt: string;
  place: string;
  facts: string;
  officerIds: string[];
  parties: PartyDraft[];
  conveyances: ConveyanceDraft[];
}

/** Field path → Chinese message. */
export type Issues = Record<string, string>;

let nextKey = 1;
const newKey = () => nextKey++;

export const HAN_NATION = '01';

export function emptyDraft(officerIds: string[] = []): CaseDraft {
  return {
    category: null,
    causeId: null,
    procedure: 'general',
    source: null,
    sourceDetail: '',
    occurredAt: '',
    place: '',
    facts: '',
    officerIds,
    parties: [],
    conveyances: [],
  };
}

export function newIndividual(): IndividualDraft {
  return {
    key: newKey(),
    kind: 'individual',
    name: '',
    gender: null,
    ethnicity: HAN_NATION,
    birthDate: '',
    idType: 'resident_id',
    idNumber: '',
    address: '',
    phone: '',
    workplace: '',
    idIssuer: '',
    idValidFrom: '',
    idValidUntil: '',
    idLongTerm: false,
    englishName: '',
    nationality: '',
    card: null,
    cardDropped: false,
  };
}

/** Nothing that identifies a person has been entered yet: a card placed may fill it. */
export function isEmptyIndividual(p: PartyDraft): p is IndividualDraft {
  return p.kind === 'individual' && blank(p.name) && blank(p.idNumber);
}

export function newOrganisation(): OrganisationDraft {
  return { key: newKey(), kind: 'organisation', name: '', creditCode: '', legalRep: '', legalRepTitle: '', address: '', phone: '' };
}

export function newConveyance(kind: ConveyanceKind): ConveyanceDraft {
  return { key: newKey(), kind, plate: '', plateColor: kind === 'vehicle' ? PLATE_COLORS[0] : null, model: '' };
}

/** GA 36 plate colours, stored as the word printed on the 询问笔录. */
export const PLATE_COLORS: readonly string[] = [
  t('plateColor.blue'),
  t('plateColor.yellow'),
  t('plateColor.green'),
  t('plateColor.yellowGreen'),
  t('plateColor.black'),
  t('plateColor.white'),
  t('plateColor.other'),
];

/** ID types whose numbers follow GB 11643 (check digit, birth date and sex inside the number). */
export function hasResidentIdFormat(idType: IdType | null): boolean {
  return idType === 'resident_id' || idType === 'hmt_residence_permit';
}

export function sourceDetailLabel(source: CaseSource | null): string | null {
  return CASE_SOURCES.find((s) => s.code === source)?.detailLabel ?? null;
}

export function buildPayload(d: CaseDraft): CallInput<'cases.create'> {
  const detailLabel = sourceDetailLabel(d.source);
  return {
    category: d.category as Category,
    causeId: Number(d.causeId ?? 0),
    procedure: d.procedure,
    source: d.source as CaseSource,
    sourceDetail: detailLabel ? d.sourceDetail.trim() : '',
    occurredAt: d.occurredAt,
    place: d.place,
    facts: d.facts,
    officerIds: d.officerIds.map(Number),
    parties: d.parties.map((p) =>
      p.kind === 'individual'
        ? {
            kind: 'individual' as const,
            name: p.name,
            gender: p.gender as Gender,
            ...(p.ethnicity ? { ethnicity: p.ethnicity } : {}),
            birthDate: p.birthDate,
            idType: p.idType as IdType,
            idNumber: p.idNumber,
            address: p.address,
            phone: p.phone,
            workplace: p.workplace,
            idIssuer: p.idIssuer,
            idValidFrom: p.idValidFrom,
            idValidUntil: p.idLongTerm ? LONG_TERM : p.idValidUntil,
            englishName: p.englishName,
            nationality: p.nationality.trim(),
            ...(p.card ? { cardReadId: p.card.readId } : {}),
          }
        : {
            kind: 'organisation' as const,
            name: p.name,
            creditCode: p.creditCode,
            legalRep: p.legalRep,
            legalRepTitle: p.legalRepTitle,
            address: p.address,
            phone: p.phone,
          },
    ),
    conveyances: d.conveyances.map((c) =>
      c.kind === 'vehicle'
        ? { kind: 'vehicle' as const, plate: c.plate, plateColor: c.plateColor ?? '', model: c.model }
        : { kind: 'vessel' as const, plate: c.plate, plateColor: '' as const, model: c.model },
    ),
  };
}

const blank = (s: string) => s.trim() === '';

function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Every problem the form can see without the backend, keyed by field path. */
export function clientIssues(d: CaseDraft): Issues {
  const issues: Issues = {};
  const add = (path: string, message: string) => {
    issues[path] ??= message;
  };

  if (!d.category) add('category', t('check.category'));
  if (!d.causeId) add('causeId', t('check.cause'));
  if (!d.source) add('source', t('check.source'));
  const detailLabel = sourceDetailLabel(d.source);
  if (detailLabel && blank(d.sourceDetail)) add('sourceDetail', t('check.sourceDetail', { label: detailLabel }));
  if (blank(d.occurredAt)) add('occurredAt', t('check.occurredAt'));
  else if (d.occurredAt > localNow()) add('occurredAt', t('check.occurredAtFuture'));
  if (blank(d.place)) add('place', t('check.place'));
  if (blank(d.facts)) add('facts', t('check.facts'));
  if (d.officerIds.length < 2) add('officerIds', ERROR_MESSAGES.CASE_OFFICERS_TOO_FEW);
  if (d.parties.length === 0) add('parties', t('check.parties'));

  d.parties.forEach((p, i) => {
    const at = (field: string) => `parties.${i}.${field}`;
    if (blank(p.phone)) add(at('phone'), t('check.phone'));
    else {
      const r = phoneSchema.safeParse(p.phone);
      if (!r.success) add(at('phone'), r.error.issues[0]?.message ?? t('check.phone'));
    }
    if (p.kind === 'individual') {
      if (blank(p.name)) add(at('name'), t('check.name'));
      if (!p.idType) add(at('idType'), t('check.idType'));
      if (blank(p.idNumber)) add(at('idNumber'), t('check.idNumber'));
      else if (hasResidentIdFormat(p.idType)) {
        const r = validateIdNumber(p.idNumber);
        if (!r.ok) add(at('idNumber'), r.message);
        else {
          if (p.birthDate && p.birthDate !== r.value.birthDate) add(at('birthDate'), t('check.birthMismatch', { date: r.value.birthDate }));
          if (p.gender && p.gender !== r.value.gender) add(at('gender'), t('check.genderMismatch'));
        }
      }
      if (!p.gender) add(at('gender'), t('check.gender'));
      if (blank(p.birthDate)) add(at('birthDate'), t('check.birthDate'));
      if (blank(p.address)) add(at('address'), t('check.address'));
    } else {
      if (blank(p.name)) add(at('name'), t('check.orgName'));
      const r = validateCreditCode(p.creditCode);
      if (!r.ok) add(at('creditCode'), r.message);
      if (blank(p.legalRep)) add(at('legalRep'), t('check.legalRep'));
      if (blank(p.address)) add(at('address'), t('check.orgAddress'));
    }
  });

  d.conveyances.forEach((c, i) => {
    const path = `conveyances.${i}.plate`;
    if (c.kind === 'vehicle') {
      const r = validatePlate(c.plate);
      if (!r.ok) add(path, r.message);
    } else if (blank(c.plate)) add(path, t('check.vesselName'));
  });

  // The contract's own schema catches what the checks above do not (lengths, date formats …).
  // Only its Chinese messages are taken: a field the checks above missed never shows English.
  const parsed = caseCreateInput.safeParse(buildPayload(d));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (/[\u4e00-\u9fff]/.test(issue.message)) add(issue.path.map(String).join('.'), issue.message);
    }
  }
  return issues;
}

/** The first message per path of the backend's issues. */
export function issuesByPath(list: readonly { path: string; message: string }[]): Issues {
  const out: Issues = {};
  for (const i of list) out[i.path] ??= i.message;
  return out;
}

/** A value with spaces, full-width characters and lower-case letters as the ID checks normalise it. */
export function completeIdNumber(raw: string): boolean {
  return raw.replace(/\s+/g, '').length >= 18;
}
