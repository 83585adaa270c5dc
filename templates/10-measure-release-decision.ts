/**
 * 式样之十 解除行政强制措施决定书: ends a 查封/扣押 on one of the grounds of
 * 行政强制法 第二十八条第一款 and returns the property, which the party checks.
 */
import type { FormDefinition } from '../main/documents/definition';
import { caseCause, issuedOn, NOTICE_MARGINS, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    text('reason0', '原违法事由', true, { prefill: caseCause }),
    { key: 'measureDate', label: '原措施日期', kind: 'date', required: true, prefill: (ctx) => issuedOn(ctx, 8) },
    text('measure', '原措施种类', true, { suggestions: ['查封', '扣押'] }),
    text('decisionNo', '强制措施决定书案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    {
      key: 'clause',
      label: '解除依据（项）',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['（一）没有违法行为', '（二）与违法行为无关', '（三）已作处理决定', '（四）期限届满', '（五）其他不再需要情形'],
    },
    { key: 'releaseDate', label: '解除日期', kind: 'date', required: true, prefill: (ctx) => ctx.today },
    {
      key: 'returned',
      label: '退还财物清单',
      kind: 'table',
      required: true,
      minRows: 4,
      columns: [
        { key: 'no', label: '序号', width: 0.6, kind: 'serial' },
        { key: 'name', label: '查封、扣押场所、设施、财物名称', width: 3 },
        { key: 'spec', label: '规格', width: 1.4 },
        { key: 'quantity', label: '数量', width: 0.9 },
        { key: 'note', label: '备注', width: 1.4 },
      ],
    },
    signature('partySign', '当事人查验签名', false),
  ],
  notices: {
    body:
      '因你（单位）{reason0:text:12}，本机关于{measureDate:date}对你（单位）的有关场所、设施或者财物采取了{measure:text:3}的行政强制措施' +
      '（《行政强制措施决定书》案号：{decisionNo:text:10}）。现因存在下列情形，依据《中华人民共和国行政强制法》第二十八条第一款的规定，' +
      '本机关决定自{releaseDate:date}起解除上述行政强制措施：',
    noViolation: '（一）当事人没有违法行为；',
    unrelated: '（二）查封、扣押的场所、设施或者财物与违法行为无关；',
    decided: '（三）对违法行为已经作出处理决定，不再需要查封、扣押；',
    expired: '（四）查封、扣押期限已经届满；',
    other: '（五）其他不再需要采取查封、扣押措施的情形。',
    returnIntro: '退还的财物见下列清单：',
    checked: '以上财物已经当事人（代理人）当场查验，与查封、扣押时的财物相符，在查封、扣押期间未被使用、丢失或者损毁。',
  },
  layout: [
    { type: 'notice', key: 'body' },
    {
      type: 'checks',
      field: 'clause',
      items: [
        { option: '（一）没有违法行为', notice: 'noViolation' },
        { option: '（二）与违法行为无关', notice: 'unrelated' },
        { option: '（三）已作处理决定', notice: 'decided' },
        { option: '（四）期限届满', notice: 'expired' },
        { option: '（五）其他不再需要情形', notice: 'other' },
      ],
    },
    { type: 'notice', key: 'returnIntro' },
    { type: 'table', field: 'returned' },
    { type: 'notice', key: 'checked' },
    { type: 'signatures', items: [{ label: '当事人查验签名', field: 'partySign' }] },
  ],
};

export const measureReleaseDecision: FormDefinition = composeForm(
  { id: 10, slug: 'measure-release-decision', name: '解除行政强制措施决定书', stage: '行政强制', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
