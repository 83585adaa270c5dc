/** The documents the procedure rests on, by number: the 式样 of 《交通运输行政执法文书式样》 and 25, added beside them. */
export const FORM = {
  preservation: 6,
  preservationRelease: 7,
  measure: 8,
  measureExtension: 9,
  measureRelease: 10,
  violationNotice: 11,
  hearingNotice: 12,
  hearingRecord: 13,
  onSpot: 14,
  penaltyDecision: 15,
  instalment: 17,
  demand: 19,
  enforcementDecision: 20,
  substitutePerformance: 21,
  closingReport: 24,
  noPenaltyDecision: 25,
} as const;

/** Their names, as refusals cite them. */
export const FORM_NAMES: Record<number, string> = {
  6: '证据登记保存清单', 7: '解除证据登记保存决定书', 8: '行政强制措施决定书', 9: '延长行政强制措施期限通知书', 10: '解除行政强制措施决定书', 11: '违法行为通知书', 12: '听证通知书',
  13: '听证笔录', 14: '当场行政处罚决定书', 15: '行政处罚决定书', 17: '分期（延期）缴纳罚款通知书', 19: '催告书',
  20: '行政强制执行决定书', 21: '代履行决定书', 24: '结案报告', 25: '不予行政处罚决定书',
};
