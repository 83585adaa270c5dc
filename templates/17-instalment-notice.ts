/**
 * 式样之十七 分期（延期）缴纳罚款通知书: the agency's answer to a request to pay a fine later or
 * in instalments (行政处罚法 第六十六条第二款). Amounts in capitals; one notice per instalment.
 */
import type { FormDefinition, PrefillContext } from '../main/documents/definition';
import { NOTICE_MARGINS, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';
import { approvedDecision, fineOf, stateOf } from './blocks/procedure';

/** The plan granted for the case, if the 负责人 has granted one. */
const planOf = (ctx: PrefillContext) => stateOf(ctx)?.paymentPlan ?? undefined;
/** The first instalment not yet due on the day the notice is drawn up (the one this notice concerns). */
const nextInstalment = (ctx: PrefillContext) => {
  const plan = planOf(ctx);
  if (!plan || plan.kind !== 'instalments') return undefined;
  const i = plan.schedule.findIndex((s) => s.dueOn >= ctx.today);
  const at = i < 0 ? 0 : i;
  const rest = plan.schedule.slice(at + 1).reduce((n, s) => n + s.amount, 0);
  return { no: at + 1, ...plan.schedule[at], rest };
};

const own: Piece = {
  fields: [
    { key: 'serviceDate', label: '处罚决定送达日期', kind: 'date', required: true, prefill: (ctx) => stateOf(ctx)?.service?.on },
    text('decisionNo', '处罚决定书案号', true, { prefill: (ctx) => ctx.caseDetail.caseNumber }),
    { key: 'fineCapital', label: '罚款金额', kind: 'money', required: true, prefill: (ctx) => fineOf(approvedDecision(ctx)?.penalty) ?? undefined },
    {
      key: 'decision',
      label: '审批结果',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['同意延期缴纳', '同意分期缴纳', '不同意分期（延期）'],
      prefill: (ctx) => {
        const plan = planOf(ctx);
        return plan ? [plan.kind === 'deferral' ? '同意延期缴纳' : '同意分期缴纳'] : undefined;
      },
    },
    {
      key: 'delayTo',
      label: '延期至',
      kind: 'date',
      required: false,
      prefill: (ctx) => {
        const plan = planOf(ctx);
        return plan?.kind === 'deferral' ? plan.schedule.at(-1)?.dueOn : undefined;
      },
    },
    text('instalmentNo', '期数', false, { hint: '本通知书所涉的第几期', prefill: (ctx) => (nextInstalment(ctx) ? String(nextInstalment(ctx)?.no) : undefined) }),
    { key: 'instalmentDue', label: '本期缴纳截止日期', kind: 'date', required: false, prefill: (ctx) => nextInstalment(ctx)?.dueOn },
    { key: 'instalmentAmount', label: '本期金额', kind: 'money', required: false, prefill: (ctx) => nextInstalment(ctx)?.amount },
    { key: 'remaining', label: '未缴余额', kind: 'money', required: false, prefill: (ctx) => nextInstalment(ctx)?.rest },
    { key: 'refuseReason', label: '不同意理由', kind: 'longtext', required: false },
  ],
  notices: {
    intro:
      '本机关于{serviceDate:date}向你（单位）送达了《行政处罚决定书》（案号：{decisionNo:text:10}），对你（单位）处以罚款{fineCapital:moneyCapitals:12}。' +
      '根据你（单位）的申请，依据《中华人民共和国行政处罚法》第六十六条第二款的规定，本机关决定：',
    delay: '同意你（单位）延期缴纳罚款，延期至{delayTo:date}。',
    instalments:
      '同意你（单位）分期缴纳罚款。第{instalmentNo:text:2}期罚款{instalmentAmount:moneyCapitals:10}，应当于{instalmentDue:date}前缴纳；' +
      '缴纳本期后尚未缴纳的罚款为{remaining:moneyCapitals:10}。',
    refuse: '不同意你（单位）分期（延期）缴纳罚款。理由：{refuseReason:text:16}。',
    bank: '代收机构凭本通知书收取罚款。',
  },
  layout: [
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'decision',
      items: [
        { option: '同意延期缴纳', notice: 'delay' },
        { option: '同意分期缴纳', notice: 'instalments' },
        { option: '不同意分期（延期）', notice: 'refuse' },
      ],
    },
    { type: 'notice', key: 'bank' },
  ],
};

export const instalmentNotice: FormDefinition = composeForm(
  { id: 17, slug: 'instalment-notice', name: '分期（延期）缴纳罚款通知书', stage: '执行', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
