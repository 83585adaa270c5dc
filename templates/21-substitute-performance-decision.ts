/**
 * 式样之二十一 代履行决定书: the agency (or a third party) performs in the party's place at the
 * party's cost (行政强制法 第五十、五十一、五十二条).
 */
import type { FormDefinition } from '../main/documents/definition';
import {
  COPIES_NOTE,
  NOTICE_MARGINS,
  STANDARD_PARTY,
  caseCause,
  caseNumberField,
  litigationCourtField,
  makeDateField,
  partyField,
  reconsiderationOrganField,
  remedyOnly,
  text,
} from './common';

export const substitutePerformanceDecision: FormDefinition = {
  id: 21,
  slug: 'substitute-performance-decision',
  name: '代履行决定书',
  stage: '执行',
  version: '2019.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    partyField(STANDARD_PARTY),
    text('reason0', '违法事由', true, { prefill: caseCause }),
    {
      key: 'ground',
      label: '代履行情形',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['催告后仍不履行（第五十条）', '立即代履行（第五十二条）'],
    },
    { key: 'decisionDate', label: '原决定日期', kind: 'date', required: false },
    text('decisionContent', '原决定内容', false),
    text('decisionNo', '原决定书案号', false),
    text('basis', '其他依据', true, { hint: '与行政强制法一并援引的行业法律、法规条款' }),
    { key: 'performer', label: '代履行人', kind: 'checkbox', required: true, multiple: false, options: ['本机关', '第三人'] },
    text('thirdParty', '第三人名称', false),
    text('subject', '代履行标的', true),
    text('timeWay', '代履行时间和方式', true),
    { key: 'budget', label: '代履行费用（预算）', kind: 'money', required: true },
    text('prepayDays', '预付期限（日）', true),
    text('bank', '开户行', true, { prefill: (ctx) => ctx.office.payBank }),
    text('account', '账号', true, { prefill: (ctx) => ctx.office.payAccount }),
    reconsiderationOrganField,
    litigationCourtField,
    makeDateField,
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
    remedy: remedyOnly('决定书'),
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'party', field: 'party' },
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'ground',
      items: [
        { option: '催告后仍不履行（第五十条）', notice: 'afterDemand' },
        { option: '立即代履行（第五十二条）', notice: 'immediate' },
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
    { type: 'notice', key: 'remedy' },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
