/**
 * A draft PDF can never pass for an issued one: every page carries 草稿 across it and no 文号
 * (the 案号 line says it is numbered when issued); issuing renders the same data without either
 * mark. Read back by poppler, page by page, as an examiner's copy would be.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { FormData, FormDefinition } from '../../../main/documents/definition';
import { renderDocument } from '../../../main/documents/render';
import { withCorrection } from '../../../main/documents/correction-note';
import { formDefinition } from '../../../templates/index';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, completed } from './fixtures';
import { pageCount, pdfText, squeeze, toFile } from './pdf-tools';

const opts = { office: OFFICE, createdAt: CREATED_AT };
const DRAFT_NUMBER = '（草稿，签发时编号）';

function form(id: number): FormDefinition {
  const d = formDefinition(id);
  assert.ok(d, `form ${id}`);
  return d;
}

/** An inquiry record long enough to run over several pages. */
function longInquiry(): { def: FormDefinition; data: FormData } {
  const def = form(2);
  const base = completed(def, INDIVIDUAL_CASE);
  const qa = Array.from({ length: 40 }, (_, i) => ({ q: `第${i + 1}个问题：当日车辆由何人驾驶，运输的货物从何处装载、运往何处？`, a: `第${i + 1}个回答：车辆由本人驾驶，货物在东州市经开区物流园装载，运往滨江区。` }));
  return { def, data: { ...base, qa } };
}

/** Each page's text as pdftotext reads it (`-raw -f N -l N`), white space removed. */
function pages(pdf: Buffer, name: string): string[] {
  const file = toFile(pdf, name);
  return Array.from({ length: pageCount(file) }, (_, i) => squeeze(pdfText(file, { raw: true, page: i + 1 })));
}

/** The watermark, apart from the 案号 line's own words. */
const carriesMark = (page: string) => page.replace(DRAFT_NUMBER, '').includes('草稿');

describe('draft watermark and 文号', () => {
  it('every page of a draft carries 草稿 and an issued document none', async () => {
    const { def, data } = longInquiry();
    const draft = pages(await renderDocument(def, data, { ...opts, draft: true }), 'inquiry-draft');
    assert.ok(draft.length >= 2, `the record runs over ${draft.length} pages`);
    draft.forEach((page, i) => assert.ok(carriesMark(page), `page ${i + 1} of ${draft.length} of the draft carries 草稿`));

    const issued = pages(await renderDocument(def, data, opts), 'inquiry-issued');
    assert.equal(issued.length, draft.length, 'the same pages either way');
    issued.forEach((page, i) => assert.ok(!page.includes('草稿'), `page ${i + 1} of the issued record has no 草稿`));
  });

  it('a draft has no 文号: the 案号 line says it is numbered at issue, and the PDF metadata has none', async () => {
    const def = form(15);
    const data = completed(def, INDIVIDUAL_CASE);
    const number = String(data.caseNumber);
    assert.ok(number.length > 4, 'the decision has its number');
    const draftPdf = await renderDocument(def, data, { ...opts, draft: true });
    const draft = pages(draftPdf, 'decision-draft').join('');
    assert.ok(!draft.includes(squeeze(number)), 'the draft does not print the decision’s 文号');
    assert.ok(draft.includes(`案号：${DRAFT_NUMBER}`), draft.slice(0, 200));
    const info = execFileSync('pdfinfo', [toFile(draftPdf, 'decision-draft-info')], { encoding: 'utf8' });
    assert.ok(!info.includes(number), `nor does its metadata: ${info}`);
    assert.match(info, /Title:\s+行政处罚决定书（草稿）/);

    const issued = pages(await renderDocument(def, data, opts), 'decision-issued').join('');
    assert.ok(issued.includes(`案号：${squeeze(number)}`), 'the issued decision prints its 文号');
    assert.ok(!issued.includes(DRAFT_NUMBER));
  });

  it('renders a draft byte for byte the same from the same data', async () => {
    const { def, data } = longInquiry();
    const a = await renderDocument(def, data, { ...opts, draft: true });
    const b = await renderDocument(def, data, { ...opts, draft: true });
    assert.ok(a.equals(b), 'same data, same bytes');
  });

  it('prints a correction’s reason in the form’s own 备注, or in a 备注 line of its own where the form has none', async () => {
    const note = { reason: '当事人住址门牌号有误', supersedes: 1, issuedOn: '2026-11-20' };
    const expected = squeeze('备注：本文书更正2026年11月20日签发的第1版，更正原因：当事人住址门牌号有误');

    const site = form(4);
    const siteData = { ...completed(site, INDIVIDUAL_CASE), note: '当事人拒绝签名。' };
    const siteText = pages(await renderDocument(site, withCorrection(siteData, note), opts), 'site-correction').join('');
    assert.ok(siteText.includes(squeeze('备注：当事人拒绝签名。本文书更正2026年11月20日签发的第1版，更正原因：当事人住址门牌号有误')), siteText);
    assert.equal(siteText.split('备注').length - 1, 1, 'one 备注, the form’s own');

    const decision = form(15);
    const text = pages(await renderDocument(decision, withCorrection(completed(decision, INDIVIDUAL_CASE), note), opts), 'decision-correction').join('');
    assert.ok(text.includes(expected), text.slice(-300));
    const first = pages(await renderDocument(decision, completed(decision, INDIVIDUAL_CASE), opts), 'decision-first').join('');
    assert.ok(!first.includes('更正原因'), 'a first version has no correction 备注');
  });
});
