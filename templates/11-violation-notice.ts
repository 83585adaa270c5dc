/**
 * 式样之十一 违法行为通知书: tells the party the facts, the provisions and the intended penalty
 * before a decision, and which rights it has (行政处罚法 第四十四、四十五、六十三、六十四条).
 * A ticked box marks a right the party has in this case.
 */
import type { FormDefinition } from '../main/documents/definition';
import { CONTACT_LINE, CONTACT_PERSON_LINE, COPIES_NOTE, NOTICE_MARGINS, addresseeField, caseNumberField, contactFields, makeDateField, text } from './common';

export const violationNotice: FormDefinition = {
  id: 11,
  slug: 'violation-notice',
  name: '违法行为通知书',
  stage: '告知',
  version: '2021.1',
  paper: { size: 'A4', margins: NOTICE_MARGINS },
  fields: [
    caseNumberField,
    addresseeField,
    text('illegalAct', '违法行为', true, { hint: '本机关认定的违法行为', prefill: (ctx) => ctx.caseDetail.cause.title }),
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    text('proposed', '拟处罚内容', true, { hint: '拟作出的行政处罚种类和幅度' }),
    {
      key: 'rights',
      label: '告知权利',
      kind: 'checkbox',
      required: true,
      multiple: true,
      options: ['陈述申辩', '要求举行听证'],
      prefill: () => ['陈述申辩'],
    },
    ...contactFields(),
    makeDateField,
  ],
  notices: {
    charge:
      '经调查，本机关认为你（单位）{illegalAct:text:12}的行为，违反了{violated:text:12}的规定。' +
      '依据{punishBasis:text:12}的规定，本机关拟对你（单位）作出{proposed:text:12}的行政处罚。',
    rightsIntro: '根据《中华人民共和国行政处罚法》的规定，你（单位）依法享有下列权利：',
    statement:
      '陈述、申辩的权利。你（单位）可以向本机关陈述事实、提出申辩意见。本机关将对你（单位）提出的事实、理由和证据进行复核；' +
      '提出的事实、理由或者证据成立的，本机关将予以采纳，不会因你（单位）陈述、申辩而加重处罚。',
    hearing:
      '要求举行听证的权利。你（单位）可以在收到本通知书之日起五日内向本机关提出举行听证的要求；逾期未提出的，视为放弃听证的权利。',
    tickNote: '注：方框内标有“■”的事项，为你（单位）在本案中依法享有的权利。',
    contact: CONTACT_LINE,
    contactPerson: CONTACT_PERSON_LINE,
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'addressee', field: 'party' },
    { type: 'notice', key: 'charge' },
    { type: 'notice', key: 'rightsIntro' },
    {
      type: 'checks',
      field: 'rights',
      items: [
        { option: '陈述申辩', notice: 'statement' },
        { option: '要求举行听证', notice: 'hearing' },
      ],
    },
    { type: 'notice', key: 'tickNote', indent: false, size: 'small' },
    { type: 'spacer', height: 6 },
    { type: 'notice', key: 'contact', indent: false },
    { type: 'notice', key: 'contactPerson', indent: false },
    { type: 'seal', dateField: 'makeDate' },
    { type: 'copies' },
  ],
  copiesNote: COPIES_NOTE,
};
