/** The Chinese name of each action code written to the 执法全过程记录. */
import { ACTIONS, type ActionType } from '../contract/procedure';

const LABELS: Record<string, string> = {
  'case.register': '立案登记',
  'document.create': '制作文书草稿',
  'document.save': '保存文书草稿',
  'document.issue': '签发文书',
  'document.correct': '制作更正文书',
  'document.deleteDraft': '删除文书草稿',
  'settings.documents.update': '修改文书设置',
  'settings.procedure.update': '修改程序设置',
  'calendar.set': '调整工作日历',
  'catalog.import': '导入案由与裁量基准',
  'catalog.create': '新增案由',
  'catalog.update': '修改案由与裁量基准',
  'catalog.setActive': '停用或启用案由',
  'idcard.read': '读取身份证件',
  'idcard.sheet': '打印证件信息核对单',
  'idcard.photo': '查看证件相片',
  'settings.devices.update': '修改设备设置',
  'setup.complete': '完成初始设置',
  'login.succeeded': '登录成功',
  'login.failed': '登录失败',
  'login.locked': '账户锁定',
  'login.restored': '恢复保持的登录',
  'account.create': '新建账户',
  'account.update': '修改账户',
  'account.disable': '停用账户',
  'account.enable': '启用账户',
  'account.resetPassword': '重置密码',
  'account.unlock': '解除锁定',
  'account.changePassword': '修改密码',
  'officer.create': '登记执法人员',
  'officer.update': '修改执法人员信息',
  'officer.import': '导入执法人员花名册',
  'settings.access.update': '修改安全设置',
  'audit.key_era.start': '启用新的记录校验密钥',
};

const PROCEDURE_PREFIX = 'procedure.';

/** Unknown codes (a newer build's, or a typo) show as they are rather than as nothing. */
export function actionLabel(code: string): string {
  if (code in LABELS) return LABELS[code];
  if (code.startsWith(PROCEDURE_PREFIX)) {
    const type = code.slice(PROCEDURE_PREFIX.length);
    if (Object.hasOwn(ACTIONS, type)) return ACTIONS[type as ActionType].label;
  }
  return code;
}
