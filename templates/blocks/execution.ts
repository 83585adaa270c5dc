/**
 * Pieces of the execution forms (17–22): the decision being executed, as each of them refers
 * back to it (date, content, 决定书案号, pre-filled from the recorded acts), and the 加处罚款 that
 * is already running when a fine is overdue (行政处罚法 第七十二条).
 */
import type { DateField, MoneyField, TextField } from '../../main/documents/definition';
import { issuedOn, text } from '../common';
import type { Piece } from './compose';
import { decisionContent, decisionDate } from './procedure';

/**
 * The executed decision's date, content and number. Labels differ from form to form as the
 * 式样 word them; `required` false where the form also serves cases without one (immediate 代履行).
 */
export function executedDecision(opts: { dateLabel: string; contentLabel: string; numberLabel: string; required: boolean }): Piece {
  const date: DateField = {
    key: 'decisionDate',
    label: opts.dateLabel,
    kind: 'date',
    required: opts.required,
    prefill: (ctx) => decisionDate(ctx) ?? issuedOn(ctx, 15) ?? issuedOn(ctx, 14),
  };
  const content: TextField = text('decisionContent', opts.contentLabel, opts.required, { prefill: decisionContent });
  const number: TextField = text('decisionNo', opts.numberLabel, opts.required, { prefill: (ctx) => ctx.caseDetail.caseNumber });
  return { fields: [date, content, number] };
}

const amountDueField: MoneyField = {
  key: 'amountDue',
  label: '应缴未缴罚款',
  kind: 'money',
  required: false,
  hint: '金钱给付义务的写明金额',
  prefill: (ctx) => (ctx.procedure && ctx.procedure.outstanding > 0 ? ctx.procedure.outstanding : undefined),
};

const lateFeeField: MoneyField = {
  key: 'lateFee',
  label: '已加处罚款',
  kind: 'money',
  required: false,
  hint: '截至本文书作出之日已加处的罚款',
  prefill: (ctx) => (ctx.procedure ? ctx.procedure.lateFee : undefined),
};

/**
 * The overdue fine and the surcharge already accruing on it: 3 % of the fine a day from the day
 * after the payment period ended, capped at the fine (行政处罚法 第七十二条第一款第（一）项).
 * Printed only when an amount is owed.
 */
export function surchargeRunning(): Piece {
  return {
    fields: [amountDueField, lateFeeField],
    notices: {
      surchargeRunning:
        '你（单位）逾期未缴纳罚款。依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，本机关已自缴款期限届满之次日起' +
        '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。截至本催告书作出之日，你（单位）应缴未缴罚款{amountDue:money:6}，已加处罚款{lateFee:money:6}。',
    },
    noticeRequirements: {
      surchargeRunning: [
        { anyOf: ['百分之三', '3%'], what: '每日按罚款数额的百分之三加处罚款（行政处罚法 第七十二条）' },
        { anyOf: ['{amountDue}'], what: '应缴未缴罚款（{amountDue}）' },
      ],
    },
    layout: [{ type: 'notice', key: 'surchargeRunning', when: { field: 'amountDue', is: 'positive' } }],
  };
}
