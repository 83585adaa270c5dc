/**
 * 式样之十四 当场行政处罚决定书 (简易程序, 行政处罚法 第五十一、五十二条): a pre-numbered form
 * handed to the party on the spot; a copy is filed with the agency within 5 days.
 *
 * What is particular to it: the time and place of the decision, the two officers, the party's
 * signature or a note of the refusal (第五十二条; 2021 程序规定 第六十一条), the payment block only
 * when there is a fine (当场收缴 only on a ground of 第六十八、六十九条), and the 复议前置 remedy.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, officer, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { heading, partyTable } from './blocks/party';
import { fineAmountField, onSpotPayment } from './blocks/payment';
import { remedyReconsiderationFirst } from './blocks/remedy';
import { seal } from './blocks/seal';
import { stateOf } from './blocks/procedure';

const facts: Piece = {
  fields: [
    { key: 'facts', label: '违法事实及依据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    text('penalty', '处罚内容', true, { hint: '处罚种类；罚款的写明金额' }),
    { key: 'decidedAt', label: '作出决定的时间', kind: 'datetime', required: true },
    text('place', '作出决定的地点', true, { prefill: (ctx) => stateOf(ctx)?.onSpot?.place || ctx.caseDetail.place }),
  ],
  notices: {
    decision:
      '当事人的上述行为违反了{violated:text:12}的规定，依据{punishBasis:text:12}的规定，本机关于{decidedAt:datetime}在{place:text:12}' +
      '当场决定给予当事人{penalty:text:12}的行政处罚。',
  },
  layout: [
    { type: 'labelled', label: '违法事实及依据', field: 'facts', emptyLines: 3 },
    { type: 'notice', key: 'decision' },
  ],
};

const toldAndSigned: Piece = {
  fields: [
    text('officer1', '执法人员1', true, { prefill: (ctx) => officer(ctx, 0)?.name }),
    text('cert1', '执法证号1', true, { prefill: (ctx) => officer(ctx, 0)?.certNo }),
    text('officer2', '执法人员2', true, { prefill: (ctx) => officer(ctx, 1)?.name }),
    text('cert2', '执法证号2', true, { prefill: (ctx) => officer(ctx, 1)?.certNo }),
    signature('partySign', '当事人或其代理人签名'),
    signature('officerSign', '执法人员签名'),
    text('refusalNote', '拒绝签收情况', false, { hint: '当事人拒绝签收的，由执法人员在此注明（行政处罚法 第五十二条）', maxLength: 200 }),
  ],
  notices: {
    toldBeforehand: '作出本决定前，执法人员已当场向当事人口头告知拟作出行政处罚的事实、理由和依据，并告知当事人依法享有陈述、申辩的权利。',
    refusal: '当事人拒绝签收的，由执法人员注明：{refusalNote:text:16}',
  },
  noticeRequirements: {
    refusal: [{ anyOf: ['{refusalNote}'], what: '拒绝签收情况的注明栏（行政处罚法 第五十二条）' }],
  },
  layout: [
    { type: 'notice', key: 'toldBeforehand' },
    { type: 'paragraph', text: '执法人员：{officer1:text:4}（执法证号：{cert1:text:8}）\u3000{officer2:text:4}（执法证号：{cert2:text:8}）', align: 'left' },
    {
      type: 'signatures',
      items: [
        { label: '当事人或其代理人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
    { type: 'notice', key: 'refusal', indent: false },
  ],
};

export const onTheSpotPenalty: FormDefinition = composeForm(
  {
    id: 14,
    slug: 'on-the-spot-penalty',
    name: '当场行政处罚决定书',
    stage: '决定（简易程序）',
    version: '2024.1',
    paper: { size: 'A4', margins: NOTICE_MARGINS },
  },
  [heading(), partyTable(), facts, onSpotPayment(fineAmountField()), remedyReconsiderationFirst(), toldAndSigned, seal()],
);
