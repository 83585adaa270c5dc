/**
 * 式样之十九 催告书: demand to perform a decision before enforcement (行政强制法 第三十五、
 * 五十四条), served directly (第三十八条). The party may state and defend its case. For an unpaid
 * fine it states the amount owed and the 加处罚款 already running (行政处罚法 第七十二条), and is
 * pre-filled from the recorded decision and payments.
 */
import type { FormDefinition } from '../main/documents/definition';
import { amountInFigures } from '../main/documents/text';
import { NOTICE_MARGINS, caseCause, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { executedDecision, surchargeRunning } from './blocks/execution';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const intro: Piece = {
  fields: [text('reason0', '原违法事由', true, { prefill: caseCause })],
  notices: {
    intro:
      '因你（单位）{reason0:text:12}，本机关于{decisionDate:date}作出了{decisionContent:text:14}的决定（决定书案号：{decisionNo:text:10}），' +
      '你（单位）未在规定期限内履行。',
  },
  layout: [{ type: 'notice', key: 'intro' }],
};

const demand: Piece = {
  fields: [
    text('subject', '履行标的', true, {
      hint: '金钱给付的写明金额',
      prefill: (ctx) => (ctx.procedure && ctx.procedure.outstanding > 0 ? `缴纳罚款人民币${amountInFigures(ctx.procedure.outstanding)}及依法加处的罚款` : undefined),
    }),
    text('deadline', '履行期限', true),
    text('way', '履行方式', true, { hint: '金钱给付的写明给付方式' }),
    text('requirement', '履行要求', false),
    text('other', '其他事项', false),
    {
      key: 'measures',
      label: '逾期不履行措施',
      kind: 'checkbox',
      required: true,
      multiple: true,
      // Option labels unchanged since the first version, so stored drafts stay valid.
      options: ['加处罚款（每日3%）', '拍卖查封扣押财物抵缴', '申请法院强制执行', '代履行或委托第三人代履行', '其他强制执行方式'],
    },
    text('thirdParty', '受委托第三人', false),
    text('otherMeasure', '其他方式说明', false),
  ],
  notices: {
    demandIntro: '依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你（单位）履行下列义务：',
    item1: '一、履行标的：{subject:text:16}',
    item2: '二、履行期限：{deadline:text:16}',
    item3: '三、履行方式：{way:text:16}',
    item4: '四、履行要求：{requirement:text:16}',
    item5: '五、其他事项：{other:text:16}',
    measuresIntro: '逾期仍不履行的，本机关将依法采取下列措施：',
    surcharge: '继续每日按罚款数额的百分之三加处罚款，直至加处罚款的数额达到罚款数额；',
    auction: '拍卖依法查封、扣押的场所、设施或者财物抵缴罚款；',
    court: '申请人民法院强制执行；',
    substitute: '代履行，或者委托{thirdParty:text:10}代履行；',
    otherMeasure: '其他强制执行方式：{otherMeasure:text:12}。',
    defence: '你（单位）收到本催告书后有权进行陈述和申辩。本机关将听取你（单位）的意见，对你（单位）提出的事实、理由和证据进行记录、复核；事实、理由或者证据成立的，本机关将予以采纳。',
  },
  noticeRequirements: {
    defence: [{ anyOf: ['陈述'], what: '当事人陈述和申辩的权利（行政强制法 第三十五条第（四）项）' }],
  },
  layout: [
    { type: 'notice', key: 'demandIntro' },
    { type: 'notice', key: 'item1' },
    { type: 'notice', key: 'item2' },
    { type: 'notice', key: 'item3' },
    { type: 'notice', key: 'item4' },
    { type: 'notice', key: 'item5' },
    { type: 'notice', key: 'measuresIntro' },
    {
      type: 'checks',
      field: 'measures',
      items: [
        { option: '加处罚款（每日3%）', notice: 'surcharge' },
        { option: '拍卖查封扣押财物抵缴', notice: 'auction' },
        { option: '申请法院强制执行', notice: 'court' },
        { option: '代履行或委托第三人代履行', notice: 'substitute' },
        { option: '其他强制执行方式', notice: 'otherMeasure' },
      ],
    },
    { type: 'notice', key: 'defence' },
  ],
};

export const performanceDemand: FormDefinition = composeForm(
  { id: 19, slug: 'performance-demand', name: '催告书', stage: '执行', version: '2021.1', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [
    heading(),
    addressee(),
    executedDecision({ dateLabel: '决定日期', contentLabel: '决定内容', numberLabel: '决定书案号', required: true }),
    intro,
    surchargeRunning(),
    demand,
    seal(),
  ],
);
