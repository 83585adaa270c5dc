/**
 * 式样之二十二 中止（终结、恢复）行政强制执行通知书: one of four notices about an enforcement
 * under way (行政强制法 第三十九、四十、四十二条), chosen by ticking.
 */
import type { FormDefinition } from '../main/documents/definition';
import { caseCause, issuedOn, NOTICE_MARGINS, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    text('caseName', '案件名称', true, { prefill: caseCause }),
    { key: 'execDecisionDate', label: '执行决定日期', kind: 'date', required: true, prefill: (ctx) => issuedOn(ctx, 20) },
    text('execDecisionNo', '执行决定书案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    {
      key: 'type',
      label: '通知事项',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['中止执行', '终结执行', '恢复执行（情形消失）', '恢复执行（不履行协议）'],
    },
    { key: 'reason', label: '中止/终结原因', kind: 'longtext', required: false },
    { key: 'suspendFrom', label: '中止起始日期', kind: 'date', required: false },
    { key: 'suspendDate', label: '原中止决定日期', kind: 'date', required: false },
    { key: 'agreementDate', label: '执行协议日期', kind: 'date', required: false },
  ],
  notices: {
    intro:
      '本机关于{execDecisionDate:date}就{caseName:text:14}一案作出了行政强制执行决定，并向你（单位）送达了《行政强制执行决定书》' +
      '（案号：{execDecisionNo:text:10}）。现通知如下：',
    suspend:
      '因{reason:text:14}，依据《中华人民共和国行政强制法》第三十九条第一款的规定，本机关决定自{suspendFrom:date}起中止执行。中止执行的情形消失后，本机关将恢复执行。',
    terminate: '因{reason:text:14}，依据《中华人民共和国行政强制法》第四十条的规定，本机关决定终结执行。',
    resume: '本机关于{suspendDate:date}决定中止执行的情形已经消失，依据《中华人民共和国行政强制法》第三十九条第二款的规定，本机关决定自即日起恢复执行。',
    resumeBreach: '你（单位）未履行于{agreementDate:date}达成的执行协议，依据《中华人民共和国行政强制法》第四十二条第二款的规定，本机关决定自即日起恢复强制执行。',
    closing: '特此通知。',
  },
  layout: [
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'type',
      items: [
        { option: '中止执行', notice: 'suspend' },
        { option: '终结执行', notice: 'terminate' },
        { option: '恢复执行（情形消失）', notice: 'resume' },
        { option: '恢复执行（不履行协议）', notice: 'resumeBreach' },
      ],
    },
    { type: 'notice', key: 'closing' },
  ],
};

export const enforcementSuspensionNotice: FormDefinition = composeForm(
  { id: 22, slug: 'enforcement-suspension-notice', name: '中止（终结、恢复）行政强制执行通知书', stage: '执行', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
