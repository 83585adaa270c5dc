/**
 * zod schemas of everything that crosses the API. Field messages are Chinese: the UI shows
 * them next to the field as they come.
 */
import { z } from 'zod';
import {
  CASE_SOURCE_CODES,
  CASE_STAGE_CODES,
  CATEGORY_CODES,
  ID_TYPE_CODES,
  ROLE_CODES,
} from './domain';
import { CARD_KIND_CODES, LONG_TERM } from './idcard';
import { validateCreditCode, validateIdNumber, validatePlate } from './validation';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不能超过${max}个字`).optional().default('');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期无效');

/** Local (China) wall-clock time, minutes precision: enforcement records never carry an offset. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '时间格式应为 YYYY-MM-DDTHH:mm')
  .refine((s) => isoDate.safeParse(s.slice(0, 10)).success && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, '时间无效');

export const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => /^1[3-9]\d{9}$/.test(s) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(s) || /^\d{7,8}$/.test(s), '联系电话格式不正确（手机号11位，或区号+座机号码）');

const id = z.number().int().positive();

export const individualPartyInput = z
  .object({
    kind: z.literal('individual'),
    name: text('姓名', 50),
    gender: z.enum(['male', 'female'], { error: '请选择性别' }),
    ethnicity: z.string().regex(/^\d{2}$/, '请选择民族').optional(),
    birthDate: isoDate,
    idType: z.enum(ID_TYPE_CODES, { error: '请选择证件类型' }),
    idNumber: text('证件号码', 30),
    address: text('住址', 200),
    phone: phone,
    workplace: optionalText('工作单位', 100),
    /** 签发机关 and 有效期限 of the identity document, as printed on it (filled by reading the card). */
    idIssuer: optionalText('签发机关', 50),
    idValidFrom: z.union([isoDate, z.literal('')]).optional().default(''),
    idValidUntil: z.union([isoDate, z.literal(LONG_TERM), z.literal('')]).optional().default(''),
    /** Foreign permanent residents: English name and GB/T 2659 nationality code. */
    englishName: optionalText('英文姓名', 100),
    nationality: z.string().trim().regex(/^([A-Z]{3})?$/, '国籍代码应为3个大写字母').optional().default(''),
    /** The card read this party was filled from (读卡核验); the backend checks the read matches. */
    cardReadId: id.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.idValidFrom && p.idValidUntil && p.idValidUntil !== LONG_TERM && p.idValidUntil < p.idValidFrom) {
      ctx.addIssue({ code: 'custom', path: ['idValidUntil'], message: '有效期截止日期早于起始日期' });
    }
    if (p.idType !== 'resident_id' && p.idType !== 'hmt_residence_permit') return;
    const r = validateIdNumber(p.idNumber);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: r.message });
      return;
    }
    if (r.value.birthDate !== p.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期与身份证号码不一致（号码中为 ${r.value.birthDate}）` });
    }
    if (r.value.gender !== p.gender) {
      ctx.addIssue({ code: 'custom', path: ['gender'], message: '性别与身份证号码不一致' });
    }
  })
  .transform((p) => {
    if (p.idType !== 'resident_id' && p.idType !== 'hmt_residence_permit') return p;
    const r = validateIdNumber(p.idNumber);
    return r.ok ? { ...p, idNumber: r.value.normalized } : p;
  });

export const organisationPartyInput = z
  .object({
    kind: z.literal('organisation'),
    name: text('单位名称', 100),
    creditCode: text('统一社会信用代码', 18),
    legalRep: text('法定代表人', 50),
    legalRepTitle: optionalText('职务', 50),
    address: text('地址', 200),
    phone: phone,
  })
  .superRefine((p, ctx) => {
    const r = validateCreditCode(p.creditCode);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: r.message });
  })
  .transform((p) => {
    const r = validateCreditCode(p.creditCode);
    return r.ok ? { ...p, creditCode: r.value.normalized } : p;
  });

export const partyInput = z.discriminatedUnion('kind', [individualPartyInput, organisationPartyInput]);
export type PartyInput = z.output<typeof partyInput>;

