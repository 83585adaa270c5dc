/**
 * 式样之十六 责令改正违法行为通知书: orders the party to correct a violation at once or by a
 * date (行政处罚法 第二十八条); remedies without an enforcement clause.
 */
import type { FormDefinition } from '../main/documents/definition';
import { NOTICE_MARGINS, litigationCourtField, reconsiderationOrganField, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { seal } from './blocks/seal';
import { remedyChoice } from './blocks/remedy';

/** 复议 or 诉讼, no execution clause: an order to correct is not enforced as a fine is. */
const remedy = remedyChoice({ key: 'remedy', document: '通知书' });

const own: Piece = {
  fields: [
    { key: 'facts', label: '违法事实', kind: 'longtext', required: true, prefill: (ctx) => ctx.caseDetail.facts },
    text('basis', '责令改正依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    { key: 'correctWay', label: '改正要求', kind: 'checkbox', required: true, multiple: false, options: ['立即改正', '限期改正'] },
    { key: 'deadline', label: '改正期限', kind: 'date', required: false },
    reconsiderationOrganField,
    litigationCourtField,
    signature('partySign', '当事人或其代理人签名'),
    signature('officerSign', '执法人员签名'),
  ],
  notices: {
    intro: '经调查，你（单位）存在下列违法行为：',
    order: '依据{basis:text:14}的规定，本机关责令你（单位）：',
    now: '立即改正上述违法行为。',
    byDate: '于{deadline:date}前改正上述违法行为。',
    ...remedy.notices,
  },
  noticeRequirements: remedy.noticeRequirements,
  layout: [
    { type: 'notice', key: 'intro' },
    { type: 'labelled', label: '违法事实', field: 'facts', emptyLines: 4 },
    { type: 'notice', key: 'order' },
    {
      type: 'checks',
      field: 'correctWay',
      items: [
        { option: '立即改正', notice: 'now' },
        { option: '限期改正', notice: 'byDate' },
      ],
    },
    { type: 'notice', key: 'remedy' },
    {
      type: 'signatures',
      items: [
        { label: '当事人或其代理人签名', field: 'partySign' },
        { label: '执法人员签名', field: 'officerSign' },
      ],
    },
  ],
};

export const correctionOrder: FormDefinition = composeForm(
  { id: 16, slug: 'correction-order', name: '责令改正违法行为通知书', stage: '决定', version: '2019.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), own, seal()],
);
