/**
 * Code tables of the enforcement domain. Values are stable English codes stored in the
 * database; the Chinese labels here are the official terms the UI prints.
 */

/** 执法门类 */
export const CATEGORIES = [
  { code: 'highway', label: '公路路政', abbrev: '路' },
  { code: 'road_transport', label: '道路运政', abbrev: '运' },
  { code: 'waterway_transport', label: '水路运政', abbrev: '水' },
  { code: 'channel', label: '航道行政', abbrev: '航' },
  { code: 'port', label: '港口行政', abbrev: '港' },
  { code: 'maritime', label: '海事行政', abbrev: '海' },
  { code: 'quality_safety', label: '质量安全监督', abbrev: '质' },
  { code: 'comprehensive', label: '综合执法', abbrev: '综' },
] as const;
export type Category = (typeof CATEGORIES)[number]['code'];
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as unknown as readonly [Category, ...Category[]];

/** 案件来源 */
export const CASE_SOURCES = [
  { code: 'inspection', label: '行政检查中发现', detailLabel: null },
  { code: 'report', label: '举报经核实', detailLabel: null },
  { code: 'assigned', label: '上级机关交办', detailLabel: '交办机关' },
  { code: 'escalated', label: '下级机关报请查处', detailLabel: '报请机关' },
  { code: 'transferred', label: '有关部门移送', detailLabel: '移送部门' },
  { code: 'other', label: '其他途径发现', detailLabel: '发现途径' },
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number]['code'];
export const CASE_SOURCE_CODES = CASE_SOURCES.map((c) => c.code) as unknown as readonly [CaseSource, ...CaseSource[]];

/** 程序类型: 普通程序 / 简易程序 */
export const PROCEDURES = [
  { code: 'general', label: '普通程序' },
  { code: 'simple', label: '简易程序' },
] as const;
export type Procedure = (typeof PROCEDURES)[number]['code'];

/** 案件环节, in procedural order. */
export const CASE_STAGES = [
  { code: 'registered', label: '立案' },
  { code: 'investigation', label: '调查取证' },
  { code: 'coercive_measure', label: '行政强制措施' },
  { code: 'investigation_closed', label: '调查终结' },
  { code: 'legal_review', label: '法制审核' },
  { code: 'notified', label: '告知' },
  { code: 'hearing', label: '听证' },
  { code: 'pending_decision', label: '决定审批' },
  { code: 'decided', label: '决定' },
  { code: 'served', label: '送达' },
  { code: 'execution', label: '执行' },
  { code: 'closed', label: '结案' },
  { code: 'archived', label: '归档' },
  { code: 'revoked', label: '撤销立案' },
  { code: 'transferred_out', label: '移送' },
] as const;
export type CaseStage = (typeof CASE_STAGES)[number]['code'];
export const CASE_STAGE_CODES = CASE_STAGES.map((c) => c.code) as unknown as readonly [CaseStage, ...CaseStage[]];

/** Roles of the office's accounts. */
export const ROLES = [
  { code: 'clerk', label: '承办人' },
  { code: 'reviewer', label: '法制审核员' },
  { code: 'head', label: '负责人' },
  { code: 'archivist', label: '档案管理员' },
  { code: 'admin', label: '系统管理员' },
] as const;
export type Role = (typeof ROLES)[number]['code'];
export const ROLE_CODES = ROLES.map((c) => c.code) as unknown as readonly [Role, ...Role[]];

/** 身份证件类型 */
export const ID_TYPES = [
  { code: 'resident_id', label: '居民身份证' },
  { code: 'hmt_residence_permit', label: '港澳台居民居住证' },
  { code: 'foreign_permanent_id', label: '外国人永久居留身份证' },
  { code: 'passport', label: '护照' },
  { code: 'hmt_travel_permit', label: '港澳居民来往内地通行证/台湾居民来往大陆通行证' },
  { code: 'other', label: '其他证件' },
] as const;
export type IdType = (typeof ID_TYPES)[number]['code'];
export const ID_TYPE_CODES = ID_TYPES.map((c) => c.code) as unknown as readonly [IdType, ...IdType[]];

export const GENDER_OPTIONS = [
  { code: 'male', label: '男' },
  { code: 'female', label: '女' },
] as const;
export type Gender = (typeof GENDER_OPTIONS)[number]['code'];

export const PARTY_KINDS = [
  { code: 'individual', label: '个人' },
  { code: 'organisation', label: '单位' },
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number]['code'];

export const CONVEYANCE_KINDS = [
  { code: 'vehicle', label: '车辆' },
  { code: 'vessel', label: '船舶' },
] as const;
export type ConveyanceKind = (typeof CONVEYANCE_KINDS)[number]['code'];

export function labelOf<T extends { code: string; label: string }>(table: readonly T[], code: string): string {
  return table.find((t) => t.code === code)?.label ?? code;
}
