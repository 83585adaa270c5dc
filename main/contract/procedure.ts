/**
 * The legal procedure in the API: the acts a case goes through (立案审批 … 归档), the facts they
 * leave on the case, the deadlines that follow from those facts, the review and approval queues,
 * and the office settings that vary by province.
 *
 * Every act carries the date it took effect (`on`), which may be earlier than the day it is
 * entered (paper first, computer later) but never later than today.
 */
import { z } from 'zod';
import { isoDate } from './schemas';
import { certificateWarning } from './people';
import type { Role } from './domain';

const id = z.number({ error: '请选择' }).int('请选择').positive('请选择');
const reasonText = (label: string, max = 2000) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);
const optionalNote = (max = 2000) => z.string().trim().max(max, `说明不能超过${max}个字`).optional().default('');
/** Yuan, whole or with fen. */
const yuan = (label: string) =>
  z.number({ error: `请填写${label}` }).min(0, `${label}不能为负数`).max(1e10, `${label}过大`).refine((n) => Math.round(n * 100) === n * 100, `${label}最多保留两位小数`);

/** A penalty as proposed, told or decided: what the decision document will order. */
export const penalty = z.object({
  warning: z.boolean().default(false),
  /** 罚款, yuan; 0 for none. */
  fine: yuan('罚款金额').default(0),
  /** 没收违法所得, yuan. */
  confiscatedGain: yuan('没收违法所得金额').default(0),
  /** 没收非法财物 of high value (counts towards the hearing right). */
  confiscatedPropertyValue: yuan('没收非法财物价值').default(0),
  /** 暂扣/吊销许可证件, 降低资质等级. */
  licenceAction: z.enum(['none', 'suspend', 'revoke', 'downgrade']).default('none'),
  /** 责令停产停业、责令关闭、限制从业. */
  businessRestriction: z.boolean().default(false),
  /** Anything else the decision orders (e.g. 责令改正). */
  other: z.string().trim().max(500, '其他处罚内容不能超过500个字').optional().default(''),
});
export type Penalty = z.output<typeof penalty>;

export const PENALTY_LICENCE_ACTIONS = [
  { code: 'none', label: '无' },
  { code: 'suspend', label: '暂扣许可证件' },
  { code: 'revoke', label: '吊销许可证件' },
  { code: 'downgrade', label: '降低资质等级' },
] as const;

/**
 * 调查终结 outcome proposed to the 负责人 (行政处罚法 第五十七条), with the 2021 grounds for not
 * penalising: 首违不罚 and 无主观过错 (第三十三条), and the limitation period (第三十六条).
 */
