/** Strings of the date and date-time boxes (components/DateFields). */
export const datesMessages = {
  'dates.placeholderDate': '如 2026年12月4日',
  'dates.placeholderDateTime': '如 2026年12月4日 14:30',
  'dates.unreadableDate': '未能识别“{text}”，请按 2026年12月4日 的样式输入日期',
  'dates.unreadableDateTime': '未能识别“{text}”，请按 2026年12月4日 14:30 的样式输入日期和时间（24小时制）',
} as const;
