/**
 * Error codes every call may answer with, each with the Chinese message the UI shows as is.
 * A code is part of the API: renaming one is a breaking change.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改',
  UNKNOWN_CALL: '未知的操作',
  NOT_AUTHENTICATED: '请先登录',
  LOGIN_FAILED: '用户名或密码不正确',
  ACCOUNT_DISABLED: '该账户已停用，请联系管理员',
  FORBIDDEN: '您的角色无权执行此操作',
  NOT_FOUND: '未找到该记录',
  CONFLICT: '记录已被他人修改，请刷新后重试',
  CASE_OFFICERS_TOO_FEW: '执法人员不得少于两人，须由两名以上持有执法证件的执法人员办理（行政处罚法 第四十二条）',
  CASE_PARTY_REQUIRED: '请至少填写一名当事人',
  CASE_CAUSE_CATEGORY_MISMATCH: '所选案由不属于该执法门类',
  CASE_NUMBER_TEMPLATE_INVALID: '案号模板无效',
  SEARCH_TERM_TOO_SHORT: '请至少输入两个字进行检索',
  DB_SCHEMA_TOO_NEW: '数据库由更新版本的执法工作站创建，当前版本无法打开。请升级软件后再试，切勿降级使用。',
  DB_OPEN_FAILED: '无法打开本地数据库',
  TRANSPORT_CLOSED: '与后台服务的连接已断开，本次操作未能完成；正在重新连接，已填写的内容仍保留，请稍后重试',
  TRANSPORT_TIMEOUT: '后台服务长时间没有应答，本次操作未能确认完成；已填写的内容仍保留，请稍后查看结果再重试',
  TRANSPORT_RELAUNCH:
    '后台服务已重新启动，本窗口需要新的启动链接：请在启动窗口中输入 launch，在本浏览器中打开得到的链接，本页随后会自动重新连接',
  DOC_INCOMPLETE: '文书尚有必填项未填写，不能签发',
  DOC_IMMUTABLE: '文书已签发，不能修改；如需更正，请制作更正版本',
  DOC_FONT_MISSING: '未找到可嵌入的中文字体，无法生成文书。请安装宋体/黑体字体（如 fonts-arphic-uming、fonts-wqy-zenhei 或 fonts-noto-cjk）',
  DOC_FONT_UNREADABLE: '中文字体文件无法读取或不是有效的字体，请检查文书字体设置',
  DOC_DATA_INVALID: '文书内容不完整或有误，请按提示修改后再生成',
  DOC_TEMPLATE_INVALID: '文书式样定义有误，请联系系统管理员',
  DOC_RENDER_FAILED: '文书生成失败，数据未作更改',
  BLOB_CORRUPT: '存档文件已损坏（内容与登记的校验值不符），请从备份恢复',
  PROC_NOT_ALLOWED: '案件当前所处环节不能进行该操作',
  PROC_GUARD: '不符合法定程序要求，操作未执行',
  PROC_DATE_INVALID: '日期有误：不能晚于今天，也不能早于前一环节',
  /** A document issued out of its place in the procedure, or saying what the recorded acts do not. */
  DOC_PROCEDURE_MISMATCH: '文书内容或签发时机与案件已记录的程序不一致，不能签发',
  /** An act that disagrees with the issued document it rests on. */
  PROC_DOCUMENT_MISMATCH: '操作与已签发的文书内容不一致，操作未执行',
  CATALOG_IMPORT_INVALID: '导入文件有误，未作任何更改',
  CATALOG_CAUSE_INVALID: '案由或裁量基准有误，未作任何更改',
  CATALOG_CODE_TAKEN: '该案由编码已被使用（停用的案由也占用其编码），请换一个编码',
  AUDIT_APPEND_ONLY: '执法全过程记录只能追加，不能修改或删除',
  IDCARD_NOT_CONNECTED: '读卡器未连接，请检查读卡器连接线',
  IDCARD_NO_CARD: '请放置证件',
  IDCARD_READ_FAILED: '读卡失败，请重放证件',
  IDCARD_TIMEOUT: '读卡器无响应，请重新插拔读卡器后再试',
  IDCARD_FRAME_INVALID: '读卡器返回的数据有误，请重放证件',
  IDCARD_CARD_INVALID: '证件未通过安全模块认证，可能是伪造或损坏的证件',
  IDCARD_CARD_UNKNOWN: '无法识别的证件类型',
  IDCARD_DATA_INVALID: '证件数据无法解析，请重放证件或手工录入',
  IDCARD_SAM_FAULT: '读卡器安全模块故障，请联系设备供应商',
  IDCARD_PROTOCOL: '读卡器通信错误，请重新插拔读卡器',
  IDCARD_BUSY: '读卡器正忙，请稍候',
  IDCARD_SIMULATOR_OFF: '未启用模拟读卡器',
  IDCARD_READ_MISMATCH: '当事人信息与读卡信息不一致，不能标记为读卡核验',
  SETUP_DONE: '本机已完成初始设置，不能重复设置',
  SETUP_REQUIRED: '请先完成本机的初始设置',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账户已被锁定，请稍后再试或联系管理员解锁',
  LOGIN_THROTTLED: '登录尝试过于频繁，请稍候再试',
  PASSWORD_WEAK: '密码不符合本单位的密码要求',
  PASSWORD_WRONG: '当前密码不正确',
  PASSWORD_CHANGE_REQUIRED: '请先修改管理员发放的一次性密码',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  KEYCHAIN_UNAVAILABLE: '本机没有可用的系统钥匙串，无法保持登录；关闭后需要重新登录',
  USERNAME_TAKEN: '该用户名已被使用',
  ACCOUNT_LAST_ADMIN: '不能停用或改变唯一在用的系统管理员账户',
  ACCOUNT_SELF: '不能停用自己的账户或改变自己的角色',
  OFFICER_CERT_NO_TAKEN: '该执法证号已登记在其他执法人员名下',
  OFFICER_NOT_QUALIFIED: '执法人员不具备执法资格，不能指派或办理（行政处罚法 第四十二条：执法人员应当具有行政执法资格）',
  ROSTER_IMPORT_INVALID: '执法人员花名册有误，未作任何更改',
  CASE_NOT_HANDLER: '您不是本案的承办人员，只能查看，不能办理（本单位权限规则：案件由承办人员办理）',
  CASE_NOT_VISIBLE: '您的角色在本案当前环节无权查看（本单位权限规则：按案件环节授权）',
  CASE_NOT_DRAFTABLE: '案件已归档、撤销或移送，不能再制作、修改或签发文书',
  ADMIN_NO_CASEWORK: '系统管理员负责系统配置，不查看、不办理案件，也不制作文书（三员分立）',
  CARD_READ_NOT_YOURS: '该读卡记录由其他账户读取，且未关联到您可查看的案件',
  AUDIT_KEY_UNAVAILABLE: '执法全过程记录的校验密钥不可用，无法写入记录',
  PHOTO_DECODER_UNTRUSTED: '照片解码库未通过校验（所在文件夹可被他人写入，或文件校验值与设置不符），已拒绝加载',
  INTERNAL: '系统内部错误，操作未完成，数据未作更改',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** One problem with one input field; `path` is the dotted path inside the call's input. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message?: string, issues?: FieldIssue[]) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