export const conveyanceInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('vehicle'),
      plate: text('车牌号', 12),
      plateColor: optionalText('车牌颜色', 10),
      model: optionalText('车型', 50),
    })
    .superRefine((v, ctx) => {
      const r = validatePlate(v.plate);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['plate'], message: r.message });
    })
    .transform((v) => {
      const r = validatePlate(v.plate);
      return r.ok ? { ...v, plate: r.value.normalized } : v;
    }),
  z.object({
    kind: z.literal('vessel'),
    plate: text('船名', 50),
    plateColor: z.literal('').optional().default(''),
    model: optionalText('船舶识别号或船型', 50),
  }),
]);
export type ConveyanceInput = z.output<typeof conveyanceInput>;

export const caseCreateInput = z
  .object({
    category: z.enum(CATEGORY_CODES, { error: '请选择执法门类' }),
    causeId: id.describe('案由'),
    procedure: z.enum(['general', 'simple'], { error: '请选择程序类型' }),
    source: z.enum(CASE_SOURCE_CODES, { error: '请选择案件来源' }),
    sourceDetail: optionalText('来源说明', 100),
    occurredAt: localDateTime,
    place: text('案发地点', 200),
    facts: text('案件基本情况', 4000),
    officerIds: z.array(id).max(10, '执法人员不能超过10名'),
    parties: z.array(partyInput).min(1, '请至少填写一名当事人').max(20, '当事人不能超过20个'),
    conveyances: z.array(conveyanceInput).max(20, '车船不能超过20个').default([]),
  })
  .superRefine((c, ctx) => {
    if (new Set(c.officerIds).size !== c.officerIds.length) {
      ctx.addIssue({ code: 'custom', path: ['officerIds'], message: '执法人员重复' });
    }
    // 行政处罚法 第四十二条 is in the general part of the law: it binds the simple procedure too.
    if (c.officerIds.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['officerIds'], message: '执法人员不得少于两人，须由两名以上持有执法证件的执法人员办理（行政处罚法 第四十二条）' });
    }
    if ((c.source === 'assigned' || c.source === 'escalated' || c.source === 'transferred' || c.source === 'other') && !c.sourceDetail) {
      ctx.addIssue({ code: 'custom', path: ['sourceDetail'], message: '请注明案件来源的机关、部门或途径' });
    }
  });
export type CaseCreateInput = z.input<typeof caseCreateInput>;

/**
 * An officer as the pickers show it. `qualified` says whether they may be newly assigned today
 * (certificate valid, on duty); `categories` the 执法门类 their certificate covers; `problem` why not.
 */
export const officer = z.object({
  id,
  name: z.string(),
  certNo: z.string(),
  unit: z.string(),
  active: z.boolean(),
  categories: z.array(z.enum(CATEGORY_CODES)).optional(),
  certValidTo: z.string().nullable().optional(),
  qualified: z.boolean().optional(),
  problem: z.string().optional(),
});
export type Officer = z.infer<typeof officer>;

export const cause = z.object({
  id,
  category: z.enum(CATEGORY_CODES),
  code: z.string(),
  title: z.string(),
  legalBasis: z.string(),
  penaltyBasis: z.string(),
  penaltyRange: z.string(),
  /** Statutory fine range in yuan, where the law states amounts. */
  fineMin: z.number().nullable(),
  fineMax: z.number().nullable(),
  /** 裁量基准 tiers. */
  discretion: z.array(z.object({ circumstance: z.string(), fineMin: z.number(), fineMax: z.number(), description: z.string() })),
});
export type Cause = z.infer<typeof cause>;

