/**
 * People and access: first-run setup, accounts, login policy, sessions, and the enforcement
 * team (执法队伍管理) — officers with their certificates and training.
 */
import { z } from 'zod';
import { CATEGORY_CODES, ROLE_CODES } from './domain';
import { isoDate } from './schemas';

const id = z.number().int().positive();

/** 执法人员状态 */
export const OFFICER_STATUSES = [
  { code: 'on_duty', label: '在岗' },
  { code: 'transferred', label: '调离' },
  { code: 'suspended', label: '暂停执法' },
] as const;
export type OfficerStatusCode = (typeof OFFICER_STATUSES)[number]['code'];
export const OFFICER_STATUS_CODES = OFFICER_STATUSES.map((s) => s.code) as unknown as readonly [OfficerStatusCode, ...OfficerStatusCode[]];

export const username = z
  .string()
  .trim()
  .min(2, '用户名至少2个字符')
  .max(32, '用户名不能超过32个字符')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '用户名只能使用字母、数字、点、下划线和连字符，并以字母或数字开头');
export const displayName = z.string().trim().min(1, '请填写姓名').max(30, '姓名不能超过30个字');
/** The policy itself (length, not the user name, not a known-weak one) is checked by the service with the office's settings. */
export const newPassword = z.string().min(1, '请输入新密码').max(128, '密码不能超过128个字符');

