/**
 * 式样之十二 听证通知书: time, place and panel of a hearing the party asked for, served at
 * least 7 days before (行政处罚法 第六十四条), with the party's rights at the hearing: one or two
 * agents, and that staying away or leaving without leave is a waiver.
 */
import type { FormDefinition } from '../main/documents/definition';
import { CONTACT_LINE, CONTACT_PERSON_LINE, NOTICE_MARGINS, caseCause, contactFields, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';

const own: Piece = {
  fields: [
    text('caseName', '案件名称', true, { prefill: caseCause }),
    { key: 'hearingTime', label: '听证时间', kind: 'datetime', required: true },
    text('hearingPlace', '听证地点', true),
    { key: 'publicity', label: '是否公开', kind: 'checkbox', required: true, multiple: false, options: ['公开', '不公开'], prefill: () => ['公开'] },
    text('presiding', '听证主持人姓名', true),
    text('presidingPos', '听证主持人职务', true),
    text('hearingOfficer', '听证员姓名', false),
    text('hearingOfficerPos', '听证员职务', false),
    text('clerk', '记录员姓名', true),
    text('clerkPos', '记录员职务', true),
    ...contactFields(),
  ],
  notices: {
    body: '根据你（单位）的申请，本机关定于{hearingTime:datetime}在{hearingPlace:text:14}就{caseName:text:14}一案举行听证，请准时参加。本次听证：',
    panel:
      '听证主持人：{presiding:text:4}（职务：{presidingPos:text:6}）；听证员：{hearingOfficer:text:4}（职务：{hearingOfficerPos:text:6}）；' +
      '记录员：{clerk:text:4}（职务：{clerkPos:text:6}）。你（单位）认为主持人、听证员或者记录员与本案有直接利害关系的，有权申请回避。',
    noticesHead: '注意事项：',
    notice1: '一、请事先准备好证据材料，并通知证人和委托代理人按时参加听证。',
    notice2:
      '二、你（单位）可以亲自参加听证，也可以委托一至二人代理（《中华人民共和国行政处罚法》第六十四条第（五）项）。' +
      '委托代理人参加听证的，应当在听证举行前向本机关提交由你（单位）签名或者盖章的授权委托书，载明委托事项和权限。',
    notice3: '三、因故不能按时参加听证的，应当在听证举行前向本机关提出延期申请，是否延期由本机关决定。',
    notice4:
      '四、你（单位）及代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证' +
      '（《中华人民共和国行政处罚法》第六十四条第（六）项）。',
    closing: '特此通知。',
    contact: CONTACT_LINE,
    contactPerson: CONTACT_PERSON_LINE,
  },
  noticeRequirements: {
    notice2: [{ anyOf: ['一至二人', '一至两人', '1至2人', '1—2人'], what: '可以委托一至二人代理（行政处罚法 第六十四条第（五）项）' }],
    notice4: [{ anyOf: ['中途退出'], what: '未经许可中途退出听证视为放弃听证权利（行政处罚法 第六十四条第（六）项）' }],
  },
  layout: [
    { type: 'notice', key: 'body' },
    {
      type: 'checks',
      field: 'publicity',
      inline: true,
      indent: true,
      items: [
        { option: '公开', text: '公开举行' },
        { option: '不公开', text: '不公开举行' },
      ],
    },
    { type: 'notice', key: 'panel' },
    { type: 'notice', key: 'noticesHead' },
    { type: 'notice', key: 'notice1' },
    { type: 'notice', key: 'notice2' },
    { type: 'notice', key: 'notice3' },
    { type: 'notice', key: 'notice4' },
    { type: 'notice', key: 'closing' },
    { type: 'spacer', height: 4 },
    { type: 'notice', key: 'contact', indent: false },
    { type: 'notice', key: 'contactPerson', indent: false },
  ],
};

export const hearingNotice: FormDefinition = composeForm(
  { id: 12, slug: 'hearing-notice', name: '听证通知书', stage: '听证', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
