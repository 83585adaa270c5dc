/**
 * Pieces shared by the form definitions: paper, the party block variants, common fields and
 * their pre-fill from the case, and the fixed notices several forms print.
 *
 * The notice wording is ours: it carries every element the law requires of the notice, and
 * each office may replace it in its settings (by the notice key). The blocks several forms print
 * whole (party, payment, remedy, seal, execution, record closing) live in templates/blocks/.
 */
import { GENDER_OPTIONS, labelOf } from '../main/contract/domain';
import type { Officer, Party } from '../main/contract/schemas';
import { EMPTY_PARTY } from '../main/documents/definition';
import type {
  DateField,
  FieldDef,
  PageMargins,
  PartyField,
  PartyValue,
  PartyVariant,
  PrefillContext,
  TextField,
} from '../main/documents/definition';

// ---------------------------------------------------------------------------------------------
// Paper

/** Notices and decisions: A4, wider left margin for binding into the 案卷. */
export const NOTICE_MARGINS: PageMargins = { top: 22, right: 25, bottom: 20, left: 28 };
/** Records signed on every page: room at the foot for the signature line and page number. */
export const RECORD_MARGINS: PageMargins = { top: 22, right: 25, bottom: 32, left: 28 };

/** The copies note of every served form: the agency keeps the 存根 (counterfoil), the party the other. */
export const COPIES_NOTE = '本文书一式两份：一份存根，一份交当事人或者其代理人。';

// ---------------------------------------------------------------------------------------------
// Party block variants (2.2 of the domain guide)

export const STANDARD_PARTY: PartyVariant = {
  individual: [
    { attr: 'name', label: '姓名' },
    { attr: 'idNumber', label: '身份证件号' },
    { attr: 'address', label: '住址' },
    { attr: 'phone', label: '联系电话' },
  ],
  organisation: [
    { attr: 'name', label: '名称' },
    { attr: 'address', label: '地址' },
    { attr: 'phone', label: '联系电话' },
    { attr: 'legalRep', label: '法定代表人' },
    { attr: 'creditCode', label: '统一社会信用代码' },
  ],
};

/** 立案登记表 asks more of a person (sex, age). */
export const REGISTRATION_PARTY: PartyVariant = {
  individual: [
    { attr: 'name', label: '姓名' },
    { attr: 'gender', label: '性别' },
    { attr: 'age', label: '年龄' },
    { attr: 'idNumber', label: '身份证件号' },
    { attr: 'address', label: '住址' },
    { attr: 'phone', label: '联系电话' },
  ],
  organisation: [
    { attr: 'name', label: '名称' },
    { attr: 'legalRep', label: '法定代表人' },
    { attr: 'address', label: '地址' },
    { attr: 'phone', label: '联系电话' },
    { attr: 'creditCode', label: '统一社会信用代码' },
  ],
};

