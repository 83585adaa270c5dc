/**
 * 式样之十一 违法行为通知书: tells the party the facts, the provisions and the intended penalty
 * before a decision, and which rights it has (行政处罚法 第四十四、四十五、六十三、六十四条).
 * A ticked box (√) marks a right the party has in this case: the hearing right is ticked from the
 * same rule that decides whether the party has one (the procedure's requirements), and the
 * 陈述申辩 period is the one the office configured. Pre-filled from the 调查终结 proposal.
 */
import type { FormData, FormDefinition, MoneyField } from '../main/documents/definition';
import { textValue } from '../main/documents/form-data';
import { CONTACT_LINE, CONTACT_PERSON_LINE, NOTICE_MARGINS, contactFields, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { addressee, heading } from './blocks/party';
import { fineOf, penaltyInWords, stateOf } from './blocks/procedure';
import { seal } from './blocks/seal';

export const STATEMENT_RIGHT = '陈述申辩';
export const HEARING_RIGHT = '要求举行听证';

const proposedFine: MoneyField = {
  key: 'proposedFine',
  label: '拟罚款金额',
  kind: 'money',
  required: false,
  hint: '不拟罚款的不填',
  prefill: (ctx) => fineOf(stateOf(ctx)?.proposal?.penalty) ?? undefined,
};

/** The 陈述申辩 period is a whole number of working days, as the office's setting is (1–30). */
function checkStatementDays(data: FormData): { path: string; message: string }[] {
  const v = textValue(data, 'statementDays').trim();
  if (!v) return [];
  const n = Number(v);
  return /^\d{1,2}$/.test(v) && n >= 1 && n <= 30
    ? []
    : [{ path: 'statementDays', message: '陈述申辩期限：应为1至30之间的工作日数（行政处罚法 第四十四、四十五条；期限按本单位设置）' }];
}

const body: Piece = {
  fields: [
    text('illegalAct', '违法行为', true, { hint: '本机关认定的违法行为', prefill: (ctx) => ctx.caseDetail.cause.title }),
    text('violated', '违反条款', true, { prefill: (ctx) => ctx.caseDetail.cause.legalBasis }),
    text('punishBasis', '处罚依据', true, { prefill: (ctx) => ctx.caseDetail.cause.penaltyBasis }),
    text('proposed', '拟处罚内容', true, {
      hint: '拟作出的行政处罚种类和幅度',
      prefill: (ctx) => {
        const p = stateOf(ctx)?.proposal?.penalty;
        return p ? penaltyInWords(p) || undefined : undefined;
      },
    }),
    proposedFine,
    text('statementDays', '陈述申辩期限（工作日）', true, {
      hint: '本单位设置的陈述申辩期限',
      maxLength: 2,
      prefill: (ctx) => (ctx.procedure ? String(ctx.procedure.settings.statementWorkingDays) : undefined),
    }),
    {
      key: 'rights',
      label: '告知权利',
      kind: 'checkbox',
      required: true,
      multiple: true,
      options: [STATEMENT_RIGHT, HEARING_RIGHT],
      prefill: (ctx) => (ctx.procedure?.requirements.hearingRight ? [STATEMENT_RIGHT, HEARING_RIGHT] : [STATEMENT_RIGHT]),
    },
    ...contactFields(),
  ],
  notices: {
    charge:
      '经调查，本机关认为你（单位）{illegalAct:text:12}的行为，违反了{violated:text:12}的规定。' +
      '依据{punishBasis:text:12}的规定，本机关拟对你（单位）作出{proposed:text:12}的行政处罚。',
    proposedFine: '其中，拟罚款{proposedFine:moneyBoth:10}。',
    rightsIntro: '根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你（单位）依法享有下列权利：',
    statement:
      '陈述、申辩的权利。你（单位）可以自收到本通知书之日起{statementDays:text:2}个工作日内向本机关陈述事实、提出申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。' +
      '本机关将对你（单位）提出的事实、理由和证据进行复核；提出的事实、理由或者证据成立的，本机关将予以采纳，不会因你（单位）陈述、申辩而给予更重的处罚。',
    hearing:
      '要求举行听证的权利。你（单位）可以自收到本通知书之日起五日内向本机关提出举行听证的要求；逾期未提出的，视为放弃听证的权利。',
    tickNote: '注：方框内标有“√”的事项，为你（单位）在本案中依法享有的权利。',
    contact: CONTACT_LINE,
    contactPerson: CONTACT_PERSON_LINE,
  },
  noticeRequirements: {
    statement: [
      { anyOf: ['{statementDays}'], what: '陈述申辩的期限（{statementDays}，行政处罚法 第四十四、四十五条）' },
      { anyOf: ['陈述'], what: '陈述、申辩的权利（行政处罚法 第四十五条）' },
    ],
    hearing: [
      { anyOf: ['五日', '5日'], what: '提出听证要求的期限五日（行政处罚法 第六十四条第（一）项）' },
      { anyOf: ['听证'], what: '要求听证的权利（行政处罚法 第六十三条）' },
    ],
  },
  validate: checkStatementDays,
  layout: [
    { type: 'notice', key: 'charge' },
    { type: 'notice', key: 'proposedFine', when: { field: 'proposedFine', is: 'positive' } },
    { type: 'notice', key: 'rightsIntro' },
    {
      type: 'checks',
      field: 'rights',
      items: [
        { option: STATEMENT_RIGHT, notice: 'statement' },
        { option: HEARING_RIGHT, notice: 'hearing' },
      ],
    },
    { type: 'notice', key: 'tickNote', indent: false, size: 'small' },
    { type: 'spacer', height: 6 },
    { type: 'notice', key: 'contact', indent: false },
    { type: 'notice', key: 'contactPerson', indent: false },
  ],
};

export const violationNotice: FormDefinition = composeForm(
  { id: 11, slug: 'violation-notice', name: '违法行为通知书', stage: '告知', version: '2021.2', paper: { size: 'A4', margins: NOTICE_MARGINS } },
  [heading(), addressee(), body, seal()],
);
