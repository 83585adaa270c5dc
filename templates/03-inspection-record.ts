/**
 * 式样之三 勘验笔录: record of an inspection of a site, vehicle or vessel, signed by the party
 * or agent, the inspectors, an invited witness and the recorder on every page.
 */
import type { FormDefinition } from '../main/documents/definition';
import { RECORD_MARGINS, caseCause, caseNumberField, officer, personForParty, signature, text } from './common';
import { composeForm, type Piece } from './blocks/compose';
import { recordClosing } from './blocks/record-closing';

const own: Piece = {
  fields: [
    caseNumberField,
    text('caseName', '案由', true, { prefill: caseCause }),
    { key: 'start', label: '勘验时间（起）', kind: 'datetime', required: true },
    { key: 'end', label: '勘验时间（止）', kind: 'datetime', required: true },
    text('place', '勘验场所', true, { prefill: (ctx) => ctx.caseDetail.place }),
    text('weather', '天气情况', true),
    text('inspector1', '勘验人1', true, { prefill: (ctx) => officer(ctx, 0)?.name }),
    text('inspector1Unit', '勘验人1单位及职务', true, { prefill: (ctx) => officer(ctx, 0)?.unit }),
    text('inspector1Cert', '勘验人1执法证号', true, { prefill: (ctx) => officer(ctx, 0)?.certNo }),
    text('inspector2', '勘验人2', true, { prefill: (ctx) => officer(ctx, 1)?.name }),
    text('inspector2Unit', '勘验人2单位及职务', true, { prefill: (ctx) => officer(ctx, 1)?.unit }),
    text('inspector2Cert', '勘验人2执法证号', true, { prefill: (ctx) => officer(ctx, 1)?.certNo }),
    text('partyName', '当事人（代理人）姓名', true, { prefill: (ctx) => personForParty(ctx)?.name }),
    text('partySex', '当事人（代理人）性别', false, { suggestions: ['男', '女'], prefill: (ctx) => personForParty(ctx)?.sex }),
    text('partyAge', '当事人（代理人）年龄', false, { prefill: (ctx) => personForParty(ctx)?.age }),
    text('partyIdNo', '当事人（代理人）身份证号', false, { prefill: (ctx) => personForParty(ctx)?.idNo }),
    text('partyUnit', '当事人（代理人）单位及职务', false, { prefill: (ctx) => personForParty(ctx)?.unit }),
    text('partyAddress', '当事人（代理人）住址', false, { prefill: (ctx) => personForParty(ctx)?.address }),
    text('partyTel', '当事人（代理人）联系电话', false, { prefill: (ctx) => personForParty(ctx)?.phone }),
    text('invited', '被邀请人', false),
    text('invitedUnit', '被邀请人单位及职务', false),
    text('recorder', '记录人', true),
    text('recorderUnit', '记录人单位及职务', false),
    { key: 'result', label: '勘验情况及结果', kind: 'longtext', required: true },
    signature('inspectorSign', '勘验人签名'),
    signature('invitedSign', '被邀请人签名', false),
    signature('recorderSign', '记录人签名'),
  ],
  notices: {},
  layout: [
    { type: 'title' },
    { type: 'caseNumber' },
    { type: 'paragraph', text: '案由：{caseName:text:24}', align: 'left' },
    { type: 'paragraph', text: '勘验时间：{start:datetime}至{end:time}', align: 'left' },
    { type: 'paragraph', text: '勘验场所：{place:text:16}\u3000天气情况：{weather:text:4}', align: 'left' },
    { type: 'paragraph', text: '勘验人：{inspector1:text:4}\u3000执法证号：{inspector1Cert:text:8}', align: 'left' },
    { type: 'paragraph', text: '\u3000\u3000单位及职务：{inspector1Unit:text:16}', align: 'left' },
    { type: 'paragraph', text: '勘验人：{inspector2:text:4}\u3000执法证号：{inspector2Cert:text:8}', align: 'left' },
    { type: 'paragraph', text: '\u3000\u3000单位及职务：{inspector2Unit:text:16}', align: 'left' },
    { type: 'paragraph', text: '当事人（代理人）：{partyName:text:4}\u3000性别：{partySex:text:2}\u3000年龄：{partyAge:text:2}', align: 'left' },
    { type: 'paragraph', text: '身份证号：{partyIdNo:text:12}\u3000联系电话：{partyTel:text:8}', align: 'left' },
    { type: 'paragraph', text: '单位及职务：{partyUnit:text:16}', align: 'left' },
    { type: 'paragraph', text: '住址：{partyAddress:text:24}', align: 'left' },
    { type: 'paragraph', text: '被邀请人：{invited:text:4}\u3000单位及职务：{invitedUnit:text:14}', align: 'left' },
    { type: 'paragraph', text: '记录人：{recorder:text:4}\u3000单位及职务：{recorderUnit:text:14}', align: 'left' },
    { type: 'labelled', label: '勘验情况及结果', field: 'result', emptyLines: 12 },
  ],
};

export const inspectionRecord: FormDefinition = composeForm(
  {
    id: 3,
    slug: 'inspection-record',
    name: '勘验笔录',
    stage: '调查取证',
    version: '2019.2',
    paper: { size: 'A4', margins: RECORD_MARGINS },
    pageFooter: { signatures: ['当事人或其代理人签名', '勘验人签名', '被邀请人签名', '记录人签名'] },
  },
  [own, recordClosing({ who: '当事人或其代理人', signKey: 'partySign', dateKey: 'partySignDate', statement: '以上笔录我已看过（向我宣读过），与勘验情况相符。' })],
);
