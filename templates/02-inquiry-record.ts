/**
 * 式样之二 询问笔录: record of questioning a party, witness or other person. Signed by the
 * interviewee, the askers and the recorder on every page.
 */
import type { FormDefinition, PrefillContext } from '../main/documents/definition';
import { RECORD_MARGINS, ageOf, caseNumberField, genderLabel, officer, officerNames, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { recordClosing } from './blocks/record-closing';

const isOrganisation = (ctx: PrefillContext) => ctx.party?.kind === 'organisation';

const own: Piece = {
  fields: [
    caseNumberField,
    { key: 'askStart', label: '询问时间（起）', kind: 'datetime', required: true },
    { key: 'askEnd', label: '询问时间（止）', kind: 'datetime', required: true },
    text('askNo', '询问次数', true, { hint: '对同一被询问人的第几次询问', prefill: () => '1' }),
    text('place', '地点', true),
    text('askers', '询问人', true, { prefill: officerNames }),
    text('recorder', '记录人', true),
    // A company is questioned through a person: its legal representative unless the clerk
    // names someone else.
    text('interviewee', '被询问人', true, { prefill: (ctx) => (isOrganisation(ctx) ? ctx.party?.legalRep ?? undefined : ctx.party?.name) }),
    text('relation', '与案件关系', true, {
      suggestions: ['当事人', '当事人的法定代表人', '驾驶人', '实际所有者', '证人', '承运人', '代理人'],
      prefill: (ctx) => (!ctx.party ? undefined : isOrganisation(ctx) ? '当事人的法定代表人' : '当事人'),
    }),
    text('sex', '性别', true, { suggestions: ['男', '女'], prefill: (ctx) => genderLabel(ctx.party) }),
    text('age', '年龄', true, { prefill: (ctx) => ageOf(ctx.party, ctx.today) }),
    text('idNo', '身份证件号', true, { prefill: (ctx) => ctx.party?.idNumber ?? undefined }),
    text('tel', '联系电话', false, { prefill: (ctx) => ctx.party?.phone }),
    text('unitPosition', '工作单位及职务', false, {
      prefill: (ctx) => (isOrganisation(ctx) ? `${ctx.party?.name ?? ''} ${ctx.party?.legalRepTitle ?? ''}`.trim() : ctx.party?.workplace ?? undefined),
    }),
    text('address', '联系地址', false, { prefill: (ctx) => ctx.party?.address }),
    text('organName', '执法机构名称', true, { prefill: (ctx) => ctx.office.name }),
    text('officer1', '执法人员1', true, { prefill: (ctx) => officer(ctx, 0)?.name }),
    text('officer2', '执法人员2', true, { prefill: (ctx) => officer(ctx, 1)?.name }),
    text('certNo1', '执法证号1', true, { prefill: (ctx) => officer(ctx, 0)?.certNo }),
    text('certNo2', '执法证号2', true, { prefill: (ctx) => officer(ctx, 1)?.certNo }),
    {
      key: 'qa',
      label: '问/答',
      kind: 'table',
      required: true,
      columns: [
        { key: 'q', label: '问' },
        { key: 'a', label: '答' },
      ],
      minRows: 0,
      prefill: () => [{ q: '你是否申请我们回避？', a: '' }],
    },
    signature('askerSign', '询问人签名'),
    signature('recorderSign', '记录人签名', false),
  ],
  notices: {
    opening:
      '我们是{organName:text:10}的执法人员{officer1:text:4}、{officer2:text:4}，执法证号分别为{certNo1:text:6}、{certNo2:text:6}，这是我们的执法证件，请你核对。' +
      '现依法就有关问题向你询问，你应当如实回答，不得隐瞒事实或者作虚假陈述。' +
      '执法人员与本案有直接利害关系或者有其他关系可能影响公正处理的，你可以申请其回避。',
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'paragraph', text: '询问时间：{askStart:datetime}至{askEnd:time}\u3000\u3000第{askNo:text:2}次询问', align: 'left' },
    { type: 'paragraph', text: '询问地点：{place:text:24}', align: 'left' },
    { type: 'paragraph', text: '询问人：{askers:text:10}\u3000\u3000记录人：{recorder:text:6}', align: 'left' },
    { type: 'paragraph', text: '被询问人：{interviewee:text:6}\u3000\u3000与案件关系：{relation:text:6}', align: 'left' },
    { type: 'paragraph', text: '性别：{sex:text:2}\u3000年龄：{age:text:2}\u3000身份证件号：{idNo:text:12}', align: 'left' },
    { type: 'paragraph', text: '联系电话：{tel:text:8}\u3000工作单位及职务：{unitPosition:text:12}', align: 'left' },
    { type: 'paragraph', text: '联系地址：{address:text:24}', align: 'left' },
    { type: 'notice', key: 'opening' },
    { type: 'dialogue', field: 'qa' },
  ],
};

export const inquiryRecord: FormDefinition = composeForm(
  {
    id: 2,
    slug: 'inquiry-record',
    name: '询问笔录',
    stage: '调查取证',
    version: '2019.2',
    paper: { size: 'A4', margins: RECORD_MARGINS },
    pageFooter: { signatures: ['被询问人签名', '询问人签名', '记录人签名'] },
  },
  [own, recordClosing({ who: '被询问人', signKey: 'intervieweeSign', dateKey: 'intervieweeSignDate' })],
);
