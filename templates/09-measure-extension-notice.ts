/**
 * 式样之九 延长行政强制措施期限通知书: extends a 查封/扣押 by at most 30 days with the
 * head's approval, telling the party why (行政强制法 第二十五条).
 */
import type { FormDefinition } from '../main/documents/definition';
import { caseCause, issuedOn, NOTICE_MARGINS, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    text('reason0', '原违法事由', true, { prefill: caseCause }),
    { key: 'measureDate', label: '原措施日期', kind: 'date', required: true, prefill: (ctx) => issuedOn(ctx, 8) },
    text('measure', '原措施种类', true, { suggestions: ['查封', '扣押'] }),
    text('decisionNo', '强制措施决定书案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    { key: 'extendReason', label: '延长理由', kind: 'longtext', required: true },
    { key: 'extendTo', label: '延长至日期', kind: 'date', required: true },
  ],
  notices: {
    body:
      '因你（单位）{reason0:text:12}，本机关于{measureDate:date}对你（单位）的有关场所、设施或者财物采取了{measure:text:3}的行政强制措施' +
      '（《行政强制措施决定书》案号：{decisionNo:text:10}）。因{extendReason:text:16}，依据《中华人民共和国行政强制法》第二十五条的规定，' +
      '经本机关负责人批准，决定将上述行政强制措施的期限延长至{extendTo:date}。',
    closing: '特此通知。',
  },
  layout: [
    { type: 'notice', key: 'body' },
    { type: 'notice', key: 'closing' },
  ],
};

export const measureExtensionNotice: FormDefinition = composeForm(
  { id: 9, slug: 'measure-extension-notice', name: '延长行政强制措施期限通知书', stage: '行政强制', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
