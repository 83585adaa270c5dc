/** 式样之七 解除证据登记保存决定书: ends a 先行登记保存 of evidence (行政处罚法 第五十六条). */
import type { FormDefinition } from '../main/documents/definition';
import { issuedOn, NOTICE_MARGINS, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    { key: 'saveDate', label: '登记保存日期', kind: 'date', required: true, prefill: (ctx) => issuedOn(ctx, 6) },
    text('listNo', '登记保存清单案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    { key: 'releaseDate', label: '解除日期', kind: 'date', required: true, prefill: (ctx) => ctx.today },
  ],
  notices: {
    release:
      '本机关于{saveDate:date}对你（单位）的有关物品采取了证据先行登记保存措施（《证据登记保存清单》案号：{listNo:text:10}）。' +
      '依据《中华人民共和国行政处罚法》第五十六条的规定，本机关决定自{releaseDate:date}起解除上述证据登记保存。',
  },
  layout: [
    { type: 'notice', key: 'release' },
  ],
};

export const releaseEvidencePreservation: FormDefinition = composeForm(
  { id: 7, slug: 'release-evidence-preservation', name: '解除证据登记保存决定书', stage: '调查取证', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
