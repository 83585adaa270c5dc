/**
 * 式样之四 现场笔录: what the officers found and did on the spot (also the record of a coercive
 * measure, 行政强制法 第十八条). A refusal to sign is noted; an absent party is replaced by a
 * witness (见证人), who signs. The 现场情况 is written on the spot, never copied from the
 * registration; "以下空白" follows it on the final record.
 */
import type { FormDefinition } from '../main/documents/definition';
import { RECORD_MARGINS, caseNumberField, officer, personForParty, signature, text } from './common';

export const siteRecord: FormDefinition = {
  id: 4,
  slug: 'site-record',
  name: '现场笔录',
  stage: '调查取证',
  version: '2019.2',
  paper: { size: 'A4', margins: RECORD_MARGINS },
  fields: [
    caseNumberField,
    text('place', '执法地点', true, { prefill: (ctx) => ctx.caseDetail.place }),
    { key: 'start', label: '执法时间（起）', kind: 'datetime', required: true, prefill: (ctx) => ctx.caseDetail.occurredAt.slice(0, 16) },
    { key: 'end', label: '执法时间（止）', kind: 'datetime', required: true },
    text('officer1', '执法人员1', true, { prefill: (ctx) => officer(ctx, 0)?.name }),
    text('cert1', '执法证号1', true, { prefill: (ctx) => officer(ctx, 0)?.certNo }),
    text('officer2', '执法人员2', true, { prefill: (ctx) => officer(ctx, 1)?.name }),
    text('cert2', '执法证号2', true, { prefill: (ctx) => officer(ctx, 1)?.certNo }),
    text('recorder', '记录人', true),
    text('personName', '现场人员姓名', true, { prefill: (ctx) => personForParty(ctx)?.name }),
    text('personSex', '现场人员性别', false, { suggestions: ['男', '女'], prefill: (ctx) => personForParty(ctx)?.sex }),
    text('personIdNo', '现场人员身份证件号', false, { prefill: (ctx) => personForParty(ctx)?.idNo }),
    text('personRelation', '与案件关系', true, {
      suggestions: ['当事人', '当事人的法定代表人', '驾驶人', '实际所有者', '证人', '承运人', '代理人', '见证人'],
      prefill: (ctx) => (!ctx.party ? undefined : ctx.party.kind === 'organisation' ? '当事人的法定代表人' : '当事人'),
    }),
    text('personUnit', '现场人员单位及职务', false, { prefill: (ctx) => personForParty(ctx)?.unit }),
    text('personTel', '现场人员联系电话', false, { prefill: (ctx) => personForParty(ctx)?.phone }),
    text('personAddress', '现场人员联系地址', false, { prefill: (ctx) => personForParty(ctx)?.address }),
    text('vehicleShipNo', '车（船）号', false, { prefill: (ctx) => ctx.caseDetail.conveyances[0]?.plate }),
    text('vehicleShipType', '车（船）型', false, { prefill: (ctx) => ctx.caseDetail.conveyances[0]?.model }),
    // Not pre-filled: what the officers saw is written on the spot; text copied from the
    // registration is an evidence defect a 案卷评查 deducts for.
    { key: 'facts', label: '现场情况', kind: 'longtext', required: true, hint: '当场如实记录执法人员看到的情况和采取的措施，不要复制立案登记的内容' },
    { key: 'readState', label: '笔录确认方式', kind: 'checkbox', required: true, multiple: false, options: ['已看过', '已向其宣读'] },
    signature('personSign', '现场人员签名'),
    { key: 'personSignTime', label: '现场人员签名日期', kind: 'date', required: true },
    text('witness', '见证人', false, { hint: '当事人不到场或者拒绝签名的，邀请见证人到场并签名（行政强制法 第十八条）' }),
    text('witnessInfo', '见证人身份证件号或单位', false),
    signature('witnessSign', '见证人签名', false),
    { key: 'witnessSignTime', label: '见证人签名日期', kind: 'date', required: false },
    { key: 'note', label: '备注', kind: 'longtext', required: false, hint: '当事人拒绝签名、由见证人签名等情况在此注明' },
    signature('officerSign', '执法人员签名'),
    { key: 'officerSignTime', label: '执法人员签名日期', kind: 'date', required: true },
  ],
  notices: {
    coerciveHint: '（实施行政强制措施的，应当记录当场告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径，并听取当事人陈述和申辩的情况。）',
    confirm: '经核对，上述记录与现场情况相符。',
    witness: '见证人（当事人不在场或者拒绝签名的）：{witness:text:6}\u3000身份证件号或单位：{witnessInfo:text:12}',
  },
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'paragraph', text: '执法地点：{place:text:24}', align: 'left' },
    { type: 'paragraph', text: '执法时间：{start:datetime}至{end:time}', align: 'left' },
    { type: 'paragraph', text: '执法人员：{officer1:text:4}\u3000执法证号：{cert1:text:8}', align: 'left' },
    { type: 'paragraph', text: '执法人员：{officer2:text:4}\u3000执法证号：{cert2:text:8}', align: 'left' },
    { type: 'paragraph', text: '记录人：{recorder:text:4}', align: 'left' },
    { type: 'paragraph', text: '现场人员：{personName:text:4}\u3000性别：{personSex:text:2}\u3000与案件关系：{personRelation:text:6}', align: 'left' },
    { type: 'paragraph', text: '身份证件号：{personIdNo:text:12}', align: 'left' },
    { type: 'paragraph', text: '单位及职务：{personUnit:text:12}\u3000联系电话：{personTel:text:8}', align: 'left' },
    { type: 'paragraph', text: '联系地址：{personAddress:text:24}', align: 'left' },
    { type: 'paragraph', text: '车（船）号：{vehicleShipNo:text:8}\u3000车（船）型：{vehicleShipType:text:8}', align: 'left' },
    { type: 'labelled', label: '现场情况', field: 'facts', emptyLines: 8 },
    { type: 'blankBelow' },
    { type: 'notice', key: 'coerciveHint', indent: false, size: 'small' },
    {
      type: 'checks',
      field: 'readState',
      inline: true,
      indent: true,
      items: [
        { option: '已看过', text: '上述笔录我已看过' },
        { option: '已向其宣读', text: '上述笔录已向我宣读' },
      ],
    },
    { type: 'notice', key: 'confirm' },
    { type: 'signatures', items: [{ label: '现场人员签名', field: 'personSign', dateField: 'personSignTime', dateLabel: '时间' }] },
    { type: 'notice', key: 'witness', indent: false },
    { type: 'signatures', items: [{ label: '见证人签名', field: 'witnessSign', dateField: 'witnessSignTime', dateLabel: '时间' }] },
    { type: 'labelled', label: '备注', field: 'note', emptyLines: 2 },
    { type: 'signatures', items: [{ label: '执法人员签名', field: 'officerSign', dateField: 'officerSignTime', dateLabel: '时间' }] },
  ],
  pageFooter: { signatures: ['现场人员签名', '执法人员签名'] },
};
