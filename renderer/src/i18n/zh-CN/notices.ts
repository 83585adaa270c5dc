/** Strings of 文书设置's notice wordings: placeholders shown as the fields' names. */
export const noticeMessages = {
  'notices.placeholderHint': '蓝色标签是栏目，生成文书时换成该文书相应栏目的内容；点“插入栏目”可在光标处加入，退格键可整个删除。',
  'notices.chip.title': '栏目：{label}',
  'notices.chip.unknown': '本文书没有这一栏目',
  'notices.insert': '插入栏目',
  'notices.insertHint': '在光标处插入',
  'notices.orphan.label': '已不再印制的告知文字（{key}）',
} as const;
