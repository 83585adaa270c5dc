/**
 * 式样之十八 执行公告: posted notice ordering the party to remove illegal buildings, structures
 * or facilities before forced demolition (行政强制法 第四十四条). Not served, so no copies note.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, caseCause, caseNumberField, makeDateField, text } from './common';
import { executedDecision } from './blocks/execution';

export const enforcementAnnouncement: FormDefinition = {
  id: 18,
  slug: 'enforcement-announcement',
  name: '执行公告',
  stage: '执行',
  version: '2019.2',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    text('caseName', '案件名称', true, { prefill: caseCause }),
    ...(executedDecision({ dateLabel: '决定日期', contentLabel: '决定内容', numberLabel: '决定书案号', required: true }).fields ?? []),
    text('party', '当事人', true, { prefill: (ctx) => ctx.party?.name }),
    { key: 'deadline', label: '自行拆除期限', kind: 'date', required: true },
    makeDateField,
  ],
  notices: {
    body:
      '本机关于{decisionDate:date}对{caseName:text:14}一案作出了{decisionContent:text:16}的决定（决定书案号：{decisionNo:text:10}）。' +
      '依据《中华人民共和国行政强制法》第四十四条的规定，责令当事人{party:text:8}立即停止违法行为，并于{deadline:date}前自行拆除违法的建筑物、构筑物、设施。',
    warning: '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不自行拆除的，本机关将依法强制拆除。',
    closing: '特此公告。',
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'notice', key: 'body' },
    { type: 'notice', key: 'warning' },
    { type: 'notice', key: 'closing' },
    { type: 'seal', dateField: 'makeDate' },
  ],
};
