/**
 * 式样之二十一 代履行决定书: the agency (or a third party) performs in the party's place at the
 * party's cost (行政强制法 第五十、五十一、五十二条).
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, caseCause, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { executedDecision } from './blocks/execution';
import { heading, partyTable } from './blocks/party';
import { stateOf } from './blocks/procedure';
import { remedyChoice } from './blocks/remedy';
import { seal } from './blocks/seal';

export const AFTER_DEMAND = '催告后仍不履行（第五十条）';
/** Immediate 代履行 to clear a road, river, 航道 or public place: no decision or 催告 first (行政强制法 第五十二条). */
export const IMMEDIATE = '立即代履行（第五十二条）';

const body: Piece = {
  fields: [
    text('reason0', '违法事由', true, { prefill: caseCause }),
    {
      key: 'ground',
      label: '代履行情形',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: [AFTER_DEMAND, IMMEDIATE],
      prefill: (ctx) => {
        const s = stateOf(ctx);
        if (!s) return undefined;
        if (s.immediateSubstitution) return [IMMEDIATE];
        return s.decision?.duty.trim() && s.demand ? [AFTER_DEMAND] : undefined;
      },
    },
    text('basis', '其他依据', true, { hint: '与行政强制法一并援引的行业法律、法规条款' }),
    { key: 'performer', label: '代履行人', kind: 'checkbox', required: true, multiple: false, options: ['本机关', '第三人'] },
    text('thirdParty', '第三人名称', false),
    text('subject', '代履行标的', true, { hint: '决定责令履行的排除妨碍、恢复原状义务', prefill: (ctx) => stateOf(ctx)?.decision?.duty.trim() || undefined }),
    text('timeWay', '代履行时间和方式', true),
    { key: 'budget', label: '代履行费用（预算）', kind: 'money', required: true },
    text('prepayDays', '预付期限（日）', true),
    text('bank', '开户行', true, { prefill: (ctx) => ctx.office.payBank }),
    text('account', '账号', true, { prefill: (ctx) => ctx.office.payAccount }),
  ],
  notices: {
    intro: '因你（单位）{reason0:text:12}，',
    afterDemand:
      '本机关于{decisionDate:date}作出了{decisionContent:text:12}的决定（决定书案号：{decisionNo:text:10}），经催告你（单位）仍不履行，' +
      '其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源。依据《中华人民共和国行政强制法》第五十条和{basis:text:12}的规定，本机关决定代履行。',
    immediate:
      '需要立即清除道路、河道、航道或者公共场所的遗洒物、障碍物或者污染物，你（单位）不能清除。' +
      '依据《中华人民共和国行政强制法》第五十二条和{basis:text:12}的规定，本机关决定立即实施代履行。',
    performerHead: '一、代履行人：',
    byAgency: '本机关',
    byThird: '第三人：{thirdParty:text:10}',
    items: '二、代履行标的：{subject:text:16}',
    timeWay: '三、代履行时间和方式：{timeWay:text:14}',
    budget: '四、代履行费用（预算）：{budget:moneyBoth:12}',
    payment:
      '请你（单位）自收到本决定书之日起{prepayDays:text:2}日内，将代履行费用预付至{bank:text:12}（账号：{account:text:12}）。' +
      '代履行费用按照成本合理确定，由你（单位）承担，代履行完毕后据实结算，多退少补。',
  },
  layout: [
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'ground',
      items: [
        { option: AFTER_DEMAND, notice: 'afterDemand' },
        { option: IMMEDIATE, notice: 'immediate' },
      ],
    },
    { type: 'notice', key: 'performerHead' },
    {
      type: 'checks',
      field: 'performer',
      inline: true,
      indent: true,
      items: [
        { option: '本机关', notice: 'byAgency' },
        { option: '第三人', notice: 'byThird' },
      ],
    },
    { type: 'notice', key: 'items' },
    { type: 'notice', key: 'timeWay' },
    { type: 'notice', key: 'budget' },
    { type: 'notice', key: 'payment' },
  ],
};

export const substitutePerformanceDecision: FormDefinition = composeForm(
  { id: 21, slug: 'substitute-performance-decision', name: '代履行决定书', stage: '执行', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [
    heading(),
    partyTable(),
    executedDecision({ dateLabel: '原决定日期', contentLabel: '原决定内容', numberLabel: '原决定书案号', required: false }),
    body,
    remedyChoice({ key: 'remedy', document: '决定书' }),
    seal(),
  ],
);
