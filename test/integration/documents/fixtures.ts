/**
 * Cases and office settings the document tests render from: one case against a person, one
 * against a company, as the case service returns them (CaseDetail).
 */
import type { CaseDetail } from '../../../main/contract/schemas';
import { DEFAULT_PROCEDURE_SETTINGS, procedureState } from '../../../main/contract/procedure';
import type { FormData, FormDefinition, OfficeDocumentSettings, PrefillContext, PrefillProcedure } from '../../../main/documents/definition';
import { prefillForm } from '../../../main/documents/form-data';

export const OFFICE: OfficeDocumentSettings = {
  name: '东州市交通运输综合行政执法支队',
  address: '东州市滨江区江南大道1088号',
  zip: '310051',
  contact: '李明',
  phone: '0571-87651234',
  reconsiderationOrgan: '东州市人民政府',
  litigationCourt: '东州市滨江区人民法院',
  payBank: '中国工商银行东州滨江支行',
  payAccount: '1202020109900012345',
};

const officers = [
  { id: 1, name: '李明', certNo: '14330100001', unit: '东州市交通运输综合行政执法支队', active: true },
  { id: 2, name: '王芳', certNo: '14330100002', unit: '东州市交通运输综合行政执法支队', active: true },
];

const cause = {
  id: 4,
  category: 'road_transport' as const,
  code: 'RT-04',
  title: '未取得从业资格的人员驾驶道路运输经营车辆',
  legalBasis: '《中华人民共和国道路运输条例》第九条、第二十二条',
  penaltyBasis: '《中华人民共和国道路运输条例》第六十四条',
  penaltyRange: '责令改正，处200元以上2000元以下罚款',
  fineMin: null,
  fineMax: null,
  discretion: [],
};

export const INDIVIDUAL_CASE: CaseDetail = {
  id: 101,
  caseNumber: '东交执罚〔2026〕15号',
  category: 'road_transport',
  cause,
  procedure: 'general',
  stage: 'investigation',
  source: 'inspection',
  sourceDetail: '',
  occurredAt: '2026-11-20T10:15',
  place: '东州市滨江区江南大道与长河路交叉口',
  facts:
    '2026年11月20日10时15分，执法人员在东州市滨江区江南大道与长河路交叉口开展路面检查时，发现当事人驾驶浙A12345号重型厢式货车从事道路货物运输经营，' +
    '经查，当事人未取得道路运输从业资格证。现场提取了运单一份，并制作了现场笔录。',
  registeredAt: '2026-11-20T16:30:00',
  createdBy: '李明',
  officers,
  parties: [
    {
      id: 11,
      kind: 'individual',
      name: '张建华',
      gender: 'male',
      ethnicity: '01',
      birthDate: '1988-03-07',
      idType: 'resident_id',
      idNumber: '330106198803074512',
      creditCode: null,
      legalRep: null,
      legalRepTitle: null,
      address: '浙江省东州市西湖区文三路259号3幢502室',
      phone: '13857112345',
      workplace: '东州顺达物流有限公司 驾驶员',
      idIssuer: null, idValidFrom: null, idValidUntil: null, englishName: null, nationality: null, card: null,
    },
  ],
  conveyances: [{ id: 21, kind: 'vehicle', plate: '浙A12345', plateColor: '黄色', model: '重型厢式货车' }],
  version: 1,
  access: { draft: true, act: true, reason: '' },
};

export const ORGANISATION_CASE: CaseDetail = {
  ...INDIVIDUAL_CASE,
  id: 102,
  caseNumber: '东交执罚〔2026〕16号',
  cause: {
    ...cause,
    id: 1,
    code: 'RT-01',
    title: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
    legalBasis: '《中华人民共和国道路运输条例》第二十一条、第二十四条',
    penaltyBasis: '《中华人民共和国道路运输条例》第六十三条第（一）项',
  },
  facts: '当事人未取得道路运输经营许可，自2026年10月起使用自有车辆承揽货物运输业务，经营额共计人民币8600元。',
  parties: [
    {
      id: 12,
      kind: 'organisation',
      name: '东州市速达货运服务有限公司',
      gender: null,
      ethnicity: null,
      birthDate: null,
      idType: null,
      idNumber: null,
      creditCode: '91330100MA2H3K4L5N',
      legalRep: '陈国强',
      legalRepTitle: '执行董事',
      address: '东州市钱塘区下沙街道福城路88号',
      phone: '0571-86001234',
      workplace: null,
      idIssuer: null, idValidFrom: null, idValidUntil: null, englishName: null, nationality: null, card: null,
    },
  ],
};

