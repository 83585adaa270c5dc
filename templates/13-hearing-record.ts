/**
 * 式样之十三 听证笔录: record of a hearing. The party or agent checks and signs it (a refusal is
 * noted by the 主持人); the decision rests on it (行政处罚法 第六十四、六十五条).
 */
import type { FormDefinition } from '../main/documents/definition';
import { RECORD_MARGINS, caseCause, caseNumberField, officer, signature, text } from './common';
import { blocks, composeForm, type Piece } from './blocks/compose';
import { recordClosing } from './blocks/record-closing';

const own: Piece = {
  fields: [
    caseNumberField,
    text('caseName', '案件名称', true, { prefill: caseCause }),
    text('organ', '主持听证机关', true, { prefill: (ctx) => ctx.office.name }),
    text('place', '听证地点', true),
    { key: 'start', label: '听证时间（起）', kind: 'datetime', required: true },
    { key: 'end', label: '听证时间（止）', kind: 'datetime', required: true },
    text('presiding', '主持人', true),
    text('hearingOfficer', '听证员', false),
    text('clerk', '记录员', true),
    text('officer1', '执法人员1', true, { prefill: (ctx) => officer(ctx, 0)?.name }),
    text('cert1', '执法证号1', true, { prefill: (ctx) => officer(ctx, 0)?.certNo }),
    text('officer2', '执法人员2', true, { prefill: (ctx) => officer(ctx, 1)?.name }),
    text('cert2', '执法证号2', true, { prefill: (ctx) => officer(ctx, 1)?.certNo }),
    text('party', '当事人', true, { prefill: (ctx) => ctx.party?.name }),
    text('legalRep', '法定代表人', false, { prefill: (ctx) => ctx.party?.legalRep ?? undefined }),
    text('partyTel', '当事人联系电话', false, { prefill: (ctx) => ctx.party?.phone }),
    text('agent', '委托代理人', false),
    text('agentSex', '委托代理人性别', false, { suggestions: ['男', '女'] }),
    text('agentAge', '委托代理人年龄', false),
    text('agentUnit', '委托代理人工作单位及职务', false),
    text('third', '第三人', false),
    text('thirdSex', '第三人性别', false, { suggestions: ['男', '女'] }),
    text('thirdAge', '第三人年龄', false),
    text('thirdUnit', '第三人工作单位及职务', false),
    text('others', '其他参与人员', false),
    text('othersSex', '其他参与人员性别', false, { suggestions: ['男', '女'] }),
    text('othersAge', '其他参与人员年龄', false),
    text('othersUnit', '其他参与人员工作单位及职务', false),
    { key: 'record', label: '听证记录', kind: 'longtext', required: true },
    signature('presidingSign', '主持人及听证员签名'),
    signature('clerkSign', '记录员签名'),
    signature('othersSign', '其他听证参加人签名', false),
  ],
  notices: {},
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'paragraph', text: '案件名称：{caseName:text:24}', align: 'left' },
    { type: 'paragraph', text: '主持听证机关：{organ:text:14}\u3000听证地点：{place:text:10}', align: 'left' },
    { type: 'paragraph', text: '听证时间：{start:datetime}至{end:time}', align: 'left' },
    { type: 'paragraph', text: '主持人：{presiding:text:4}\u3000听证员：{hearingOfficer:text:4}\u3000记录员：{clerk:text:4}', align: 'left' },
    { type: 'paragraph', text: '案件调查人员：{officer1:text:4}\u3000执法证号：{cert1:text:8}', align: 'left' },
    { type: 'paragraph', text: '案件调查人员：{officer2:text:4}\u3000执法证号：{cert2:text:8}', align: 'left' },
    { type: 'paragraph', text: '当事人：{party:text:10}\u3000法定代表人：{legalRep:text:4}\u3000联系电话：{partyTel:text:8}', align: 'left' },
    { type: 'paragraph', text: '委托代理人：{agent:text:4}\u3000性别：{agentSex:text:2}\u3000年龄：{agentAge:text:2}\u3000工作单位及职务：{agentUnit:text:10}', align: 'left' },
    { type: 'paragraph', text: '第三人：{third:text:4}\u3000性别：{thirdSex:text:2}\u3000年龄：{thirdAge:text:2}\u3000工作单位及职务：{thirdUnit:text:10}', align: 'left' },
    { type: 'paragraph', text: '其他参与人员：{others:text:4}\u3000性别：{othersSex:text:2}\u3000年龄：{othersAge:text:2}\u3000工作单位及职务：{othersUnit:text:10}', align: 'left' },
    { type: 'labelled', label: '听证记录', field: 'record', emptyLines: 12 },
  ],
};

export const hearingRecord: FormDefinition = composeForm(
  {
    id: 13,
    slug: 'hearing-record',
    name: '听证笔录',
    stage: '听证',
    version: '2019.2',
    paper: { size: 'A4', margins: RECORD_MARGINS },
    pageFooter: { signatures: ['当事人或其代理人签名', '主持人及听证员签名', '记录员签名'] },
  },
  [
    own,
    recordClosing({ who: '当事人或其代理人', signKey: 'partySign', dateKey: 'partySignDate', statement: '以上笔录我已看过（向我宣读过），与听证情况相符。' }),
    blocks({ type: 'signatures', items: [{ label: '其他听证参加人签名', field: 'othersSign' }] }),
  ],
);
