/**
 * 式样之十五 行政处罚决定书 (普通程序). Carries the statutory content of 行政处罚法 第五十九条:
 * the party and address, facts and evidence, kind and basis of the penalty, manner and time
 * limit of performance, remedies with their time limits, and the agency's seal and date.
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
  text,
} from './common';

export const penaltyDecision: FormDefinition = {
  id: 15,
  slug: 'penalty-decision',
  name: '行政处罚决定书',
  stage: '决定',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    partyField(STANDARD_PARTY),
    { key: 'facts', label: '违法事实及证据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    { key: 'penalty', label: '处罚内容', kind: 'longtext', required: true, hint: '处罚种类；罚款的写明金额' },
    { key: 'fineAmount', label: '罚款金额', kind: 'money', required: false },
    text('payBank', '缴款银行', false, { prefill: (ctx) => ctx.office.payBank }),
    text('payAccount', '账号', false, { prefill: (ctx) => ctx.office.payAccount }),
    { key: 'otherExecution', label: '其他执行方式和期限', kind: 'longtext', required: false },
    reconsiderationOrganField,
    litigationCourtField,
    makeDateField,
  ],
  notices: {
    decision: '当事人的上述行为违反了{violated:text:12}的规定，依据{punishBasis:text:12}的规定，本机关决定给予当事人以下行政处罚：{penalty:text:16}。',
    payment:
      '罚款{fineAmount:moneyBoth:12}，当事人应当自收到本决定书之日起十五日内缴至{payBank:text:12}（账号：{payAccount:text:12}）。' + LATE_PAYMENT_SURCHARGE,
    otherExecution: '其他执行方式和期限：{otherExecution:text:16}',
    remedyWithEnforcement: REMEDY_WITH_ENFORCEMENT,
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'party', field: 'party' },
    { type: 'labelled', label: '违法事实及证据', field: 'facts', emptyLines: 4 },
    { type: 'notice', key: 'decision' },
    { type: 'notice', key: 'payment' },
    { type: 'notice', key: 'otherExecution' },
    { type: 'notice', key: 'remedyWithEnforcement' },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