/** An account as the admin's page shows it. Never carries a password or its hash. */
export const accountRecord = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLE_CODES),
  officerId: id.nullable(),
  officerName: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  /** ISO instant until which logins are refused, or null. */
  lockedUntil: z.string().nullable(),
  failedLogins: z.number().int(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type AccountRecord = z.infer<typeof accountRecord>;

export const accountCreateInput = z
  .object({ username, displayName, role: z.enum(ROLE_CODES, { error: '请选择角色' }), officerId: id.nullable().default(null) })
  .strict();
export const accountUpdateInput = z
  .object({ id, version: z.number().int().positive(), displayName, role: z.enum(ROLE_CODES, { error: '请选择角色' }), officerId: id.nullable() })
  .strict();

/** A one-time password, shown to the admin once to hand over; the user must change it at first login. */
export const accountWithPassword = z.object({ account: accountRecord, oneTimePassword: z.string() });

/** Office-wide login and session policy (等保 level 3 asks for lockout and session limits). */
export const accessSettings = z.object({
  passwordMinLength: z.number({ error: '请填写密码最短长度' }).int().min(8, '密码最短长度不能少于8位').max(64, '密码最短长度不能超过64位'),
  /** The failed login that locks the account: with 6, five failures are tolerated and the sixth locks. */
  lockoutAttempts: z.number({ error: '请填写锁定前允许的失败次数' }).int().min(3, '不能少于3次').max(20, '不能超过20次'),
  lockoutMinutes: z.number({ error: '请填写锁定时长' }).int().min(1, '锁定时长至少1分钟').max(1440, '锁定时长不能超过1440分钟'),
  /** Signed out after this long without a call. */
  sessionIdleMinutes: z.number({ error: '请填写空闲超时' }).int().min(5, '空闲超时至少5分钟').max(720, '空闲超时不能超过720分钟'),
  /** Signed out this long after login, however active. */
  sessionMaxHours: z.number({ error: '请填写会话最长时间' }).int().min(1, '至少1小时').max(720, '不能超过720小时'),
  /** Whether a user may ask to stay signed in across restarts (token kept in the OS keychain). */
  allowRemember: z.boolean(),
  /** The admin sees certificates that expire within this many days. */
  certificateWarningDays: z.number({ error: '请填写证件到期提醒天数' }).int().min(1, '至少1天').max(365, '不能超过365天'),
});
export type AccessSettings = z.infer<typeof accessSettings>;

export const DEFAULT_ACCESS_SETTINGS: AccessSettings = {
  passwordMinLength: 10,
  lockoutAttempts: 6,
  lockoutMinutes: 30,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  allowRemember: true,
  certificateWarningDays: 60,
};

/** First start on an empty data directory: the office and its first admin. */
export const setupInput = z
  .object({
    office: z
      .object({
        name: z.string().trim().min(4, '请填写执法机构全称').max(60, '机构名称不能超过60个字'),
        /** The 机关简称 the 案号 starts with, e.g. 东. */
        shortName: z.string().trim().min(1, '请填写案号用的机关简称').max(6, '机关简称不能超过6个字'),
        division: z.string().trim().regex(/^\d{6}$/, '行政区划代码应为6位数字'),
      })
      .strict(),
    admin: z.object({ username, displayName, password: newPassword }).strict(),
  })
  .strict();
export type SetupInput = z.input<typeof setupInput>;

export const setupStatus = z.object({
  /** No office yet: the first start's setup is open (and nothing else is). */
  needed: z.boolean(),
});

export const training = z.object({
  course: z.string().trim().min(1, '请填写培训课程').max(60, '课程名称不能超过60个字'),
  hours: z.number({ error: '请填写学时' }).positive('学时应大于0').max(1000, '学时过大'),
  on: isoDate,
});
export type Training = z.infer<typeof training>;

export const officerRecord = z.object({
  id,
  name: z.string(),
  unit: z.string(),
  certNo: z.string(),
  certIssuer: z.string(),
  certValidFrom: isoDate.nullable(),
  certValidTo: isoDate.nullable(),
  categories: z.array(z.enum(CATEGORY_CODES)),
  status: z.enum(OFFICER_STATUS_CODES),
  provincialId: z.string().nullable(),
  trainings: z.array(training),
  /** Accounts linked to this officer (usernames). */
  accounts: z.array(z.string()),
  version: z.number().int(),
});
export type OfficerRecord = z.infer<typeof officerRecord>;

export const officerSaveInput = z
  .object({
    /** Absent to add an officer. */
    id: id.optional(),
    version: z.number().int().positive().optional(),
    name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不能超过30个字'),
    unit: z.string().trim().min(1, '请填写所在单位').max(60, '单位名称不能超过60个字'),
    certNo: z.string().trim().regex(/^[0-9A-Za-z]{6,20}$/, '执法证号应为6至20位数字或字母'),
    certIssuer: z.string().trim().min(1, '请填写发证机关').max(60, '发证机关不能超过60个字'),
    certValidFrom: isoDate,
    certValidTo: isoDate,
    categories: z.array(z.enum(CATEGORY_CODES)).min(1, '请至少选择一个执法门类'),
    status: z.enum(OFFICER_STATUS_CODES, { error: '请选择状态' }),
    provincialId: z.string().trim().max(40, '省级编号过长').nullable().default(null),
    trainings: z.array(training).max(200, '培训记录过多').default([]),
  })
  .strict();
export type OfficerSaveInput = z.input<typeof officerSaveInput>;

export const ROSTER_FORMATS = ['csv'] as const;
export const rosterExport = z.object({ fileName: z.string(), content: z.string(), rows: z.number().int() });
export const rosterImportInput = z
  .object({
    content: z.string().min(1, '文件内容为空').max(5_000_000, '文件过大（不能超过5MB）'),
    dryRun: z.boolean().default(false),
  })
  .strict();
export const rosterImportResult = z.object({
  dryRun: z.boolean(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Row-by-row problems (row 1 = first data row); when any exist nothing was changed. */
  problems: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type RosterImportResult = z.infer<typeof rosterImportResult>;

/** Why an officer may not be assigned or act now (empty when they may). */
export const certificateWarning = z.object({
  officerId: id,
  officerName: z.string(),
  certNo: z.string(),
  /** expired / expiring (within the window) / suspended / transferred / no_validity / category */
  problem: z.enum(['expired', 'expiring', 'suspended', 'transferred', 'no_validity', 'category']),
  certValidTo: isoDate.nullable(),
  /** The open cases this officer handles (for mid-case lapses). */
  cases: z.array(z.object({ id, caseNumber: z.string() })),
  message: z.string(),
});
export type CertificateWarning = z.infer<typeof certificateWarning>;
