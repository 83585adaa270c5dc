/**
 * 式样之二十三 送达回证: proof of service. The recipient's signature date is the service date;
 * one 回证 may list several documents served on the same recipient at once.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, caseCause, caseNumberField, makeDateField, text } from './common';

/** The methods of 民事诉讼法 (2023) 第八十七—九十五条 that 行政处罚法 第六十一条 refers to. */
export const SERVICE_METHODS = ['直接送达', '留置送达', '邮寄送达', '委托送达', '转交送达', '电子送达', '公告送达', '代理送达', '其他方式'] as const;

export const serviceReceipt: FormDefinition = {
  id: 23,
  slug: 'service-receipt',
  name: '送达回证',
  stage: '送达',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    text('caseName', '案由', true, { prefill: caseCause }),
    text('servingOrgan', '送达单位', true, { prefill: (ctx) => ctx.office.name }),
    text('recipient', '受送达人', true, { prefill: (ctx) => ctx.party?.name }),
    text('proxy', '代收人', false, { hint: '代收的，写明代收人及其与受送达人的关系' }),
    {
      key: 'rows',
      label: '送达明细',
      kind: 'table',
      required: true,
      minRows: 5,
      columns: [
        { key: 'document', label: '送达文书名称、文号', width: 2.6 },
        { key: 'receiver', label: '收件人签名（盖章）', width: 1.5 },
        { key: 'place', label: '送达地点', width: 1.6 },
        { key: 'date', label: '送达日期', width: 1.4, kind: 'date' },
        { key: 'method', label: '送达方式', width: 1.1, suggestions: SERVICE_METHODS },
        { key: 'server', label: '送达人', width: 1.1 },
      ],
    },
    { key: 'note', label: '备注', kind: 'longtext', required: false, hint: '留置送达的，写明拒收事由和见证人；代收的，写明代收人与受送达人的关系' },
    makeDateField,
  ],
  notices: {},
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    {
      type: 'grid',
      widths: [1.6, 6.4],
      rows: [
        [
          { kind: 'label', text: '案由' },
          { kind: 'value', text: '{caseName}' },
        ],
        [
          { kind: 'label', text: '送达单位' },
          { kind: 'value', text: '{servingOrgan}' },
        ],
        [
          { kind: 'label', text: '受送达人' },
          { kind: 'value', text: '{recipient}' },
        ],
        [
          { kind: 'label', text: '代收人' },
          { kind: 'value', text: '{proxy}' },
        ],
      ],
    },
    { type: 'table', field: 'rows', flush: true },
    {
      type: 'grid',
      widths: [1.6, 6.4],
      rows: [
        [
          { kind: 'label', text: '备注' },
          { kind: 'value', text: '{note}', minHeight: 60 },
        ],
      ],
    },
    { type: 'seal', dateField: 'makeDate' },
  ],
};
