/**
 * The payment paragraph of a penalty decision. It exists only when the decision imposes a fine:
 * a warning-only decision has none (its blocks carry `when: fineAmount positive`).
 *
 * - Bank (forms 14, 15): within 15 days of receipt at the designated bank (行政处罚法 第六十七条),
 *   with the 3 %/day 加处罚款 warning capped at the fine (第七十二条).
 * - 当场收缴 (form 14 only): on a ground of 第六十八、六十九条, against the 财政部门统一制发的专用票据 (第七十条).
 */
import { COLLECTION_GROUNDS } from '../../main/contract/procedure';
import type { CheckboxField, Condition, FormData, MoneyField, TextField } from '../../main/documents/definition';
import { listValue, moneyValue } from '../../main/documents/form-data';
import { text } from '../common';
import type { Piece } from './compose';
import { collectionGroundLabel, fineOf, stateOf } from './procedure';

/** 3 %/day surcharge warning, told to the party with the decision (2021 程序规定 第一百零三条). */
export const LATE_PAYMENT_SURCHARGE = '逾期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。';

export const HAS_FINE: Condition = { field: 'fineAmount', is: 'positive' };

export const PAY_ON_SPOT = '当场缴纳';
export const PAY_AT_BANK = '15日内缴至指定银行';

/** The three 当场收缴 grounds, as the procedure contract words them. */
export const COLLECTION_GROUND_OPTIONS: readonly string[] = COLLECTION_GROUNDS.filter((g) => g.code !== 'none').map((g) => g.label);
const SMALL_FINE_GROUND = COLLECTION_GROUNDS.find((g) => g.code === 'small')?.label ?? '';

export const payBankField: TextField = text('payBank', '缴款银行', false, { prefill: (ctx) => ctx.office.payBank });
export const payAccountField: TextField = text('payAccount', '账号', false, { prefill: (ctx) => ctx.office.payAccount });

/** 罚款金额, pre-filled from the recorded penalty when there is one. */
export function fineAmountField(prefill?: MoneyField['prefill']): MoneyField {
  return { key: 'fineAmount', label: '罚款金额', kind: 'money', required: false, hint: '只给予警告的不填', ...(prefill ? { prefill } : {}) };
}

const BANK_TEXT = '自收到本决定书之日起十五日内缴至{payBank:text:12}（账号：{payAccount:text:12}）。' + LATE_PAYMENT_SURCHARGE;

/** Form 15: one paragraph, printed only when there is a fine. */
export function bankPayment(fineAmount: MoneyField): Piece {
  return {
    fields: [fineAmount, payBankField, payAccountField],
    notices: { payment: '罚款{fineAmount:moneyBoth:12}，当事人应当' + BANK_TEXT },
    noticeRequirements: {
      payment: [
        { anyOf: ['十五日', '15日'], what: '缴纳期限十五日（行政处罚法 第六十七条）' },
        { anyOf: ['百分之三', '3%'], what: '每日按罚款数额的百分之三加处罚款（行政处罚法 第七十二条）' },
      ],
    },
    layout: [{ type: 'notice', key: 'payment', when: HAS_FINE }],
  };
}

function payModeField(): CheckboxField {
  return {
    key: 'payMode',
    label: '罚款履行方式',
    kind: 'checkbox',
    required: false,
    requiredWhen: HAS_FINE,
    hint: '只给予警告的不填',
    multiple: false,
    // Labels unchanged since the first version of the form, so stored drafts stay valid.
    options: [PAY_ON_SPOT, PAY_AT_BANK],
    prefill: (ctx) => {
      const onSpot = stateOf(ctx)?.onSpot;
      if (!onSpot) return undefined;
      return [onSpot.collectionGround !== 'none' ? PAY_ON_SPOT : PAY_AT_BANK];
    },
  };
}

const collectionGroundField: CheckboxField = {
  key: 'collectionGround',
  label: '当场收缴依据',
  kind: 'checkbox',
  required: false,
  requiredWhen: { field: 'payMode', ticked: PAY_ON_SPOT },
  hint: '勾选“当场缴纳”的，必须写明依据（行政处罚法 第六十八、六十九条）',
  multiple: false,
  options: COLLECTION_GROUND_OPTIONS,
  prefill: (ctx) => {
    const label = collectionGroundLabel(stateOf(ctx)?.onSpot?.collectionGround ?? 'none');
    return label ? [label] : undefined;
  },
};

/** Refusals across the payment fields of form 14. */
function checkOnSpotPayment(data: FormData): { path: string; message: string }[] {
  const fine = moneyValue(data, 'fineAmount');
  const mode = listValue(data, 'payMode');
  const ground = listValue(data, 'collectionGround');
  const out: { path: string; message: string }[] = [];
  if (!(fine !== null && fine > 0) && mode.length) {
    out.push({ path: 'payMode', message: '罚款履行方式：没有罚款（仅警告）的决定不写缴款方式，缴款内容只在有罚款时出现（行政处罚法 第五十一条、第六十七条）' });
  }
  if (ground.length && !mode.includes(PAY_ON_SPOT)) {
    out.push({ path: 'collectionGround', message: '当场收缴依据：未勾选“当场缴纳”的，不写当场收缴依据（行政处罚法 第六十八、六十九条）' });
  }
  if (ground.includes(SMALL_FINE_GROUND) && fine !== null && fine > 100) {
    out.push({ path: 'collectionGround', message: '当场收缴依据：罚款超过一百元的，不能以“一百元以下罚款”为由当场收缴（行政处罚法 第六十八条第（一）项）' });
  }
  return out;
}

/**
 * Form 14: "罚款…，按以下方式缴纳：" and the two ticks, only when there is a fine; 当场缴纳 names
 * its ground and the 专用票据.
 */
export function onSpotPayment(fineAmount: MoneyField): Piece {
  return {
    fields: [fineAmount, payModeField(), collectionGroundField, payBankField, payAccountField],
    notices: {
      payIntro: '罚款{fineAmount:moneyBoth:12}，按以下方式缴纳：',
      payOnSpot:
        '当场缴纳：依据{collectionGround:list:16}，由执法人员当场收缴罚款，并向当事人出具财政部门统一制发的专用票据（《中华人民共和国行政处罚法》第七十条）。',
      payBank: BANK_TEXT,
    },
    noticeRequirements: {
      payOnSpot: [
        { anyOf: ['{collectionGround}'], what: '当场收缴的依据（行政处罚法 第六十八、六十九条）' },
        { anyOf: ['专用票据'], what: '财政部门统一制发的专用票据（行政处罚法 第七十条）' },
      ],
      payBank: [
        { anyOf: ['十五日', '15日'], what: '缴纳期限十五日（行政处罚法 第六十七条）' },
        { anyOf: ['百分之三', '3%'], what: '每日按罚款数额的百分之三加处罚款（行政处罚法 第七十二条）' },
      ],
    },
    layout: [
      { type: 'notice', key: 'payIntro', when: HAS_FINE },
      {
        type: 'checks',
        field: 'payMode',
        when: HAS_FINE,
        items: [
          { option: PAY_ON_SPOT, notice: 'payOnSpot' },
          { option: PAY_AT_BANK, notice: 'payBank' },
        ],
      },
    ],
    validate: checkOnSpotPayment,
  };
}

export { fineOf };
