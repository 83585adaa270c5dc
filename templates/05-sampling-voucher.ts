/**
 * 式样之五 抽样取证凭证: samples taken as evidence from the party's goods
 * (行政处罚法 第五十六条), listed and signed by both sides.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { heading, partyTable } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    { key: 'start', label: '抽样取证时间（起）', kind: 'datetime', required: true },
    { key: 'end', label: '抽样取证时间（止）', kind: 'datetime', required: true },
    text('place', '抽样地点', true, { prefill: (ctx) => ctx.caseDetail.place }),
    text('organ', '抽样取证机关', true, { prefill: (ctx) => ctx.office.name }),
    text('organTel', '抽样取证机关联系电话', true, { prefill: (ctx) => ctx.office.phone }),
    {
      key: 'items',
      label: '抽样物品清单',
      kind: 'table',
      required: true,
      minRows: 5,
      columns: [
        { key: 'no', label: '序号', width: 0.6, kind: 'serial' },
        { key: 'name', label: '被抽样物品名称', width: 2.2 },
        { key: 'spec', label: '规格及批号', width: 1.8 },
        { key: 'quantity', label: '数量', width: 0.9 },
        { key: 'location', label: '被抽样物品地点', width: 2 },
      ],
    },
    signature('partySign', '当事人或其代理人签名'),
    signature('officerSign', '执法人员签名'),
    { key: 'note', label: '备注', kind: 'longtext', required: false },
  ],
  notices: {
    basis: '依据《中华人民共和国行政处罚法》第五十六条的规定，本机关对你（单位）的下列物品进行抽样取证：',
  },
  layout: [
    { type: 'paragraph', text: '抽样取证时间：{start:datetime}至{end:time}', align: 'left' },
    { type: 'paragraph', text: '抽样地点：{place:text:24}', align: 'left' },
    { type: 'paragraph', text: '抽样取证机关：{organ:text:14}\u3000联系电话：{organTel:text:8}', align: 'left' },
    { type: 'notice', key: 'basis' },
    { type: 'table', field: 'items' },
    {
      type: 'signatures',
      items: [
        { label: '当事人或其代理人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
    { type: 'labelled', label: '备注', field: 'note', emptyLines: 1 },
  ],
};

export const samplingVoucher: FormDefinition = composeForm(
  { id: 5, slug: 'sampling-voucher', name: '抽样取证凭证', stage: '调查取证', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), partyTable(), own, seal()],
);
