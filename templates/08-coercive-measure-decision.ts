/**
 * 式样之八 行政强制措施决定书: 查封 or 扣押 of places, facilities or property
 * (行政强制法 第二十四条), handed over on the spot with its inventory.
 */
import type { FormDefinition } from '../main/documents/definition';
import {
  COPIES_NOTE,
  NOTICE_MARGINS,
  REMEDY_NOT_SUSPENDED,
  STANDARD_PARTY,
  caseNumberField,
  litigationCourtField,
  makeDateField,
  partyField,
  reconsiderationOrganField,
  text,
} from './common';

export const coerciveMeasureDecision: FormDefinition = {
  id: 8,
  slug: 'coercive-measure-decision',
  name: '行政强制措施决定书',
  stage: '行政强制',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    partyField(STANDARD_PARTY),
    { key: 'actDate', label: '违法行为日期', kind: 'date', required: true, prefill: (ctx) => ctx.caseDetail.occurredAt.slice(0, 10) },
    { key: 'illegalAct', label: '违法行为', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.cause.title },
    text('basis', '强制措施依据', true),
    text('object', '强制措施对象', true, { hint: '查封、扣押的场所、设施或者财物的名称和数量' }),
    { key: 'measure', label: '措施种类', kind: 'checkbox', required: true, multiple: true, options: ['查封', '扣押'] },
    { key: 'periodFrom', label: '期限起', kind: 'date', required: true, prefill: (ctx) => ctx.today },
    { key: 'periodTo', label: '期限止', kind: 'date', required: true, hint: '一般不超过三十日（行政强制法 第二十五条）' },
    reconsiderationOrganField,
    litigationCourtField,
    makeDateField,
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
    { key: 'otherNote', label: '其他说明', kind: 'longtext', required: false },
  ],
  notices: {
    decision:
      '当事人于{actDate:date}{illegalAct:text:16}。依据{basis:text:14}的规定，本机关决定对{object:text:16}采取下列行政强制措施，' +
      '期限自{periodFrom:date}起至{periodTo:date}止：',
    inventoryIntro: '查封、扣押的场所、设施、财物见下列清单：',
    remedyNotSuspended: REMEDY_NOT_SUSPENDED,
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'party', field: 'party' },
    { type: 'notice', key: 'decision' },
    { type: 'checks', field: 'measure', inline: true, indent: true },
    { type: 'notice', key: 'remedyNotSuspended' },
    { type: 'notice', key: 'inventoryIntro' },
    { type: 'table', field: 'inventory' },
    { type: 'labelled', label: '其他说明', field: 'otherNote', emptyLines: 1 },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
