/**
 * Chinese names of the fields and codes records carry, for every place that shows a stored value
 * to a person (the 执法全过程记录 first). Codes go through the contract's own label tables, the
 * same ones the forms and lists use; field names not shown by a form elsewhere are named here once.
 * Document data is named by its form's own field labels (templates/), not here.
 */
import { CASE_SOURCES, CASE_STAGES, CATEGORIES, CONVEYANCE_KINDS, GENDER_OPTIONS, ID_TYPES, PARTY_KINDS, PROCEDURES, ROLES } from './domain';
import { DOCUMENT_STATUSES } from './documents';
import { CARD_KINDS, READER_TRANSPORTS } from './idcard';
import { OFFICER_STATUSES } from './people';
import {
  COLLECTION_GROUNDS, DEADLINE_KINDS, ENFORCEMENT_KINDS, MEASURE_KINDS, OUTCOMES, PENALTY_LICENCE_ACTIONS, PRESERVATION_DISPOSITIONS,
  RELEASE_GROUNDS, SERVICE_METHODS,
} from './procedure';

export type CodeTable = readonly { readonly code: string; readonly label: string }[];

/** 法制审核 states of a case's procedure (ProcedureState.review.status). */
export const REVIEW_STATUSES = [
  { code: 'none', label: '未提交' },
  { code: 'pending', label: '待审核' },
  { code: 'returned', label: '已退回' },
  { code: 'approved', label: '已通过' },
] as const;

/** 档案保管期限. */
export const RETENTIONS = [
  { code: 'permanent', label: '永久' },
  { code: '30y', label: '30年' },
  { code: '10y', label: '10年' },
] as const;

/** 分期/延期缴纳. */
export const PAYMENT_PLAN_KINDS = [
  { code: 'instalments', label: '分期缴纳' },
  { code: 'deferral', label: '延期缴纳' },
] as const;

/** Marks of the office's working calendar. */
export const CALENDAR_DAY_KINDS = [
  { code: 'holiday', label: '节假日' },
  { code: 'workday', label: '调休上班' },
] as const;

/**
 * Fields whose values are codes, by field name. A name used by several records (`kind`,
 * `status`) lists each record's table; their codes do not collide, so the first match is the one.
 */
export const CODE_TABLES: Readonly<Record<string, readonly CodeTable[]>> = {
  category: [CATEGORIES],
  categories: [CATEGORIES],
  stage: [CASE_STAGES],
  procedure: [PROCEDURES],
  source: [CASE_SOURCES],
  gender: [GENDER_OPTIONS],
  idType: [ID_TYPES],
  role: [ROLES],
  kind: [PARTY_KINDS, CONVEYANCE_KINDS, MEASURE_KINDS, ENFORCEMENT_KINDS, PAYMENT_PLAN_KINDS, CALENDAR_DAY_KINDS, CARD_KINDS, DEADLINE_KINDS],
  outcome: [OUTCOMES],
  licenceAction: [PENALTY_LICENCE_ACTIONS],
  method: [SERVICE_METHODS],
  collectionGround: [COLLECTION_GROUNDS],
  disposition: [PRESERVATION_DISPOSITIONS],
  ground: [RELEASE_GROUNDS],
  status: [REVIEW_STATUSES, OFFICER_STATUSES, DOCUMENT_STATUSES],
  retention: [RETENTIONS],
  transport: [READER_TRANSPORTS],
};

/** The Chinese name of `code` as a value of `field`, or null when the field carries no code or the code is unknown. */
export function codeLabel(field: string, code: string): string | null {
  for (const table of CODE_TABLES[field] ?? []) {
    const row = table.find((r) => r.code === code);
    if (row) return row.label;
  }
  return null;
}