export const party = z.object({
  id,
  kind: z.enum(['individual', 'organisation']),
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  idType: z.enum(ID_TYPE_CODES).nullable(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRep: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
  address: z.string(),
  phone: z.string(),
  workplace: z.string().nullable(),
  idIssuer: z.string().nullable(),
  idValidFrom: z.string().nullable(),
  /** ISO date or `long_term`. */
  idValidUntil: z.string().nullable(),
  englishName: z.string().nullable(),
  nationality: z.string().nullable(),
  /** 读卡核验: the card read the party was registered from. */
  card: z
    .object({
      readId: id,
      kind: z.enum(CARD_KIND_CODES),
      readAt: z.string(),
      simulated: z.boolean(),
      hasPhoto: z.boolean(),
      /** The document's validity had ended on the day of registration. */
      expired: z.boolean(),
    })
    .nullable(),
});
export type Party = z.infer<typeof party>;

export const conveyance = z.object({ id, kind: z.enum(['vehicle', 'vessel']), plate: z.string(), plateColor: z.string(), model: z.string() });
export type Conveyance = z.infer<typeof conveyance>;

export const caseSummary = z.object({
  id,
  caseNumber: z.string(),
  category: z.enum(CATEGORY_CODES),
  causeTitle: z.string(),
  procedure: z.enum(['general', 'simple']),
  stage: z.enum(CASE_STAGE_CODES),
  occurredAt: z.string(),
  registeredAt: z.string(),
  /** Party names with masked identifiers, e.g. "张三（110105********002X）". */
  parties: z.array(z.object({ name: z.string(), maskedId: z.string() })),
  plates: z.array(z.string()),
  officerNames: z.array(z.string()),
});
export type CaseSummary = z.infer<typeof caseSummary>;

/**
 * The caller's rights on this case (按案授权): whether they may draft documents in it and ask for
 * procedural acts; `reason` says in Chinese why not ('' when both are open), so the case page is
 * shown read-only with the rule that makes it so.
 */
export const caseAccess = z.object({ draft: z.boolean(), act: z.boolean(), reason: z.string() });
export type CaseAccess = z.infer<typeof caseAccess>;

export const caseDetail = z.object({
  id,
  caseNumber: z.string(),
  category: z.enum(CATEGORY_CODES),
  cause: cause,
  procedure: z.enum(['general', 'simple']),
  stage: z.enum(CASE_STAGE_CODES),
  source: z.enum(CASE_SOURCE_CODES),
  sourceDetail: z.string(),
  occurredAt: z.string(),
  place: z.string(),
  facts: z.string(),
  registeredAt: z.string(),
  createdBy: z.string(),
  officers: z.array(officer),
  parties: z.array(party),
  conveyances: z.array(conveyance),
  version: z.number().int(),
  access: caseAccess,
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseQuery = z.object({
  text: z.string().trim().max(50, '检索词不能超过50个字').optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  stage: z.enum(CASE_STAGE_CODES).optional(),
  officerId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type CaseQuery = z.input<typeof caseQuery>;

export const casePage = z.object({ items: z.array(caseSummary), total: z.number().int(), tookMs: z.number() });
export type CasePage = z.infer<typeof casePage>;

export const account = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLE_CODES),
  officerId: id.nullable(),
  /** A one-time password awaits its change: nothing but the change is open until then. */
  mustChangePassword: z.boolean().default(false),
});
export type Account = z.infer<typeof account>;

export const office = z.object({
  name: z.string(),
  shortName: z.string(),
  caseNumberTemplate: z.string(),
  demo: z.boolean(),
  /** 行政区划代码, '' until entered. */
  division: z.string().default(''),
});
export type Office = z.infer<typeof office>;

export const sessionInfo = z.object({
  token: z.string(),
  account,
  office,
  /** The session outlives a restart (its token is in the OS keychain). */
  remembered: z.boolean().default(false),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const numberingAudit = z.object({
  year: z.number().int(),
  series: z.array(
    z.object({
      series: z.string(),
      issued: z.number().int(),
      highest: z.number().int(),
      missing: z.array(z.number().int()),
      voided: z.array(z.object({ serial: z.number().int(), number: z.string(), reason: z.string() })),
    }),
  ),
});
export type NumberingAudit = z.infer<typeof numberingAudit>;

export const appInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  host: z.enum(['electron', 'browser']),
  /** No office yet: the first-run setup is the only thing open. */
  setupNeeded: z.boolean().default(false),
  /** The demo office (演示单位): the login page may show its demo accounts. */
  demo: z.boolean().default(false),
  /** The OS keychain (Secret Service, Credential Manager): where "stay signed in" and other secrets are kept. */
  keychain: z.object({ available: z.boolean(), kind: z.string(), message: z.string() }).default({ available: false, kind: 'none', message: '' }),
  /** The office's 安全设置 let users stay signed in (it also needs the keychain). */
  rememberAllowed: z.boolean().default(true),
});
export type AppInfo = z.infer<typeof appInfo>;
