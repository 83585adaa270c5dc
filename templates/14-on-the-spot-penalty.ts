/**
 * 式样之十四 当场行政处罚决定书 (简易程序, 行政处罚法 第五十一、五十二条): a pre-numbered form
 * handed to the party on the spot; a copy is filed with the agency within 5 days.
 */
import type { FormDefinition } from '../main/documents/definition';
import {
  COPIES_NOTE,
  LATE_PAYMENT_SURCHARGE,
  NOTICE_MARGINS,
  REMEDY_WITH_ENFORCEMENT,
  STANDARD_PARTY,
  caseNumberField,
  litigationCourtField,
  makeDateField,
  partyField,
  reconsiderationOrganField,
  signature,
  text,
} from './common';

export const onTheSpotPenalty: FormDefinition = {
  id: 14,
  slug: 'on-the-spot-penalty',
  name: '当场行政处罚决定书',
  stage: '决定（简易程序）',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    partyField(STANDARD_PARTY),
    { key: 'facts', label: '违法事实及依据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    text('penalty', '处罚内容', true, { hint: '处罚种类；罚款的写明金额' }),
    { key: 'fineAmount', label: '罚款金额', kind: 'money', required: false },
    {
      key: 'payMode',
      label: '罚款履行方式',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['当场缴纳', '15日内缴至指定银行'],
    },
    text('payBank', '缴款银行', false, { prefill: (ctx) => ctx.office.payBank }),
    text('payAccount', '账号', false, { prefill: (ctx) => ctx.office.payAccount }),
    reconsiderationOrganField,
    litigationCourtField,
    signature('partySign', '当事人或其代理人签名'),
    signature('officerSign', '执法人员签名'),
    makeDateField,
  ],
  notices: {
    decision: '当事人的上述行为违反了{violated:text:12}的规定，依据{punishBasis:text:12}的规定，本机关当场决定给予当事人{penalty:text:12}的行政处罚。',
    payIntro: '罚款{fineAmount:moneyBoth:12}，按以下方式缴纳：',
    payOnSpot: '当场缴纳，由执法人员出具合法票据。',
    payBank: '自收到本决定书之日起十五日内缴至{payBank:text:12}（账号：{payAccount:text:12}）。' + LATE_PAYMENT_SURCHARGE,
    remedyWithEnforcement: REMEDY_WITH_ENFORCEMENT,
    toldBeforehand: '作出本决定前，执法人员已当场向当事人口头告知拟作出行政处罚的事实、理由和依据，并告知当事人依法享有陈述、申辩的权利。',
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'party', field: 'party' },
    { type: 'labelled', label: '违法事实及依据', field: 'facts', emptyLines: 3 },
    { type: 'notice', key: 'decision' },
    { type: 'notice', key: 'payIntro' },
    {
      type: 'checks',
      field: 'payMode',
      items: [
        { option: '当场缴纳', notice: 'payOnSpot' },
        { option: '15日内缴至指定银行', notice: 'payBank' },
      ],
    },
    { type: 'notice', key: 'remedyWithEnforcement' },
    { type: 'notice', key: 'toldBeforehand' },
    {
      type: 'signatures',
      items: [
        { label: '当事人或其代理人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
