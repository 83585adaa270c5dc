/**
 * What a 案卷评查 examiner reads off the printed forms (pdftotext): form 14's 复议前置 remedy, the
 * agency's name over every seal, "以下空白" closing the final records, no payment text on a
 * warning-only decision, and an office wording that drops a required element refused at print.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormData } from '../../../main/documents/definition';
import { DocumentError } from '../../../main/documents/errors';
import { prefillForm } from '../../../main/documents/form-data';
import { renderDocument } from '../../../main/documents/render';
import { FORM_DEFINITIONS, formDefinition } from '../../../templates/index';
import { RECONSIDERATION_FIRST_KEY } from '../../../templates/blocks/remedy';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, completed, contextFor } from './fixtures';
import { pdfText, squeeze, toFile } from './pdf-tools';

const opts = { office: OFFICE, createdAt: CREATED_AT };

function form(id: number) {
  const d = formDefinition(id);
  assert.ok(d, `form ${id}`);
  return d;
}

async function textOf(id: number, data?: FormData, extra: Partial<typeof opts> & { draft?: boolean } = {}): Promise<string> {
  const def = form(id);
  const pdf = await renderDocument(def, data ?? completed(def, INDIVIDUAL_CASE), { ...opts, ...extra });
  return squeeze(pdfText(toFile(pdf, `${def.slug}-issue11`)));
}

describe('printed forms as a 案卷评查 reads them', () => {
  it('form 14 prints 复议前置 and the 15 days after the 复议决定', async () => {
    const text = await textOf(14);
    assert.ok(text.includes(squeeze('当事人如不服本决定，应当先申请行政复议')), text);
    assert.ok(text.includes(squeeze('对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向东州市滨江区人民法院提起行政诉讼')));
    assert.ok(text.includes(squeeze('第二十三条第一款第（一）项')));
    assert.ok(!text.includes(squeeze('也可以自收到本决定书之日起六个月内')), 'no direct suit');
  });

  it('form 14 prints the time and place of the decision and the refusal-to-sign line', async () => {
    const text = await textOf(14);
    assert.ok(text.includes(squeeze('本机关于 2026年11月24日9时30分 在 东州市滨江区江南大道与长河路交叉口 当场决定')));
    assert.ok(text.includes(squeeze('当事人拒绝签收的，由执法人员注明：')));
    assert.ok(text.includes(squeeze('执法证号：14330100001')));
  });

  it('a warning-only form 14 has no payment text', async () => {
    const def = form(14);
    const data = { ...completed(def, INDIVIDUAL_CASE), penalty: '警告', fineAmount: null, payMode: [] };
    const text = await textOf(14, data);
    assert.ok(text.includes(squeeze('当场决定给予当事人 警告 的行政处罚')));
    for (const gone of ['按以下方式缴纳', '当场缴纳', '缴至', '加处罚款', '专用票据']) assert.ok(!text.includes(gone), `no “${gone}”`);
  });

  it('form 14 on-the-spot collection names its ground and the 财政 receipt', async () => {
    const def = form(14);
    const data = { ...completed(def, INDIVIDUAL_CASE), fineAmount: 50, penalty: '罚款人民币50元', payMode: ['当场缴纳'], collectionGround: ['依法给予一百元以下罚款（第六十八条第（一）项）'] };
    const text = await textOf(14, data);
    assert.ok(text.includes(squeeze('√当场缴纳：依据 依法给予一百元以下罚款（第六十八条第（一）项）')), text);
    assert.ok(text.includes('财政部门统一制发的专用票据'));
  });

  it('a warning-only form 15 has no payment paragraph', async () => {
    const def = form(15);
    const text = await textOf(15, { ...completed(def, INDIVIDUAL_CASE), penalty: '警告', fineAmount: null });
    assert.ok(!text.includes('十五日内缴至'));
    assert.ok(text.includes(squeeze('六十日内向东州市人民政府申请行政复议，也可以自收到本决定书之日起六个月内')));
  });

  it('every sealed form prints the agency’s name over its seal, never the placeholder', async () => {
    for (const def of FORM_DEFINITIONS.filter((d) => d.layout.some((b) => b.type === 'seal'))) {
      const text = await textOf(def.id);
      assert.ok(text.includes(squeeze(`${OFFICE.name}（印章）`)), `式样之${def.id}`);
      assert.ok(!text.includes('交通运输执法部门（印章）'), `式样之${def.id}`);
    }
  });

  it('the copies note says the agency keeps the 存根', async () => {
    const text = await textOf(15);
    assert.ok(text.includes('本文书一式两份：一份存根，一份交当事人或者其代理人。'));
  });

  it('final records close with the confirmation line and "以下空白"; a draft has no closing mark', async () => {
    for (const id of [2, 3, 4, 13]) {
      const text = await textOf(id);
      assert.ok(text.includes('以下空白'), `式样之${id}`);
    }
    assert.ok((await textOf(2)).includes(squeeze('以上笔录我已看过（向我宣读过），与我所说的相符。')));
    const def = form(2);
    const draft = await textOf(2, prefillForm(def, contextFor(INDIVIDUAL_CASE)), { draft: true });
    assert.ok(!draft.includes('以下空白'));
  });

  it('form 23 leaves the date of receipt blank for the recipient and has the 留置送达 witness and reason', async () => {
    const text = await textOf(23);
    assert.ok(!text.includes('2026年11月25日'));
    assert.ok(text.includes('见证人') && text.includes('拒收事由'));
  });

  it('form 19 says the 3 % surcharge is already running, with the amounts', async () => {
    const def = form(19);
    const text = await textOf(19, { ...completed(def, INDIVIDUAL_CASE), amountDue: 1200, lateFee: 360 });
    assert.ok(text.includes(squeeze('本机关已自缴款期限届满之次日起每日按罚款数额的百分之三加处罚款')));
    assert.ok(text.includes(squeeze('应缴未缴罚款 1200元 ，已加处罚款 360元')));
  });

  it('refuses to print an office wording of form 14’s remedy that drops the 复议前置', async () => {
    const office = {
      ...OFFICE,
      noticeOverrides: {
        [`14:${RECONSIDERATION_FIRST_KEY}`]:
          '不服本决定的，可以在六十日内向{reconsiderationOrgan}申请行政复议，也可以在十五日内向{litigationCourt}提起行政诉讼。期间不停止执行，逾期不履行的申请人民法院强制执行。',
      },
    };
    await assert.rejects(textOf(14, undefined, { office }), (e: unknown) => e instanceof DocumentError && /复议前置/.test(e.message));
  });
});
