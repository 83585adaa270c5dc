/** Strings of the date and date-time boxes (components/DateFields). */
export const datesMessages = {
  'dates.exampleDate': '如 2026年12月4日',
  'dates.exampleDateTime': '如 2026年12月4日 14:30',
  'dates.unreadable': '未能识别“{text}”，请按“{example}”的样式输入（24小时制）',
} as const;
