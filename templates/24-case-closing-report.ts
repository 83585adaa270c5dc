/** 式样之二十四 结案报告: internal report closing a case, approved by the agency head. */
import type { FormDefinition } from '../main/documents/definition';
import { CLOSING_PARTY, NOTICE_MARGINS, caseCause, caseNumberField, partyField, signature, text } from './common';

export const caseClosingReport: FormDefinition = {
  id: 24,
  slug: 'case-closing-report',
  name: '结案报告',
  stage: '结案',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    text('caseName', '案由', true, { prefill: caseCause }),
    partyField(CLOSING_PARTY),
    { key: 'result', label: '处理结果', kind: 'longtext', required: true },
    { key: 'execution', label: '执行情况', kind: 'longtext', required: true },
    signature('officerSign', '执法人员签名'),
    { key: 'officerDate', label: '执法人员签署日期', kind: 'date', required: true, prefill: (ctx) => ctx.today },
    { key: 'deptOpinion', label: '经办机构负责人意见', kind: 'longtext', required: true },
    signature('deptSign', '经办机构负责人签名'),
    { key: 'deptDate', label: '经办机构负责人签署日期', kind: 'date', required: true },
    { key: 'leaderOpinion', label: '负责人审批意见', kind: 'longtext', required: true },
    signature('leaderSign', '负责人签名'),
    { key: 'leaderDate', label: '负责人签署日期', kind: 'date', required: true },
  ],
  notices: {},
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    {
      type: 'grid',
      widths: [2.2, 5.8],
      rows: [
        [
          { kind: 'label', text: '案由' },
          { kind: 'value', text: '{caseName}' },
        ],
      ],
    },
    { type: 'party', field: 'party', flush: true },
    {
      type: 'grid',
      widths: [2.2, 5.8],
      rows: [
        [
          { kind: 'label', text: '处理结果' },
          { kind: 'value', text: '{result}', minHeight: 96 },
        ],
        [
          { kind: 'label', text: '执行情况' },
          { kind: 'value', text: '{execution}', minHeight: 96 },
        ],
        [
          { kind: 'label', text: '执法人员签名' },
          { kind: 'value', text: '签名：{officerSign:text:6}\u3000日期：{officerDate:date}', align: 'right' },
        ],
        [
          { kind: 'label', text: '经办机构负责人意见' },
          { kind: 'opinion', field: 'deptOpinion', signField: 'deptSign', dateField: 'deptDate', minHeight: 64 },
        ],
        [
          { kind: 'label', text: '负责人审批意见' },
          { kind: 'opinion', field: 'leaderOpinion', signField: 'leaderSign', dateField: 'leaderDate', minHeight: 64 },
        ],
      ],
    },
  ],
};
