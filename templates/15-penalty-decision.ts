/**
 * 式样之十五 行政处罚决定书 (普通程序). Carries the statutory content of 行政处罚法 第五十九条:
 * the party and address, facts and evidence, kind and basis of the penalty, manner and time
 * limit of performance, remedies with their time limits, and the agency's seal and date; and, as
 * a 案卷评查 expects, how 陈述申辩 and 听证 were handled and how the 裁量基准 was applied.
 * Pre-filled from the approved decision.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, makeDateField, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { discretionText, hearingHandlingText, statementHandlingText } from './blocks/handling';
import { heading, partyTable } from './blocks/party';
import { bankPayment, fineAmountField } from './blocks/payment';
import { approvedDecision, fineOf, penaltyInWords } from './blocks/procedure';
import { remedyChoice } from './blocks/remedy';
import { seal } from './blocks/seal';

const decision: Piece = {
  fields: [
    { key: 'facts', label: '违法事实及证据', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    { key: 'statementHandling', label: '陈述申辩情况', kind: 'longtext', required: true, prefill: statementHandlingText, hint: '当事人陈述、申辩及采纳情况，或放弃陈述申辩' },
    { key: 'hearingHandling', label: '听证情况', kind: 'longtext', required: true, prefill: hearingHandlingText, hint: '是否享有听证权利，是否要求、举行或放弃听证' },
    { key: 'discretion', label: '裁量基准适用情况', kind: 'longtext', required: true, prefill: discretionText, hint: '适用的裁量情形；在基准外处罚的，写明理由' },
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    {
      key: 'penalty',
      label: '处罚内容',
      kind: 'longtext',
      required: true,
      hint: '处罚种类；罚款的写明金额',
      prefill: (ctx) => {
        const d = approvedDecision(ctx);
        return d ? penaltyInWords(d.penalty) || undefined : undefined;
      },
    },
  ],
  notices: {
    decision: '当事人的上述行为违反了{violated:text:12}的规定，依据{punishBasis:text:12}的规定，本机关决定给予当事人以下行政处罚：{penalty:text:16}。',
  },
  layout: [
    { type: 'labelled', label: '违法事实及证据', field: 'facts', emptyLines: 4 },
    { type: 'labelled', label: '陈述申辩情况', field: 'statementHandling', emptyLines: 2 },
    { type: 'labelled', label: '听证情况', field: 'hearingHandling', emptyLines: 1 },
    { type: 'labelled', label: '裁量基准适用情况', field: 'discretion', emptyLines: 2 },
    { type: 'notice', key: 'decision' },
  ],
};

const otherExecution: Piece = {
  fields: [{ key: 'otherExecution', label: '其他执行方式和期限', kind: 'longtext', required: false }],
  notices: { otherExecution: '其他执行方式和期限：{otherExecution:text:16}' },
  layout: [{ type: 'notice', key: 'otherExecution' }],
};

export const penaltyDecision: FormDefinition = composeForm(
  { id: 15, slug: 'penalty-decision', name: '行政处罚决定书', stage: '决定', version: '2024.1', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [
    heading(),
    partyTable(),
    decision,
    bankPayment(fineAmountField((ctx) => fineOf(approvedDecision(ctx)?.penalty) ?? undefined)),
    otherExecution,
    remedyChoice({ key: 'remedyWithEnforcement', document: '决定书', notSuspended: true, courtWarning: true }),
    seal({ date: { ...makeDateField, prefill: (ctx) => approvedDecision(ctx)?.decidedOn ?? ctx.today } }),
  ],
);
