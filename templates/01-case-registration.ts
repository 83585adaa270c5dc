/**
 * 式样之一 立案登记表: internal record of opening an ordinary-procedure case, approved by the
 * 执法部门负责人 (2021 程序规定 第六十三条). Nothing is served on the party.
 */
import { CASE_SOURCES } from '../main/contract/domain';
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, REGISTRATION_PARTY, caseCause, caseNumberField, partyField, signature, text } from './common';

export const caseRegistration: FormDefinition = {
  id: 1,
  slug: 'case-registration',
  name: '立案登记表',
  stage: '立案',
  version: '2019.2',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    {
      key: 'caseSource',
      label: '案件来源',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: CASE_SOURCES.map((s) => s.label),
      prefill: (ctx) => [CASE_SOURCES.find((s) => s.code === ctx.caseDetail.source)?.label ?? ''].filter(Boolean),
    },
    text('caseSourceDetail', '来源机关/途径', false, {
      hint: '交办、报请、移送的机关或部门，或其他发现途径',
      prefill: (ctx) => ctx.caseDetail.sourceDetail,
    }),
    text('caseName', '案由', true, { prefill: caseCause }),
    { key: 'acceptTime', label: '受案时间', kind: 'date', required: true, prefill: (ctx) => ctx.caseDetail.registeredAt.slice(0, 10) },
    partyField(REGISTRATION_PARTY),
    { key: 'caseSituation', label: '案件基本情况', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    { key: 'filingBasis', label: '立案依据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.cause.legalBasis },
    { key: 'deptOpinion', label: '经办机构负责人意见', kind: 'longtext', required: true },
    signature('deptSign', '经办机构负责人签名'),
    { key: 'deptDate', label: '经办机构负责人签署日期', kind: 'date', required: true },
    { key: 'leaderOpinion', label: '负责人审批意见', kind: 'longtext', required: true },
    signature('leaderSign', '负责人签名'),
    { key: 'leaderDate', label: '负责人签署日期', kind: 'date', required: true },
    { key: 'note', label: '备注', kind: 'longtext', required: false },
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
          { kind: 'label', text: '案件来源' },
          { kind: 'checks', field: 'caseSource', after: '交办、报请、移送机关或者其他途径：{caseSourceDetail:text:12}' },
        ],
        [
          { kind: 'label', text: '案由' },
          { kind: 'value', text: '{caseName}' },
        ],
        [
          { kind: 'label', text: '受案时间' },
          { kind: 'value', text: '{acceptTime:date}' },
        ],
      ],
    },
    { type: 'party', field: 'party', flush: true },
    {
      type: 'grid',
      widths: [2.2, 5.8],
      rows: [
        [
          { kind: 'label', text: '案件基本情况' },
          { kind: 'value', text: '{caseSituation}', minHeight: 96 },
        ],
        [
          { kind: 'label', text: '立案依据' },
          { kind: 'value', text: '{filingBasis}', minHeight: 36 },
        ],
        [
          { kind: 'label', text: '经办机构负责人意见' },
          { kind: 'opinion', field: 'deptOpinion', signField: 'deptSign', dateField: 'deptDate', minHeight: 64 },
        ],
        [
          { kind: 'label', text: '负责人审批意见' },
          { kind: 'opinion', field: 'leaderOpinion', signField: 'leaderSign', dateField: 'leaderDate', minHeight: 64 },
        ],
        [
          { kind: 'label', text: '备注' },
          { kind: 'value', text: '{note}', minHeight: 30 },
        ],
      ],
    },
  ],
};
