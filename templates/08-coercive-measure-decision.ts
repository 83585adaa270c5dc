/**
 * 式样之八 行政强制措施决定书: 查封 or 扣押 of places, facilities or property
 * (行政强制法 第二十四条), handed over on the spot with its inventory, which the party and the
 * officers sign (the inventory is made in two copies). The conduct is 涉嫌 (suspected): nothing is
 * decided yet about the violation.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { heading, partyTable } from './blocks/party';
import { remedyChoice } from './blocks/remedy';
import { seal } from './blocks/seal';

const measure: Piece = {
  fields: [
    { key: 'actDate', label: '违法行为日期', kind: 'date', required: true, prefill: (ctx) => ctx.caseDetail.occurredAt.slice(0, 10) },
    { key: 'illegalAct', label: '涉嫌违法行为', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.cause.title },
    text('basis', '强制措施依据', true),
    text('object', '强制措施对象', true, { hint: '查封、扣押的场所、设施或者财物的名称和数量' }),
    { key: 'measure', label: '措施种类', kind: 'checkbox', required: true, multiple: true, options: ['查封', '扣押'] },
    { key: 'periodFrom', label: '期限起', kind: 'date', required: true, prefill: (ctx) => ctx.today },
    { key: 'periodTo', label: '期限止', kind: 'date', required: true, hint: '一般不超过三十日（行政强制法 第二十五条）' },
  ],
  notices: {
    decision:
      '当事人于{actDate:date}涉嫌{illegalAct:text:16}。依据{basis:text:14}的规定，本机关决定对{object:text:16}采取下列行政强制措施，' +
      '期限自{periodFrom:date}起至{periodTo:date}止：',
  },
  layout: [
    { type: 'notice', key: 'decision' },
    { type: 'checks', field: 'measure', inline: true, indent: true },
  ],
};

const inventory: Piece = {
  fields: [
    {
      key: 'inventory',
      label: '查封扣押清单',
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
    signature('partySign', '当事人签名'),
    signature('officerSign', '执法人员签名'),
    { key: 'otherNote', label: '其他说明', kind: 'longtext', required: false },
  ],
  notices: { inventoryIntro: '查封、扣押的场所、设施、财物见下列清单（清单一式两份，当事人和本机关各执一份）：' },
  layout: [
    { type: 'notice', key: 'inventoryIntro' },
    { type: 'table', field: 'inventory' },
    {
      type: 'signatures',
      items: [
        { label: '当事人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
    { type: 'labelled', label: '其他说明', field: 'otherNote', emptyLines: 1 },
  ],
};

export const coerciveMeasureDecision: FormDefinition = composeForm(
  { id: 8, slug: 'coercive-measure-decision', name: '行政强制措施决定书', stage: '行政强制', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), partyTable(), measure, remedyChoice({ key: 'remedyNotSuspended', document: '决定书', notSuspended: true }), inventory, seal()],
);