/**
 * Field names of the stored records (案件, 当事人, 程序, 设置, 账户, 执法人员, 案由, 读卡记录), as
 * the screens that edit them name them.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // 案件 and its parts
  id: '编号',
  caseNumber: '案号',
  category: '执法门类',
  categories: '执法门类',
  cause: '案由',
  causeId: '案由',
  procedure: '程序',
  stage: '办案环节',
  source: '案件来源',
  sourceDetail: '来源说明',
  occurredAt: '发生时间',
  place: '地点',
  facts: '违法事实',
  registeredAt: '立案时间',
  createdBy: '立案人',
  officers: '执法人员',
  officerIds: '执法人员',
  parties: '当事人',
  conveyances: '车辆船舶',
  version: '版本',
  kind: '类别',
  name: '名称',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  age: '年龄',
  idType: '证件类型',
  idNumber: '证件号码',
  creditCode: '统一社会信用代码',
  legalRep: '法定代表人',
  legalRepTitle: '职务',
  address: '地址',
  phone: '联系电话',
  workplace: '工作单位',
  plate: '号牌或船名',
  plateColor: '号牌颜色',
  model: '型号',
  certNo: '执法证号',
  unit: '所在单位',
  active: '启用',
  // 案由与裁量基准
  code: '编码',
  title: '名称',
  legalBasis: '违法依据',
  penaltyBasis: '处罚依据',
  penaltyRange: '处罚幅度',
  fineMin: '罚款下限',
  fineMax: '罚款上限',
  discretion: '裁量基准',
  circumstance: '裁量情节',
  description: '说明',
  // 程序
  registrationApprovedOn: '批准立案日期',
  measureApprovalOn: '强制措施批准日期',
  measures: '强制措施',
  nextMeasureId: '下一强制措施序号',
  preservations: '先行登记保存',
  nextPreservationId: '下一登记保存序号',
  items: '物品',
  emergency: '情况紧急当场实施',
  startedOn: '实施日期',
  approvedOn: '批准日期',
  releasedOn: '解除日期',
  extendedOn: '延长日期',
  disposition: '处理决定',
  ground: '理由',
  investigationClosedOn: '调查终结日期',
  proposal: '调查终结意见',
  outcome: '处理意见',
  penalty: '处罚内容',
  warning: '警告',
  fine: '罚款（元）',
  confiscatedGain: '没收违法所得（元）',
  confiscatedPropertyValue: '没收非法财物价值（元）',
  licenceAction: '许可证件处理',
  businessRestriction: '责令停产停业等',
  other: '其他',
  departureReason: '偏离裁量基准的理由',
  majorPublicInterest: '涉及重大公共利益',
  complex: '案情复杂',
  serious: '情节严重',
  longLimitation: '适用五年追责期限',
  longLimitationReason: '适用五年追责期限的理由',
  review: '法制审核',
  status: '状态',
  submittedOn: '提交日期',
  decidedOn: '决定日期',
  rounds: '审核次数',
  discussionOn: '集体讨论日期',
  notifiedOn: '告知日期',
  notifications: '告知次数',
  hearingRightTold: '已告知听证权利',
  statement: '陈述申辩',
  waived: '放弃',
  adopted: '采纳',
  hearingWaivedOn: '放弃听证日期',
  reopenings: '补充调查',
  reason: '理由',
  pastHearingHeldOn: '此前举行听证日期',
  hearing: '听证',
  requestedOn: '申请日期',
  noticeOn: '通知日期',
  hearingOn: '听证日期',
  hostOfficerId: '听证主持人',
  heldOn: '举行日期',
  waivedOn: '放弃日期',
  decisionExtensions: '延长办案期限',
  decision: '处罚决定',
  transferTo: '移送机关',
  duty: '责令改正事项',
  proposedOn: '提请日期',
  service: '送达',
  method: '送达方式',
  effectiveOn: '生效日期',
  abroad: '境外送达',
  amountDue: '应缴金额（元）',
  paymentPlan: '分期/延期缴纳',
  schedule: '缴纳计划',
  dueOn: '到期日期',
  payments: '缴款',
  amount: '金额（元）',
  demand: '催告',
  performBy: '履行期限',
  enforcement: '强制执行',
  immediateSubstitution: '立即代履行',
  dutyDoneOn: '履行改正义务日期',
  executionDoneOn: '执行完毕日期',
  onSpot: '当场处罚',
  partySigned: '当事人签收',
  paidOnSpot: '当场缴纳',
  filedOn: '备案日期',
  collectionGround: '当场收缴依据',
  receiptNo: '收据编号',
  closedOn: '结案日期',
  archivedOn: '归档日期',
  retention: '保管期限',
  revokedOn: '撤销立案日期',
  transferredOn: '移送日期',
  on: '日期',
  days: '天数',
  // 文书
  data: '文书内容',
  pdfSha256: '文件校验值',
  formId: '文书式样',
  formName: '文书名称',
  correctionReason: '更正理由',
  // 单位与文书设置
  headerLine: '文书抬头',
  zip: '邮编',
  contact: '联系人',
  reconsiderationOrgan: '复议机关',
  litigationCourt: '管辖法院',
  payBank: '缴款银行',
  payAccount: '缴款账号',
  noticeOverrides: '文书固定用语',
  shortName: '简称',
  numberPrefix: '案号字号',
  // 程序设置
  hearingFineIndividual: '听证罚款标准（个人，元）',
  hearingFineOrganisation: '听证罚款标准（单位，元）',
  hearingConfiscationIndividual: '听证没收标准（个人，元）',
  hearingConfiscationOrganisation: '听证没收标准（单位，元）',
  reviewAllGeneral: '普通程序处罚决定均须法制审核',
  reviewFineIndividual: '法制审核罚款标准（个人，元）',
  reviewFineOrganisation: '法制审核罚款标准（单位，元）',
  discussionFineIndividual: '集体讨论罚款标准（个人，元）',
  discussionFineOrganisation: '集体讨论罚款标准（单位，元）',
  discussionOnRevocation: '吊销许可证件须集体讨论',
  statementWorkingDays: '陈述申辩期限（工作日）',
  decisionExtensionEnabled: '允许延长办案期限',
  decisionExtensionBasis: '延长办案期限的依据',
  decisionExtensionDays: '每次延长天数',
  decisionExtensionsMax: '最多延长次数',
  directEnforcement: '本机关有直接强制执行权',
  directEnforcementBasis: '直接强制执行权的依据',
  shortPeriodsInWorkingDays: '短期间按工作日计算',
  rollOverHolidays: '期间届满日遇节假日顺延',
  alertDays: '提前提醒天数',
  // 安全设置
  passwordMinLength: '密码最短长度',
  lockoutAttempts: '锁定前允许的失败次数',
  lockoutMinutes: '锁定时长（分钟）',
  sessionIdleMinutes: '空闲超时（分钟）',
  sessionMaxHours: '会话最长时间（小时）',
  allowRemember: '允许保持登录',
  certificateWarningDays: '证件到期提醒天数',
  // 设备设置
  transport: '读卡器连接方式',
  usbIds: '读卡器设备标识',
  serialPath: '串口路径',
  baudRate: '波特率',
  pollMs: '轮询间隔（毫秒）',
  photoDecoderPath: '相片解码库路径',
  photoDecoderSymbol: '相片解码函数',
  photoDecoderSha256: '相片解码库校验值',
  // 账户
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  officerId: '对应执法人员',
  mustChangePassword: '须修改密码',
  lockedUntil: '锁定至',
  // 执法人员
  certIssuer: '发证机关',
  certValidFrom: '执法证有效期起',
  certValidTo: '执法证有效期至',
  provincialId: '省级执法人员编号',
  trainings: '培训记录',
  course: '培训课程',
  hours: '学时',
  // 读卡记录
  reader: '读卡器',
  simulated: '模拟读卡器',
  shown: '已显示相片',
  // 工作日历
  day: '日期',
  // 记录校验密钥
  era: '密钥时期',
  store: '密钥保存位置',
};