export const OUTCOMES = [
  { code: 'penalty', label: '给予行政处罚' },
  { code: 'no_penalty_minor', label: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚（第三十三条第一款）' },
  { code: 'no_penalty_first_offence', label: '初次违法且危害后果轻微并及时改正，不予行政处罚（首违不罚，第三十三条第一款）' },
  { code: 'no_penalty_no_fault', label: '有证据足以证明没有主观过错，不予行政处罚（第三十三条第二款）' },
  { code: 'no_penalty_limitation', label: '违法行为在法定期限内未被发现，不再给予行政处罚（第三十六条）' },
  { code: 'no_penalty_unfounded', label: '违法事实不能成立，不予行政处罚（第五十七条第一款第（三）项）' },
  { code: 'transfer', label: '涉嫌犯罪，移送司法机关' },
] as const;
export type Outcome = (typeof OUTCOMES)[number]['code'];
export const OUTCOME_CODES = OUTCOMES.map((o) => o.code) as unknown as readonly [Outcome, ...Outcome[]];
const outcome = z.enum(OUTCOME_CODES, { error: '请选择处理意见' });
/** Outcomes that end in a 不予行政处罚决定书. */
export const NO_PENALTY_OUTCOMES: readonly Outcome[] = ['no_penalty_minor', 'no_penalty_first_offence', 'no_penalty_no_fault', 'no_penalty_limitation', 'no_penalty_unfounded'];

/**
 * 当场收缴 grounds (行政处罚法 第六十八、六十九条). Without one the fine is paid at the bank
 * (罚缴分离, 第六十七条).
 */
export const COLLECTION_GROUNDS = [
  { code: 'none', label: '不当场收缴（十五日内到指定银行缴纳）' },
  { code: 'small', label: '依法给予一百元以下罚款（第六十八条第（一）项）' },
  { code: 'hard', label: '不当场收缴事后难以执行（第六十八条第（二）项）' },
  { code: 'remote', label: '在边远、水上、交通不便地区，当事人到指定银行缴纳确有困难，经当事人提出（第六十九条）' },
] as const;
export type CollectionGround = (typeof COLLECTION_GROUNDS)[number]['code'];
const collectionGround = z.enum(['none', 'small', 'hard', 'remote'], { error: '请选择是否当场收缴及其依据' });

/** What happens to items under 先行登记保存 within 7 days (行政处罚法 第五十六条). */
export const PRESERVATION_DISPOSITIONS = [
  { code: 'release', label: '解除先行登记保存，退还当事人' },
  { code: 'seize', label: '依法采取查封、扣押' },
  { code: 'other', label: '送检、鉴定或依法作其他处理' },
] as const;

/** 行政强制措施 kinds the transport laws give (行政强制法 第九条). */
export const MEASURE_KINDS = [
  { code: 'seize', label: '扣押' },
  { code: 'seal', label: '查封' },
  { code: 'detain_vehicle', label: '暂扣车辆' },
  { code: 'detain_vessel', label: '暂扣船舶' },
] as const;

/** 解除行政强制措施 grounds (行政强制法 第二十八条). */
export const RELEASE_GROUNDS = [
  { code: 'no_violation', label: '当事人没有违法行为' },
  { code: 'unrelated', label: '查封、扣押的场所、设施或者财物与违法行为无关' },
  { code: 'no_longer_needed', label: '行政机关对违法行为已经作出处理决定，不再需要查封、扣押' },
  { code: 'expired', label: '查封、扣押期限已经届满' },
  { code: 'other', label: '其他不再需要采取查封、扣押措施的情形' },
] as const;

/** 送达方式 (行政处罚法 第六十一条; 民事诉讼法 第八十七—九十五条). */
export const SERVICE_METHODS = [
  { code: 'direct', label: '直接送达' },
  { code: 'left', label: '留置送达' },
  { code: 'post', label: '邮寄送达' },
  { code: 'entrusted', label: '委托送达' },
  { code: 'electronic', label: '电子送达' },
  { code: 'publication', label: '公告送达' },
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number]['code'];

/** Ways a case is executed when the party does not pay or perform (行政强制法). */
export const ENFORCEMENT_KINDS = [
  { code: 'direct', label: '强制执行（划拨、拍卖等）' },
  { code: 'substitute', label: '代履行' },
  { code: 'court', label: '申请人民法院强制执行' },
] as const;

/**
 * One procedural act. The `type` names the act; the backend checks the role and the guards of
 * the case's procedure before it takes effect.
 */
export const procedureAction = z.discriminatedUnion('type', [
  /** 负责人批准立案 (普通程序). */
  z.object({ type: z.literal('approve_registration'), on: isoDate, opinion: optionalNote(500) }),
  /** 负责人 approves a coercive measure before it is taken (行政强制法 第十八条第（一）项). */
  z.object({ type: z.literal('approve_measure'), on: isoDate, opinion: optionalNote(500) }),
  /**
   * 实施行政强制措施 (requires the issued 行政强制措施决定书, form 8): after the 负责人's prior approval,
   * or in an emergency on the spot and reported for approval within 24 hours (第十九条), which is
   * also the path for a roadside 暂扣 before 立案 is approved.
   */
  z.object({
    type: z.literal('impose_measure'),
    on: isoDate,
    kind: z.enum(['seize', 'seal', 'detain_vehicle', 'detain_vessel'], { error: '请选择强制措施种类' }),
    items: reasonText('查封、扣押的财物', 1000),
    days: z.number().int().min(1, '期限至少1日').max(365, '期限过长'),
    emergency: z.boolean().default(false),
    /** Why the measure could not wait for approval. */
    emergencyReason: optionalNote(500),
  }),
  /** 负责人 approves, afterwards, a measure taken in an emergency (第十九条). */
  z.object({ type: z.literal('ratify_measure'), on: isoDate, measureId: id, opinion: optionalNote(500) }),
  /** 延长行政强制措施期限 (form 9), once. */
  z.object({ type: z.literal('extend_measure'), on: isoDate, measureId: id, days: z.number().int().min(1, '延长期限至少1日').max(365, '延长期限过长'), reason: reasonText('延长理由', 1000) }),
  /** 解除行政强制措施 (form 10). */
  z.object({
    type: z.literal('release_measure'),
    on: isoDate,
    measureId: id,
    ground: z.enum(['no_violation', 'unrelated', 'no_longer_needed', 'expired', 'other'], { error: '请选择解除理由' }),
    note: optionalNote(500),
  }),
  /**
   * 先行登记保存 of evidence, approved by the 负责人 (行政处罚法 第五十六条; form 6 issued). A decision on the
   * items is due within 7 days.
   */
  z.object({ type: z.literal('preserve_evidence'), on: isoDate, approvedOn: isoDate, items: reasonText('登记保存的证据', 1000) }),
  /** The decision on preserved evidence (form 7 when released). */
  z.object({
    type: z.literal('decide_preservation'),
    on: isoDate,
    preservationId: id,
    disposition: z.enum(['release', 'seize', 'other'], { error: '请选择处理决定' }),
    note: optionalNote(500),
  }),
  /** 调查终结, with the 案件调查报告's proposal. Recorded again to amend it while no decision is proposed. */
  z.object({
    type: z.literal('close_investigation'),
    on: isoDate,
    summary: reasonText('调查结论', 4000),
    outcome,
    penalty: penalty.default({ warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' }),
    /** 裁量情节: the tier label of the 案由's 裁量基准 that applies. */
    circumstance: z.string().trim().max(50).optional().default(''),
    /** Why the proposed fine departs from the 裁量基准 (required when it does). */
    departureReason: optionalNote(2000),
    /** 涉及重大公共利益 (法制审核 trigger 1). */
    majorPublicInterest: z.boolean().default(false),
    /** 案情疑难复杂、涉及多个法律关系 (法制审核 trigger 3; 集体讨论 when 情节复杂). */
    complex: z.boolean().default(false),
    /** 重大违法行为 (集体讨论 trigger). */
    serious: z.boolean().default(false),
    /**
     * 第三十六条: the 2-year limitation becomes 5 years where the violation endangered public life, health
     * or financial safety and had harmful consequences; the clerk states it with its reason.
     */
    longLimitation: z.boolean().default(false),
    longLimitationReason: optionalNote(1000),
  }),
  /** 提交法制审核. */
  z.object({ type: z.literal('submit_review'), on: isoDate, note: optionalNote(1000) }),
  /** 法制审核: 通过 / 退回, with the written opinion that stays in the case. */
  z.object({ type: z.literal('review_approve'), on: isoDate, opinion: reasonText('审核意见') }),
  z.object({ type: z.literal('review_return'), on: isoDate, opinion: reasonText('退回意见') }),
  /** 集体讨论 record. */
  z.object({ type: z.literal('record_discussion'), on: isoDate, participants: reasonText('参加人员', 500), conclusion: reasonText('讨论结论') }),
  /** 告知 (违法行为通知书, form 11, issued and handed to the party). */
  z.object({ type: z.literal('notify'), on: isoDate }),
  /** 当事人陈述申辩 received, or expressly waived. Waiving it does not waive the hearing (第六十二、六十四条). */
  z.object({ type: z.literal('record_statement'), on: isoDate, waived: z.boolean().default(false), summary: optionalNote(4000), adopted: z.boolean().default(false) }),
  /** 当事人明确放弃听证, in writing: ends the 5-day hearing-request window before it runs out. */
  z.object({ type: z.literal('waive_hearing'), on: isoDate, note: optionalNote(500) }),
  /**
   * 补充调查 / 重新告知: investigation continues after 告知 (new facts at a hearing, a heavier penalty);
   * 调查终结, review and 告知 are done again with fresh periods.
   */
  z.object({ type: z.literal('reopen_investigation'), on: isoDate, reason: reasonText('补充调查的理由') }),
  /** 当事人要求听证 (within 5 days of being told). */
  z.object({ type: z.literal('request_hearing'), on: isoDate }),
  /** 听证通知 (form 12), at least 7 days before the hearing. */
  z.object({ type: z.literal('schedule_hearing'), on: isoDate, hearingOn: isoDate, hostOfficerId: id, place: reasonText('听证地点', 200) }),
  /** 听证 held (form 13), or waived by absence or withdrawal. */
  z.object({ type: z.literal('record_hearing'), on: isoDate, held: z.boolean({ error: '请选择是否举行听证' }), summary: optionalNote(4000) }),
  /** 决定 proposed by the 承办人 for the 负责人's approval. */
  z.object({
    type: z.literal('propose_decision'),
    on: isoDate,
    outcome,
    penalty: penalty.default({ warning: false, fine: 0, confiscatedGain: 0, confiscatedPropertyValue: 0, licenceAction: 'none', businessRestriction: false, other: '' }),
    circumstance: z.string().trim().max(50).optional().default(''),
    departureReason: optionalNote(2000),
    /** 移送: the receiving body. */
    transferTo: z.string().trim().max(100).optional().default(''),
    /** 责令当事人排除妨碍、恢复原状 the decision orders besides the penalty: what 代履行 may later enforce (行政强制法 第五十条). */
    duty: z.string().trim().max(500, '责令履行的义务不能超过500个字').optional().default(''),
  }),
  /** 负责人 approves the proposed decision (the decision date), or returns it. */
  z.object({ type: z.literal('approve_decision'), on: isoDate, opinion: optionalNote(1000) }),
  z.object({ type: z.literal('return_decision'), on: isoDate, opinion: reasonText('退回意见') }),
  /** 延长办案期限 beyond 90 days, approved by the 负责人. */
  z.object({ type: z.literal('extend_decision_deadline'), on: isoDate, days: z.number().int().min(1, '延长期限至少1日').max(365, '延长期限过长'), reason: reasonText('延长理由') }),
  /** 送达 of the decision (form 15/16, 送达回证 form 23). */
  z.object({
    type: z.literal('record_service'),
    on: isoDate,
    method: z.enum(['direct', 'left', 'post', 'entrusted', 'electronic', 'publication'], { error: '请选择送达方式' }),
    /** 电子送达: the party agreed and signed a 送达地址确认书. */
    consent: z.boolean().default(false),
    /** 公告送达 to a party abroad: deemed served after 60 days instead of 30. */
    abroad: z.boolean().default(false),
    recipient: optionalNote(100),
  }),
  /** 分期 / 延期缴纳 granted (form 17). */
  z.object({
    type: z.literal('grant_payment_plan'),
    on: isoDate,
    kind: z.enum(['instalments', 'deferral'], { error: '请选择分期或延期' }),
    /** Instalments: each due date and amount; deferral: one entry with the new due date and the whole amount. */
    schedule: z.array(z.object({ dueOn: isoDate, amount: yuan('分期金额') })).min(1, '请填写缴款计划').max(24, '分期不能超过24期'),
    reason: reasonText('批准理由', 1000),
  }),
  /** 缴纳罚款 recorded from the bank's receipt. */
  z.object({ type: z.literal('record_payment'), on: isoDate, amount: yuan('缴款金额'), receiptNo: optionalNote(50) }),
  /** 催告 (form 19), served on the party. */
  z.object({ type: z.literal('issue_demand'), on: isoDate, performBy: isoDate }),
  /**
   * 强制执行决定 (only where the office holds the power, 行政强制法 第十三条) / 代履行决定 (排除妨碍、恢复原状 duties,
   * 第五十条; immediate 代履行 to clear a road or waterway needs no prior 催告, 第五十二条) / 申请法院强制执行.
   */
  z.object({
    type: z.literal('enforce'),
    on: isoDate,
    kind: z.enum(['direct', 'substitute', 'court'], { error: '请选择执行方式' }),
    immediate: z.boolean().default(false),
    note: optionalNote(1000),
  }),
  /** The party performed the 排除妨碍、恢复原状 duty itself. */
  z.object({ type: z.literal('record_duty_performed'), on: isoDate, note: reasonText('履行情况', 1000) }),
  /** Execution finished (全部履行 / 执行完毕 / 法院受理 …). */
  z.object({ type: z.literal('record_execution_done'), on: isoDate, note: reasonText('执行情况', 1000) }),
  /** 简易程序: 当场处罚决定 (form 14), the party's signature or refusal. */
  z.object({
    type: z.literal('record_on_spot_decision'),
    on: isoDate,
    penalty,
    /** Where the decision was made (printed on form 14). */
    place: reasonText('作出决定的地点', 200),
    partySigned: z.boolean({ error: '请选择当事人是否签收' }),
    refusalNote: optionalNote(500),
    /** 当场收缴: only on a ground of 第六十八、六十九条, against the 财政部门统一制发的专用票据 (第七十条). */
    collectionGround: collectionGround.default('none'),
    paidOnSpot: z.boolean().default(false),
    receiptNo: optionalNote(50),
  }),
  /** 简易程序: the decision's copy filed with the agency (within 5 days). */
  z.object({ type: z.literal('file_on_spot_decision'), on: isoDate }),
  /** 结案 (结案报告, form 24), approved by the 负责人. */
  z.object({ type: z.literal('close_case'), on: isoDate, note: optionalNote(1000) }),
  /** 立卷归档. */
  z.object({ type: z.literal('archive'), on: isoDate, retention: z.enum(['permanent', '30y', '10y'], { error: '请选择保管期限' }) }),
  /** 撤销立案. */
  z.object({ type: z.literal('revoke'), on: isoDate, reason: reasonText('撤销理由') }),
  /** 移送 to another agency or the judiciary before a decision. */
  z.object({ type: z.literal('transfer'), on: isoDate, to: reasonText('接收机关', 100), reason: reasonText('移送理由') }),
]);
export type ProcedureAction = z.output<typeof procedureAction>;
export type ProcedureActionInput = z.input<typeof procedureAction>;
export type ActionType = ProcedureAction['type'];
export const ACTION_TYPES = procedureAction.options.map((o) => o.shape.type.value) as ActionType[];

/** The Chinese name of each act, as buttons and the case history print it; and who performs it. */
export const ACTIONS: Record<ActionType, { label: string; roles: readonly Role[] }> = {
  approve_registration: { label: '批准立案', roles: ['head'] },
  approve_measure: { label: '批准采取强制措施', roles: ['head'] },
  impose_measure: { label: '采取行政强制措施', roles: ['clerk'] },
  ratify_measure: { label: '补批紧急强制措施', roles: ['head'] },
  extend_measure: { label: '批准延长强制措施期限', roles: ['head'] },
  release_measure: { label: '解除强制措施', roles: ['clerk'] },
  preserve_evidence: { label: '先行登记保存证据', roles: ['clerk'] },
  decide_preservation: { label: '处理登记保存的证据', roles: ['clerk'] },
  close_investigation: { label: '调查终结', roles: ['clerk'] },
  submit_review: { label: '提交法制审核', roles: ['clerk'] },
  review_approve: { label: '审核通过', roles: ['reviewer'] },
  review_return: { label: '退回修改', roles: ['reviewer'] },
  record_discussion: { label: '记录集体讨论', roles: ['head'] },
  notify: { label: '告知当事人', roles: ['clerk'] },
  record_statement: { label: '记录陈述申辩', roles: ['clerk'] },
  waive_hearing: { label: '记录放弃听证', roles: ['clerk'] },
  reopen_investigation: { label: '补充调查（重新告知）', roles: ['clerk'] },
  request_hearing: { label: '记录听证申请', roles: ['clerk'] },
  schedule_hearing: { label: '通知听证', roles: ['clerk'] },
  record_hearing: { label: '记录听证', roles: ['clerk'] },
  propose_decision: { label: '提请决定', roles: ['clerk'] },
  approve_decision: { label: '批准决定', roles: ['head'] },
  return_decision: { label: '退回决定', roles: ['head'] },
  extend_decision_deadline: { label: '延长办案期限', roles: ['head'] },
  record_service: { label: '记录送达', roles: ['clerk'] },
  grant_payment_plan: { label: '批准分期/延期缴纳', roles: ['head'] },
  record_payment: { label: '记录缴款', roles: ['clerk'] },
  issue_demand: { label: '催告', roles: ['clerk'] },
  enforce: { label: '强制执行', roles: ['head'] },
  record_duty_performed: { label: '记录当事人履行义务', roles: ['clerk'] },
  record_execution_done: { label: '记录执行完毕', roles: ['clerk'] },
  record_on_spot_decision: { label: '当场处罚决定', roles: ['clerk'] },
  file_on_spot_decision: { label: '报所属机关备案', roles: ['clerk'] },
  close_case: { label: '批准结案', roles: ['head'] },
  archive: { label: '立卷归档', roles: ['archivist'] },
  revoke: { label: '撤销立案', roles: ['head'] },
  transfer: { label: '移送', roles: ['head'] },
};

export const measureState = z.object({
  id,
  kind: z.enum(['seize', 'seal', 'detain_vehicle', 'detain_vessel']),
  items: z.string(),
  startedOn: isoDate,
  days: z.number().int(),
  extendedDays: z.number().int().nullable(),
  extendedOn: isoDate.nullable(),
  releasedOn: isoDate.nullable(),
  releaseGround: z.string().nullable(),
  /** Taken in an emergency before approval (行政强制法 第十九条). */
  emergency: z.boolean().default(false),
  /** The 负责人's approval: before the measure, or afterwards for an emergency one; null while an emergency one awaits it. */
  approvedOn: isoDate.nullable().default(null),
});
export type MeasureState = z.infer<typeof measureState>;

/** The procedural facts of a case: what its acts established. The stage and deadlines follow from these alone. */
export const procedureState = z.object({
  registrationApprovedOn: isoDate.nullable().default(null),
  measures: z.array(measureState).default([]),
  /** A 负责人's prior approval of a measure not yet taken (consumed by the next impose_measure). */
  measureApprovalOn: isoDate.nullable().default(null),
  /** 先行登记保存 (行政处罚法 第五十六条). */
  preservations: z
    .array(
      z.object({
        id,
        items: z.string(),
        startedOn: isoDate,
        approvedOn: isoDate,
        decidedOn: isoDate.nullable(),
        disposition: z.enum(['release', 'seize', 'other']).nullable(),
      }),
    )
    .default([]),
  nextPreservationId: z.number().int().default(1),
  investigationClosedOn: isoDate.nullable().default(null),
  /** The 调查终结 proposal (latest recording). */
  proposal: z
    .object({
      outcome,
      penalty,
      circumstance: z.string(),
      departureReason: z.string(),
      majorPublicInterest: z.boolean(),
      complex: z.boolean(),
      serious: z.boolean(),
      longLimitation: z.boolean().default(false),
      longLimitationReason: z.string().default(''),
    })
    .nullable()
    .default(null),
  review: z
    .object({
      status: z.enum(['none', 'pending', 'returned', 'approved']),
      submittedOn: isoDate.nullable(),
      decidedOn: isoDate.nullable(),
      /** Review rounds so far (each submission is one). */
      rounds: z.number().int(),
    })
    .default({ status: 'none', submittedOn: null, decidedOn: null, rounds: 0 }),
  discussionOn: isoDate.nullable().default(null),
  notifiedOn: isoDate.nullable().default(null),
  /** How many times the party was told (告知, and 重新告知 after a reopening): each needs its own form 11. */
  notifications: z.number().int().default(0),
  /** Whether the party was told of the right to a hearing (the proposal qualified). */
  hearingRightTold: z.boolean().default(false),
  statement: z.object({ on: isoDate, waived: z.boolean(), adopted: z.boolean() }).nullable().default(null),
  /** An express waiver of the hearing, separate from waiving 陈述申辩. */
  hearingWaivedOn: isoDate.nullable().default(null),
  /** 补充调查 after 告知. */
  reopenings: z.array(z.object({ on: isoDate, reason: z.string() })).default([]),
  /** A hearing held before a reopening: the case still "went through a hearing" (第五十八条第（二）项). */
  pastHearingHeldOn: isoDate.nullable().default(null),
  hearing: z
    .object({
      requestedOn: isoDate,
      noticeOn: isoDate.nullable(),
      hearingOn: isoDate.nullable(),
      hostOfficerId: id.nullable(),
      heldOn: isoDate.nullable(),
      waivedOn: isoDate.nullable(),
    })
    .nullable()
    .default(null),
  decisionExtensions: z.array(z.object({ on: isoDate, days: z.number().int() })).default([]),
  decision: z
    .object({
      outcome,
      penalty,
      circumstance: z.string(),
      departureReason: z.string(),
      transferTo: z.string(),
      /** 排除妨碍、恢复原状 ordered by the decision ('' for none). */
      duty: z.string().default(''),
      proposedOn: isoDate,
      /** The 负责人's approval: the decision date. */
      decidedOn: isoDate.nullable(),
    })
    .nullable()
    .default(null),
  service: z
    .object({ method: z.enum(['direct', 'left', 'post', 'entrusted', 'electronic', 'publication']), on: isoDate, effectiveOn: isoDate, abroad: z.boolean() })
    .nullable()
    .default(null),
  /** Money the decision orders paid (fine + confiscated gain), yuan. */
  amountDue: z.number().default(0),
  paymentPlan: z
    .object({ kind: z.enum(['instalments', 'deferral']), on: isoDate, schedule: z.array(z.object({ dueOn: isoDate, amount: z.number() })) })
    .nullable()
    .default(null),
  payments: z.array(z.object({ on: isoDate, amount: z.number() })).default([]),
  demand: z.object({ on: isoDate, performBy: isoDate }).nullable().default(null),
  enforcement: z.object({ on: isoDate, kind: z.enum(['direct', 'substitute', 'court']) }).nullable().default(null),
  /** 立即代履行 (行政强制法 第五十二条), which needs no decision or 催告 first. */
  immediateSubstitution: z.object({ on: isoDate }).nullable().default(null),
  /** The party performed the decision's 排除妨碍、恢复原状 duty. */
  dutyDoneOn: isoDate.nullable().default(null),
  executionDoneOn: isoDate.nullable().default(null),
  /** 简易程序. */
  onSpot: z
    .object({
      on: isoDate,
      partySigned: z.boolean({ error: '请选择当事人是否签收' }),
      paidOnSpot: z.boolean(),
      filedOn: isoDate.nullable(),
      place: z.string().default(''),
      collectionGround: collectionGround.default('none'),
      receiptNo: z.string().default(''),
    })
    .nullable()
    .default(null),
  closedOn: isoDate.nullable().default(null),
  archivedOn: isoDate.nullable().default(null),
  retention: z.enum(['permanent', '30y', '10y']).nullable().default(null),
  revokedOn: isoDate.nullable().default(null),
  transferredOn: isoDate.nullable().default(null),
  transferTo: z.string().default(''),
  /** The next measure id. */
  nextMeasureId: z.number().int().default(1),
});
export type ProcedureState = z.infer<typeof procedureState>;

/** Who the case waits for: drives the review and approval queues. */
export const AWAITING = ['clerk', 'reviewer', 'head', 'archivist'] as const;
export type Awaiting = (typeof AWAITING)[number];

/** Kinds of deadline the workstation watches. */
export const DEADLINE_KINDS = [
  { code: 'on_spot_filing', label: '当场处罚决定报备', basis: '交通运输行政执法程序规定（2021）第六十一条：5日内报所属行政机关备案' },
  { code: 'measure_expiry', label: '强制措施期限届满', basis: '行政强制法 第二十五条：查封、扣押期限不超过30日，延长不超过30日' },
  { code: 'measure_report', label: '紧急强制措施补办批准', basis: '行政强制法 第十九条：情况紧急当场实施的，应当在24小时内向行政机关负责人报告，并补办批准手续' },
  { code: 'evidence_decision', label: '先行登记保存处理决定', basis: '行政处罚法 第五十六条：先行登记保存的，应当在七日内及时作出处理决定' },
  { code: 'statement_period', label: '陈述申辩期限', basis: '行政处罚法 第四十四、四十五条；期限按本单位设置' },
  { code: 'hearing_request', label: '听证申请期限', basis: '行政处罚法 第六十四条：告知后5日内提出' },
  { code: 'hearing_notice', label: '听证通知最迟日期', basis: '行政处罚法 第六十四条：听证的7日前通知当事人' },
  { code: 'decision', label: '作出处罚决定期限', basis: '行政处罚法 第六十条：立案之日起90日内' },
  { code: 'service', label: '送达处罚决定书期限', basis: '行政处罚法 第六十一条：7日内送达' },
  { code: 'deemed_service', label: '公告送达视为送达', basis: '民事诉讼法 第九十五条：公告之日起经过30日（境外60日）视为送达' },
  { code: 'payment', label: '缴纳罚款期限', basis: '行政处罚法 第六十七条：收到处罚决定书之日起15日内' },
  { code: 'instalment', label: '分期/延期缴纳到期', basis: '行政处罚法 第六十六条第二款' },
  { code: 'demand_period', label: '催告履行期限', basis: '行政强制法 第三十五条' },
  { code: 'court_application', label: '申请法院强制执行期限', basis: '行政强制法 第五十三条：复议、诉讼期限届满之日起3个月内' },
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]['code'];
export const DEADLINE_KIND_CODES = DEADLINE_KINDS.map((k) => k.code) as unknown as readonly [DeadlineKind, ...DeadlineKind[]];

export const deadline = z.object({
  kind: z.enum(DEADLINE_KIND_CODES),
  /** The day the period starts from. */
  fromOn: isoDate,
  dueOn: isoDate,
  /** How the period was counted, e.g. "5个工作日" or "90日". */
  rule: z.string(),
  status: z.enum(['open', 'met']),
  metOn: isoDate.nullable(),
});
export type Deadline = z.infer<typeof deadline>;

export const caseEvent = z.object({
  id,
  type: z.enum(ACTION_TYPES as unknown as readonly [ActionType, ...ActionType[]]),
  on: isoDate,
  /** The act's input as recorded (opinions, reasons, amounts). */
  data: z.record(z.string(), z.unknown()),
  actorName: z.string(),
  actorRole: z.string(),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof caseEvent>;

export const availableAction = z.object({
  type: z.enum(ACTION_TYPES as unknown as readonly [ActionType, ...ActionType[]]),
  /** False when a guard refuses it now; `reason` says why, in Chinese. */
  enabled: z.boolean(),
  reason: z.string().nullable(),
});
export type AvailableAction = z.infer<typeof availableAction>;

/** What a case's 程序 panel shows. */
export const procedureView = z.object({
  caseId: id,
  caseNumber: z.string(),
  caseVersion: z.number().int(),
  procedure: z.enum(['general', 'simple']),
  stage: z.string(),
  awaiting: z.enum(AWAITING).nullable(),
  state: procedureState,
  events: z.array(caseEvent),
  deadlines: z.array(deadline),
  /** The acts the signed-in role performs at this point of the procedure, each enabled or refused with its reason. */
  actions: z.array(availableAction),
  /** What the office's settings require of this case now. */
  requirements: z.object({ legalReview: z.boolean(), collectiveDiscussion: z.boolean(), hearingRight: z.boolean() }),
  /** 加处罚款 accrued to today (3 % a day, capped at the fine), yuan. */
  lateFee: z.number(),
  /** Outstanding amount (due − paid), yuan. */
  outstanding: z.number(),
  today: isoDate,
});
export type ProcedureView = z.infer<typeof procedureView>;

/** One line of the deadline dashboard. */
export const dueItem = z.object({
  caseId: id,
  caseNumber: z.string(),
  causeTitle: z.string(),
  partyName: z.string(),
  stage: z.string(),
  kind: z.enum(DEADLINE_KIND_CODES),
  dueOn: isoDate,
  /** Days from today to the due date; negative when overdue. */
  daysLeft: z.number().int(),
});
export type DueItem = z.infer<typeof dueItem>;

export const dashboard = z.object({
  today: isoDate,
  alertDays: z.number().int(),
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int(), dueSoon: z.number().int(), open: z.number().int() }),
  overdue: z.array(dueItem),
  dueSoon: z.array(dueItem),
  /** Cases waiting for the signed-in person's role. */
  /** `reason`: the part the person plays in the case (承办 for a clerk); `note`: what is awaited, never blank. */
  queue: z.array(z.object({ caseId: id, caseNumber: z.string(), causeTitle: z.string(), partyName: z.string(), stage: z.string(), since: z.string(), reason: z.string(), note: z.string() })),
  queueTotal: z.number().int(),
  /** Certificates lapsed under open cases the caller handles (all open cases for the head): 行政处罚法 第四十二条. */
  certificateWarnings: z.array(certificateWarning).default([]),
  tookMs: z.number(),
});
export type Dashboard = z.infer<typeof dashboard>;

/**
 * Thresholds that vary by province. Defaults are the law's where it is fixed, otherwise a common
 * provincial choice; each is marked with its source in `PROCEDURE_SETTING_SOURCES`.
 */
const amount = () => z.number({ error: '请填写金额' }).int('金额应为整数（元）').min(0, '金额不能为负数').max(1e9, '金额过大');
const whole = (min: number, max: number) => z.number({ error: '请填写数字' }).int('请填写整数').min(min, `不能小于${min}`).max(max, `不能大于${max}`);

export const procedureSettings = z.object({
  /** 较大数额罚款 for the hearing right, yuan (≥). */
  hearingFineIndividual: amount(),
  hearingFineOrganisation: amount(),
  /** 没收较大数额违法所得 / 较高价值非法财物, yuan (≥). */
  hearingConfiscationIndividual: amount(),
  hearingConfiscationOrganisation: amount(),
  /** 法制审核目录: every 普通程序 penalty decision, or only those that meet a trigger. */
  reviewAllGeneral: z.boolean({ error: '请选择是或否' }),
  reviewFineIndividual: amount(),
  reviewFineOrganisation: amount(),
  /** 集体讨论 triggers besides 情节复杂/重大违法: fine at or above, licence revocation. */
  discussionFineIndividual: amount(),
  discussionFineOrganisation: amount(),
  discussionOnRevocation: z.boolean({ error: '请选择是或否' }),
  /** 陈述申辩 period after 告知, working days. */
  statementWorkingDays: whole(1, 30),
  /**
   * 延长办案期限: off unless a 法律、法规、规章 gives this office another limit (行政处罚法 第六十条); switched on
   * only with that basis named. Then by how many days each time, and how many times.
   */
  decisionExtensionEnabled: z.boolean({ error: '请选择是或否' }),
  decisionExtensionBasis: z.string().trim().max(200, '依据不能超过200个字'),
  decisionExtensionDays: whole(0, 365),
  decisionExtensionsMax: whole(0, 5),
  /**
   * 行政强制执行权 (划拨、拍卖 by the office itself): only where a law grants it (行政强制法 第十三、三十四、四十七条);
   * most transport offices apply to the court instead. Off by default, on only with the granting law named.
   */
  directEnforcement: z.boolean({ error: '请选择是或否' }),
  directEnforcementBasis: z.string().trim().max(200, '依据不能超过200个字'),
  /** Periods of 2, 3, 5, 7 days (行政处罚法 第八十五条) and ≤ 10 days (行政强制法 第六十九条) count working days. */
  shortPeriodsInWorkingDays: z.boolean({ error: '请选择是或否' }),
  /** A period ending on a holiday ends on the next working day (民事诉讼法 第八十五条, applied by analogy). */
  rollOverHolidays: z.boolean({ error: '请选择是或否' }),
  /** Alert this many days before a deadline. */
  alertDays: whole(0, 60),
});
export type ProcedureSettings = z.infer<typeof procedureSettings>;

export const PROCEDURE_SETTING_SOURCES: Record<keyof ProcedureSettings, string> = {
  hearingFineIndividual: '“较大数额”由各省规定（行政处罚法 第六十三条），默认值取多数省份常见标准，请按本省规定核对',
  hearingFineOrganisation: '同上；海事系统为10万元',
  hearingConfiscationIndividual: '“较大数额违法所得、较高价值非法财物”由各省规定',
  hearingConfiscationOrganisation: '同上',
  reviewAllGeneral: '行政处罚法 第五十八条列明须审核情形；多数省份法制审核目录覆盖全部普通程序处罚决定',
  reviewFineIndividual: '本单位法制审核目录的金额标准',
  reviewFineOrganisation: '本单位法制审核目录的金额标准',
  discussionFineIndividual: '行政处罚法 第五十七条第二款（情节复杂或重大违法）；金额标准由本单位规定',
  discussionFineOrganisation: '同上',
  discussionOnRevocation: '吊销许可证件通常列为重大执法决定',
  statementWorkingDays: '交通运输领域未统一规定，多地规定为3个工作日',
  decisionExtensionEnabled: '行政处罚法 第六十条：90日内作出决定，“法律、法规、规章另有规定的，从其规定”；交通运输领域是否另有规定未经核实，默认不允许延长',
  decisionExtensionBasis: '允许延长时必须写明规定另行期限的法律、法规或规章条款',
  decisionExtensionDays: '跨部门常见做法：经负责人批准延长30日（以所依据的规定为准）',
  decisionExtensionsMax: '再次延长须经集体讨论（常见做法）',
  shortPeriodsInWorkingDays: '行政处罚法 第八十五条；行政强制法 第六十九条',
  directEnforcement: '行政强制法 第十三条：行政强制执行由法律设定；法律没有规定的，应当申请人民法院强制执行。多数交通运输执法部门没有直接强制执行权，默认关闭',
  directEnforcementBasis: '开启时必须写明授予本机关强制执行权的法律条款',
  rollOverHolidays: '民事诉讼法 第八十五条（期间届满的最后一日是法定休假日的，以之后的第一日为期间届满的日期）',
  alertDays: '提前提醒天数',
};

export const DEFAULT_PROCEDURE_SETTINGS: ProcedureSettings = {
  hearingFineIndividual: 2000,
  hearingFineOrganisation: 50000,
  hearingConfiscationIndividual: 10000,
  hearingConfiscationOrganisation: 100000,
  reviewAllGeneral: true,
  reviewFineIndividual: 10000,
  reviewFineOrganisation: 100000,
  discussionFineIndividual: 50000,
  discussionFineOrganisation: 200000,
  discussionOnRevocation: true,
  statementWorkingDays: 3,
  decisionExtensionEnabled: false,
  decisionExtensionBasis: '',
  decisionExtensionDays: 30,
  decisionExtensionsMax: 2,
  directEnforcement: false,
  directEnforcementBasis: '',
  shortPeriodsInWorkingDays: true,
  rollOverHolidays: true,
  alertDays: 3,
};

/** A day the admin marked: a public holiday, or a weekend day worked in lieu (调休上班). */
export const calendarDay = z.object({
  day: isoDate,
  kind: z.enum(['holiday', 'workday'], { error: '请选择节假日或调休上班' }),
  name: z.string().trim().max(20, '名称不能超过20个字').default(''),
});
export type CalendarDay = z.infer<typeof calendarDay>;