/** 结案报告 variant. */
export const CLOSING_PARTY: PartyVariant = {
  individual: [
    { attr: 'name', label: '姓名' },
    { attr: 'age', label: '年龄' },
    { attr: 'gender', label: '性别' },
    { attr: 'workplace', label: '所在单位' },
    { attr: 'address', label: '联系地址' },
    { attr: 'phone', label: '联系电话' },
    { attr: 'zip', label: '邮编' },
  ],
  organisation: [
    { attr: 'name', label: '名称' },
    { attr: 'address', label: '地址' },
    { attr: 'legalRep', label: '法定代表人' },
    { attr: 'legalRepTitle', label: '职务' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Reading the case

/** Whole years between two 'YYYY-MM-DD' dates. */
export function yearsBetween(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function genderLabel(p: Party | null): string {
  return p?.gender ? labelOf(GENDER_OPTIONS, p.gender) : '';
}

export function ageOf(p: Party | null, today: string): string {
  return p?.birthDate ? String(yearsBetween(p.birthDate, today)) : '';
}

/** The party block's value from the case party the document is made out to. */
export function partyFromCase(ctx: PrefillContext): Partial<PartyValue> | undefined {
  const p = ctx.party;
  if (!p) return undefined;
  return {
    kind: p.kind,
    name: p.name,
    gender: genderLabel(p),
    age: ageOf(p, ctx.today),
    idNumber: p.idNumber ?? '',
    address: p.address,
    phone: p.phone,
    workplace: p.workplace ?? '',
    legalRep: p.legalRep ?? '',
    legalRepTitle: p.legalRepTitle ?? '',
    creditCode: p.creditCode ?? '',
  };
}

export function officer(ctx: PrefillContext, n: 0 | 1): Officer | undefined {
  return ctx.caseDetail.officers[n];
}

export function officerNames(ctx: PrefillContext): string {
  return ctx.caseDetail.officers.map((o) => o.name).join('、');
}

/** The case's 案由 as documents name it. */
export function caseCause(ctx: PrefillContext): string {
  return ctx.caseDetail.cause.title;
}

// ---------------------------------------------------------------------------------------------
// Common fields

export const caseNumberField: TextField = {
  key: 'caseNumber',
  label: '案号',
  kind: 'text',
  required: true,
  maxLength: 60,
  prefill: (ctx) => ctx.caseDetail.caseNumber,
};

export function partyField(variant: PartyVariant, label = '当事人'): PartyField {
  return { key: 'party', label, kind: 'party', required: true, variant, prefill: (ctx) => ({ ...emptyParty(), ...partyFromCase(ctx) }) };
}

/** Addressee of a notice: the party's name only. */
export const addresseeField: TextField = {
  key: 'party',
  label: '当事人',
  kind: 'text',
  required: true,
  hint: '个人姓名或单位名称',
  prefill: (ctx) => ctx.party?.name,
};

export const makeDateField: DateField = {
  key: 'makeDate',
  label: '落款日期',
  kind: 'date',
  required: true,
  prefill: (ctx) => ctx.today,
};

export const reconsiderationOrganField: TextField = {
  key: 'reconsiderationOrgan',
  label: '复议机关',
  kind: 'text',
  required: true,
  hint: '受理行政复议的机关，在“系统设置—文书”中设定',
  prefill: (ctx) => ctx.office.reconsiderationOrgan,
};

export const litigationCourtField: TextField = {
  key: 'litigationCourt',
  label: '管辖法院',
  kind: 'text',
  required: true,
  hint: '受理行政诉讼的人民法院，在“系统设置—文书”中设定',
  prefill: (ctx) => ctx.office.litigationCourt,
};

export function emptyParty(): PartyValue {
  return { ...EMPTY_PARTY };
}

export function text(key: string, label: string, required: boolean, extra: Partial<Omit<TextField, 'key' | 'label' | 'kind' | 'required'>> = {}): TextField {
  return { key, label, kind: 'text', required, ...extra };
}

export function signature(key: string, label: string, required = true): FieldDef {
  return { key, label, kind: 'signature', required };
}

// ---------------------------------------------------------------------------------------------
// Fixed notices (our wording; placeholders name fields of the form that prints them)

/**
 * The person who speaks for the party on the spot: the party itself, or for a company its
 * legal representative (whose sex, age and ID the case does not record).
 */
export function personForParty(ctx: PrefillContext): { name: string; sex: string; age: string; idNo: string; unit: string; address: string; phone: string } | undefined {
  const p = ctx.party;
  if (!p) return undefined;
  if (p.kind === 'organisation') {
    return { name: p.legalRep ?? '', sex: '', age: '', idNo: '', unit: `${p.name} ${p.legalRepTitle ?? ''}`.trim(), address: p.address, phone: p.phone };
  }
  return { name: p.name, sex: genderLabel(p), age: ageOf(p, ctx.today), idNo: p.idNumber ?? '', unit: p.workplace ?? '', address: p.address, phone: p.phone };
}

/** Agency contact lines under a notice. */
export const CONTACT_LINE = '本机关联系地址：{organAddress:text:16}\u3000邮编：{organZip:text:4}';
export const CONTACT_PERSON_LINE = '联系人：{organContact:text:4}\u3000联系电话：{organTel:text:8}';

export const contactFields = (): TextField[] => [
  text('organAddress', '联系地址', true, { prefill: (ctx) => ctx.office.address }),
  text('organZip', '邮编', false, { prefill: (ctx) => ctx.office.zip }),
  text('organContact', '联系人', true, { prefill: (ctx) => ctx.office.contact }),
  text('organTel', '联系电话', true, { prefill: (ctx) => ctx.office.phone }),
];

/** Date ('YYYY-MM-DD') on which the case's form `formId` was issued, for forms that refer back to it. */
export function issuedOn(ctx: PrefillContext, formId: number): string | undefined {
  const doc = ctx.earlier?.filter((d) => d.formId === formId).at(-1);
  return doc?.issuedAt.slice(0, 10);
}
