/**
 * 式样之六 证据登记保存清单: evidence preserved in advance (先行登记保存, 行政处罚法
 * 第五十六条), approved by the agency head; a decision on it is due within 7 days.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, caseCause, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { heading, partyTable } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    text('caseName', '案件名称', true, { prefill: caseCause }),
    text('days', '保存天数', true, { hint: '不超过七日', prefill: () => '7' }),
    { key: 'from', label: '保存起始日期', kind: 'date', required: true, prefill: (ctx) => ctx.today },
    { key: 'to', label: '保存截止日期', kind: 'date', required: true },
    {
      key: 'items',
      label: '证据清单',
      kind: 'table',
      required: true,
      minRows: 5,
      columns: [
        { key: 'no', label: '序号', width: 0.6, kind: 'serial' },
        { key: 'name', label: '证据名称', width: 2.4 },
        { key: 'spec', label: '规格', width: 1.6 },
        { key: 'quantity', label: '数量', width: 0.9 },
        { key: 'location', label: '登记保存地点', width: 2 },
      ],
    },
    signature('partySign', '当事人或其代理人签名'),
    signature('officerSign', '执法人员签名'),
  ],
  notices: {
    basis:
      '本机关在调查{caseName:text:14}一案中，依据《中华人民共和国行政处罚法》第五十六条的规定，经本机关负责人批准，' +
      '对你（单位）的下列物品先行登记保存{days:text:2}日（自{from:date}起至{to:date}止）。在此期间，当事人或者有关人员不得销毁或者转移上述证据。',
  },
  layout: [
    { type: 'notice', key: 'basis' },
    { type: 'table', field: 'items' },
    {
      type: 'signatures',
      items: [
        { label: '当事人或其代理人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
  ],
};

export const evidencePreservationList: FormDefinition = composeForm(
  { id: 6, slug: 'evidence-preservation-list', name: '证据登记保存清单', stage: '调查取证', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), partyTable(), own, seal()],
);
