/**
 * 式样之十七 分期（延期）缴纳罚款通知书: the agency's answer to a request to pay a fine later or
 * in instalments (行政处罚法 第六十六条第二款). Amounts in capitals; one notice per instalment.
 */
import type { FormDefinition } from '../main/documents/definition';
import { COPIES_NOTE, NOTICE_MARGINS, addresseeField, caseNumberField, makeDateField, text } from './common';

export const instalmentNotice: FormDefinition = {
  id: 17,
  slug: 'instalment-notice',
  name: '分期（延期）缴纳罚款通知书',
  stage: '执行',
  version: '2021.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    addresseeField,
    { key: 'serviceDate', label: '处罚决定送达日期', kind: 'date', required: true },
    text('decisionNo', '处罚决定书案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    { key: 'fineCapital', label: '罚款金额', kind: 'money', required: true },
    {
      key: 'decision',
      label: '审批结果',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['同意延期缴纳', '同意分期缴纳', '不同意分期（延期）'],
    },
    { key: 'delayTo', label: '延期至', kind: 'date', required: false },
    text('instalmentNo', '期数', false, { hint: '本通知书所涉的第几期' }),
    { key: 'instalmentDue', label: '本期缴纳截止日期', kind: 'date', required: false },
    { key: 'instalmentAmount', label: '本期金额', kind: 'money', required: false },
    { key: 'remaining', label: '未缴余额', kind: 'money', required: false },
    { key: 'refuseReason', label: '不同意理由', kind: 'longtext', required: false },
    makeDateField,
  ],
  notices: {
    intro:
      '本机关于{serviceDate:date}向你（单位）送达了《行政处罚决定书》（案号：{decisionNo:text:10}），对你（单位）处以罚款{fineCapital:moneyCapitals:12}。' +
      '根据你（单位）的申请，依据《中华人民共和国行政处罚法》第六十六条第二款的规定，本机关决定：',
    delay: '同意你（单位）延期缴纳罚款，延期至{delayTo:date}。',
    instalments:
      '同意你（单位）分期缴纳罚款。第{instalmentNo:text:2}期罚款{instalmentAmount:moneyCapitals:10}，应当于{instalmentDue:date}前缴纳；' +
      '缴纳本期后尚未缴纳的罚款为{remaining:moneyCapitals:10}。',
    refuse: '不同意你（单位）分期（延期）缴纳罚款。理由：{refuseReason:text:16}。',
    bank: '代收机构凭本通知书收取罚款。',
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'addressee', field: 'party' },
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'decision',
      items: [
        { option: '同意延期缴纳', notice: 'delay' },
        { option: '同意分期缴纳', notice: 'instalments' },
        { option: '不同意分期（延期）', notice: 'refuse' },
      ],
    },
    { type: 'notice', key: 'bank' },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