export function contextFor(caseDetail: CaseDetail, today = '2026-11-24', procedure?: PrefillProcedure): PrefillContext {
  return { caseDetail, office: OFFICE, party: caseDetail.parties[0] ?? null, today, ...(procedure ? { procedure } : {}) };
}

/** A recorded procedure as the pre-fill reads it: the state given (parsed with its defaults) and the office's settings. */
export function procedureFixture(state: Record<string, unknown>, extra: Partial<Omit<PrefillProcedure, 'state'>> = {}): PrefillProcedure {
  return {
    state: procedureState.parse(state),
    settings: DEFAULT_PROCEDURE_SETTINGS,
    requirements: { legalReview: false, collectiveDiscussion: false, hearingRight: false },
    outstanding: 0,
    lateFee: 0,
    statementDueOn: null,
    ...extra,
  };
}

export const CREATED_AT = '2026-11-24T10:00:00';

/**
 * What a clerk adds to the pre-filled data to finish each form (fields the case cannot know),
 * by form number.
 */
export const COMPLETIONS: Record<number, (c: CaseDetail) => FormData> = {
  1: () => ({
    deptOpinion: '经初步核查，当事人涉嫌违法，符合立案条件，建议立案调查。',
    deptDate: '2026-11-20',
    leaderOpinion: '同意立案，由李明、王芳承办。',
    leaderDate: '2026-11-20',
  }),
  2: (c) => ({
    askStart: '2026-11-24T09:30',
    askEnd: '2026-11-24T10:45',
    place: '东州市交通运输综合行政执法支队第一询问室',
    recorder: '陈刚',
    ...(c.parties[0].kind === 'organisation' ? { sex: '男', age: '52', idNo: '330102197405121234' } : {}),
    qa: [
      { q: '你是否申请我们回避？', a: '不申请。' },
      { q: '请你讲一下2026年11月20日上午的运输情况。', a: '当天上午浙A12345号货车从钱塘区装货，运往滨江区的工地，运费按趟结算，每趟四百元。' },
      { q: '驾驶人是否取得了道路运输从业资格证？', a: '没有，报名考过一次，没有通过。' },
    ],
  }),
  3: () => ({
    start: '2026-11-20T11:00',
    end: '2026-11-20T11:40',
    weather: '晴',
    recorder: '陈刚',
    result: '浙A12345号重型厢式货车停放于检查点，车厢内装载建筑材料约12吨，车辆前挡风玻璃处未放置道路运输证。',
  }),
  4: () => ({
    end: '2026-11-20T10:50',
    facts: '执法人员在江南大道与长河路交叉口拦停浙A12345号重型厢式货车，驾驶人张建华未能出示道路运输从业资格证，车厢内装载建筑材料，随车运单载明运费四百元。',
    recorder: '陈刚',
    readState: ['已看过'],
    personSignTime: '2026-11-20',
    officerSignTime: '2026-11-20',
  }),
  5: () => ({
    start: '2026-11-21T09:00',
    end: '2026-11-21T09:30',
    items: [{ name: '货物运单', spec: 'SD-2026-1120', quantity: '1份', location: '驾驶室' }],
  }),
  6: () => ({ to: '2026-11-30', items: [{ name: '货物运输合同', spec: 'A4纸质', quantity: '1份', location: '本机关证物室' }] }),
  7: () => ({ saveDate: '2026-11-21' }),
  8: () => ({
    basis: '《中华人民共和国道路运输条例》第六十八条',
    object: '浙A12345号重型厢式货车一辆',
    measure: ['扣押'],
    periodTo: '2026-12-23',
    inventory: [{ name: '重型厢式货车（浙A12345）', spec: '东风牌', quantity: '1辆', note: '' }],
  }),
  9: () => ({ measureDate: '2026-11-24', measure: '扣押', extendReason: '案情复杂，需进一步调查取证', extendTo: '2027-01-22' }),
  10: () => ({
    measureDate: '2026-11-24',
    measure: '扣押',
    clause: ['（三）已作处理决定'],
    returned: [{ name: '重型厢式货车（浙A12345）', spec: '东风牌', quantity: '1辆', note: '' }],
  }),
  11: () => ({ proposed: '罚款人民币1000元', proposedFine: 1000, statementDays: '3', rights: ['陈述申辩', '要求举行听证'] }),
  12: () => ({
    hearingTime: '2026-12-08T09:30',
    hearingPlace: '本机关三楼听证室',
    presiding: '赵敏',
    presidingPos: '法制科科长',
    clerk: '周红',
    clerkPos: '科员',
  }),
  13: () => ({
    place: '本机关三楼听证室',
    start: '2026-12-08T09:30',
    end: '2026-12-08T11:00',
    presiding: '赵敏',
    clerk: '周红',
    record: '主持人宣布听证开始，核对听证参加人身份，告知听证纪律和当事人的权利义务。案件调查人员陈述了违法事实、证据和拟处罚意见。当事人进行了陈述和申辩。',
  }),
  16: () => ({ correctWay: ['限期改正'], deadline: '2026-12-10' }),
  17: () => ({ serviceDate: '2026-11-25', fineCapital: 1200, decision: ['同意分期缴纳'], instalmentNo: '1', instalmentDue: '2026-12-10', instalmentAmount: 600, remaining: 600 }),
  18: () => ({ decisionDate: '2026-11-25', decisionContent: '限期拆除非公路标志', deadline: '2026-12-10' }),
  19: () => ({ decisionDate: '2026-11-25', decisionContent: '罚款人民币1200元', subject: '罚款人民币1200元', amountDue: 1200, lateFee: 360, deadline: '收到本催告书之日起十日内', way: '缴至指定银行账户', measures: ['加处罚款（每日3%）', '申请法院强制执行'] }),
  20: () => ({ decisionDate: '2026-11-25', decisionContent: '罚款人民币1200元', ground: ['催告后仍未履行且无正当理由'], basis: '《中华人民共和国行政强制法》第五十三条', execDate: '2027-01-10', execWay: '划拨存款' }),
  21: () => ({
    ground: ['立即代履行（第五十二条）'],
    basis: '《公路安全保护条例》第五十九条',
    performer: ['本机关'],
    subject: '清除公路路面遗洒的建筑材料',
    timeWay: '2026年11月24日，机械清扫',
    budget: 3500,
    prepayDays: '5',
  }),
  22: () => ({ execDecisionDate: '2026-12-01', type: ['中止执行'], reason: '当事人确有困难暂无履行能力', suspendFrom: '2026-12-05' }),
  24: () => ({
    result: '对当事人处以罚款人民币1200元。',
    execution: '当事人已于2026年12月1日缴清罚款。',
    deptOpinion: '案件已执行完毕，建议结案。',
    deptDate: '2026-12-02',
    leaderOpinion: '同意结案。',
    leaderDate: '2026-12-02',
  }),
  14: () => ({ penalty: '罚款人民币200元', fineAmount: 200, payMode: ['15日内缴至指定银行'], decidedAt: '2026-11-24T09:30' }),
  15: () => ({
    penalty: '罚款人民币1200元',
    fineAmount: 1200,
    statementHandling: '当事人于2026年11月26日提出陈述、申辩。经复核，其提出的事实、理由和证据不成立，本机关不予采纳。',
    hearingHandling: '本机关已告知当事人有要求举行听证的权利，当事人在法定期限内未要求听证。',
    discretion: '本案适用本机关行政处罚裁量基准中“初次违法”的情形，在裁量基准的幅度内作出处罚。',
  }),
  // The recipient writes the date of receipt by hand: the row leaves it blank.
  23: () => ({
    rows: [
      { document: '行政处罚决定书（东交执罚〔2026〕15号）', receiver: '', place: '东州市滨江区江南大道1088号', date: '', method: '直接送达', server: '李明、王芳' },
    ],
  }),
  25: () => ({
    ground: ['初次违法且危害后果轻微并及时改正，不予行政处罚（首违不罚，第三十三条第一款）'],
    reasoning: '当事人系初次违法，已于当日取得从业资格证后上岗，未造成危害后果。',
  }),
};

/** The form filled as a clerk would finish it for the case. */
export function completed(def: FormDefinition, c: CaseDetail): FormData {
  return { ...prefillForm(def, contextFor(c)), ...(COMPLETIONS[def.id]?.(c) ?? {}) };
}
