/**
 * 式样之二十三 送达回证: proof of service. The recipient writes the date of receipt and signs
 * (the signing date is the service date, so the date is never pre-filled); 留置送达 records the
 * 见证人 and the 拒收事由; the methods are the statutory ones only. One 回证 may list several
 * documents served on the same recipient at once.
 */
import type { Condition, FormData, FormDefinition } from '../main/documents/definition';
import { tableValue } from '../main/documents/form-data';
import { NOTICE_MARGINS, caseCause, caseNumberField, makeDateField, text } from './common';

/** The methods of 民事诉讼法 (2023) 第八十七—九十五条 that 行政处罚法 第六十一条 refers to, and no others. */
export const SERVICE_METHODS = ['直接送达', '留置送达', '委托送达', '邮寄送达', '转交送达', '电子送达', '公告送达'] as const;

const LEFT: Condition = { field: 'rows', row: { column: 'method', value: '留置送达' } };

/** Every row's method must be a statutory one. */
function checkMethods(data: FormData): { path: string; message: string }[] {
  const methods: readonly string[] = SERVICE_METHODS;
  return tableValue(data, 'rows').flatMap((r, i) => {
    const m = String(r.method ?? '').trim();
    return m && !methods.includes(m)
      ? [{ path: `rows.${i}.method`, message: `送达明细第${i + 1}行：送达方式“${m}”不是法定送达方式，应为${SERVICE_METHODS.join('、')}之一（行政处罚法 第六十一条；民事诉讼法 第八十七—九十五条）` }]
      : [];
  });
}

export const serviceReceipt: FormDefinition = {
  id: 23,
  slug: 'service-receipt',
  name: '送达回证',
  stage: '送达',
  version: '2021.1',
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
        { key: 'date', label: '收件日期（收件人填写）', width: 1.4, kind: 'date' },
        { key: 'method', label: '送达方式', width: 1.1, suggestions: SERVICE_METHODS },
        { key: 'server', label: '送达人', width: 1.1 },
      ],
    },
    text('witness', '见证人', false, { requiredWhen: LEFT, hint: '留置送达的，邀请的基层组织或者所在单位的代表（民事诉讼法 第八十九条）' }),
    text('refusalReason', '拒收事由', false, { requiredWhen: LEFT, hint: '留置送达的，写明受送达人拒收的事由和日期' }),
    { key: 'note', label: '备注', kind: 'longtext', required: false, hint: '代收的，写明代收人与受送达人的关系；以拍照、录像方式记录留置送达过程的，在此注明' },
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
      widths: [1.6, 2.4, 1.6, 2.4],
      rows: [
        [
          { kind: 'label', text: '见证人\n（留置送达）' },
          { kind: 'value', text: '{witness}', minHeight: 30 },
          { kind: 'label', text: '拒收事由\n（留置送达）' },
          { kind: 'value', text: '{refusalReason}', minHeight: 30 },
        ],
        [
          { kind: 'label', text: '备注' },
          { kind: 'value', text: '{note}', minHeight: 50, colSpan: 3 },
        ],
      ],
    },
    { type: 'seal', dateField: 'makeDate' },
  ],
  validate: checkMethods,
};
