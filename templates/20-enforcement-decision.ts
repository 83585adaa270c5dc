/**
 * 式样之二十 行政强制执行决定书: enforcement of an unperformed decision after 催告, or at once
 * when assets are being moved or hidden (行政强制法 第三十七条); served directly.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { executedDecision } from './blocks/execution';
import { heading, partyTable } from './blocks/party';
import { remedyChoice } from './blocks/remedy';
import { seal } from './blocks/seal';

const body: Piece = {
  fields: [
    {
      key: 'ground',
      label: '执行理由',
      kind: 'checkbox',
      required: true,
      multiple: false,
      options: ['催告后仍未履行且无正当理由', '催告期间转移隐匿财物迹象'],
    },
    text('basis', '执行依据', true),
    { key: 'execDate', label: '强制执行日期', kind: 'date', required: true },
    text('execWay', '强制执行方式', true),
  ],
  notices: {
    intro: '本机关于{decisionDate:date}对你（单位）作出了{decisionContent:text:14}的决定（决定书案号：{decisionNo:text:10}），你（单位）未在规定期限内履行。',
    afterDemand: '经本机关依法催告，你（单位）仍未履行，且无正当理由。',
    assetsMoved: '在催告期间，你（单位）有转移或者隐匿财物的迹象，本机关依法立即强制执行。',
    decision: '依据{basis:text:14}的规定，本机关决定于{execDate:date}以{execWay:text:12}的方式强制执行。',
  },
  layout: [
    { type: 'notice', key: 'intro' },
    {
      type: 'checks',
      field: 'ground',
      items: [
        { option: '催告后仍未履行且无正当理由', notice: 'afterDemand' },
        { option: '催告期间转移隐匿财物迹象', notice: 'assetsMoved' },
      ],
    },
    { type: 'notice', key: 'decision' },
  ],
};

export const enforcementDecision: FormDefinition = composeForm(
  { id: 20, slug: 'enforcement-decision', name: '行政强制执行决定书', stage: '执行', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [
    heading(),
    partyTable(),
    executedDecision({ dateLabel: '原决定日期', contentLabel: '原决定内容', numberLabel: '原决定书案号', required: true }),
    body,
    remedyChoice({ key: 'remedy', document: '决定书' }),
    seal(),
  ],
);
