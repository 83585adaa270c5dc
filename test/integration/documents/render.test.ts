/**
 * Every finished form rendered from a case against a person and against a company, and
 * checked with poppler and qpdf: the text a reader extracts, the embedded fonts, the file's
 * structure, and byte-identical output for the same input.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CaseDetail } from '../../../main/contract/schemas';
import type { Block, FormData, FormDefinition, GridCell } from '../../../main/documents/definition';
import { DocumentError } from '../../../main/documents/errors';
import { conditionHolds, partyValue, prefillForm } from '../../../main/documents/form-data';
import { renderDocument, sealLabel } from '../../../main/documents/render';
import { parseTemplate } from '../../../main/documents/template-text';
import { amountInCapitals, dateInFigures, lineBreakViolations } from '../../../main/documents/text';
import { inquiryRecord } from '../../../templates/02-inquiry-record';
import { violationNotice } from '../../../templates/11-violation-notice';
import { penaltyDecision } from '../../../templates/15-penalty-decision';
import { FORM_DEFINITIONS } from '../../../templates/index';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, ORGANISATION_CASE, completed, contextFor } from './fixtures';
import { pageCount, pdfFonts, pdfText, qpdfCheck, sha256, squeeze, toFile } from './pdf-tools';

const opts = { office: OFFICE, createdAt: CREATED_AT };

/** The printed words of a form: title, labels, fixed wording of its sentences and notices (of the blocks the data prints). */
function printedLabels(def: FormDefinition, data: FormData): string[] {
  const labels: string[] = [];
  const literals = (t: string) =>
    parseTemplate(t).forEach((p) => {
      if ('literal' in p) labels.push(...p.literal.split(/[\s\u3000]+/).filter((s) => s.length >= 2));
    });
  const cell = (c: GridCell) => {
    if (c.kind === 'label') labels.push(c.text);
    if (c.kind === 'value') literals(c.text);
    if (c.kind === 'opinion') labels.push('签名：', '日期：');
    if (c.kind === 'checks' && c.after) literals(c.after);
  };
  const block = (b: Block) => {
    if (b.when && !conditionHolds(b.when, data)) return;
    switch (b.type) {
      case 'title':
        labels.push(b.text ?? def.name);
        break;
      case 'caseNumber':
        labels.push('案号：');
        break;
      case 'party': {
        const f = def.fields.find((x) => x.key === b.field);
        // Labels over five characters print on two lines, the value beside them.
        const halves = (l: string) => ([...l].length > 5 ? [l.slice(0, Math.ceil(l.length / 2)), l.slice(Math.ceil(l.length / 2))] : [l]);
        if (f?.kind === 'party') labels.push(...[...f.variant.individual, ...f.variant.organisation].flatMap((a) => halves(a.label)));
        break;
      }
      case 'paragraph':
        literals(b.text);
        break;
      case 'notice':
        literals(def.notices[b.key]);
        break;
      case 'labelled':
        labels.push(`${b.label}：`);
        break;
      case 'checks':
        for (const i of b.items ?? []) {
          if (i.notice) literals(def.notices[i.notice]);
          else if (i.text) literals(i.text);
          else labels.push(i.option);
        }
        break;
      case 'grid':
        b.rows.forEach((r) => r.forEach(cell));
        break;
      case 'table': {
        const f = def.fields.find((x) => x.key === b.field);
        if (f?.kind === 'table') labels.push(...f.columns.map((c) => c.label));
        break;
      }
      case 'signatures':
        labels.push(...b.items.map((i) => `${i.label}：`));
        break;
      case 'seal':
        labels.push(sealLabel(OFFICE));
        break;
      case 'blankBelow':
        labels.push('以下空白');
        break;
      case 'copies':
        if (def.copiesNote) labels.push(def.copiesNote);
        break;
      default:
        break;
    }
  };
  def.layout.forEach(block);
  if (def.pageFooter) labels.push(...def.pageFooter.signatures, '第1页共');
  return labels;
}

/** The case's own data each form must show once filled. */
function expectedValues(def: FormDefinition, c: CaseDetail, data: FormData): string[] {
  const party = c.parties[0];
  const isCompany = party.kind === 'organisation';
  const partyId = isCompany ? (party.creditCode as string) : (party.idNumber as string);
  const officers = ['李明', '14330100001', '王芳', '14330100002'];
  const values = [c.caseNumber];
  switch (def.id) {
    case 1:
      values.push(party.name, partyId, c.cause.title, c.cause.legalBasis, dateInFigures('2026-11-20'), '√行政检查中发现');
      values.push(isCompany ? (party.legalRep as string) : '男');
      break;
    case 2:
      values.push(String(data.interviewee), ...officers, OFFICE.name, '2026年11月24日9时30分', '10时45分', '你是否申请我们回避？');
      break;
    case 3:
      values.push(c.cause.title, isCompany ? (party.legalRep as string) : party.name, '李明', '14330100001', '王芳', '晴', '车厢内装载建筑材料约12吨');
      break;
    case 4:
      values.push(c.place, ...officers, isCompany ? (party.legalRep as string) : party.name, '浙A12345', '√上述笔录我已看过', '执法人员在江南大道与长河路交叉口拦停');
      break;
    case 5:
      values.push(party.name, partyId, OFFICE.name, '货物运单', '第五十六条');
      break;
    case 6:
      values.push(party.name, partyId, c.cause.title, '先行登记保存7日', '货物运输合同', '2026年11月30日');
      break;
    case 7:
      values.push(party.name, '2026年11月21日', '第五十六条');
      break;
    case 8:
      values.push(party.name, partyId, '浙A12345号重型厢式货车一辆', '√扣押', '□查封', '2026年12月23日', OFFICE.reconsiderationOrgan as string);
      break;
    case 9:
      values.push(party.name, '2027年1月22日', '第二十五条');
      break;
    case 10:
      values.push(party.name, '√（三）对违法行为已经作出处理决定', '□（一）当事人没有违法行为', '重型厢式货车（浙A12345）');
      break;
    case 11:
      values.push(party.name, c.cause.title, c.cause.legalBasis, c.cause.penaltyBasis, '罚款人民币1000元', '√陈述、申辩的权利', '√要求举行听证的权利', '3个工作日内', '1000元（大写：人民币壹仟元整）', OFFICE.address as string);
      break;
    case 12:
      values.push(party.name, c.cause.title, '2026年12月8日9时30分', '赵敏', '√公开举行', '□不公开举行', OFFICE.phone as string);
      break;
    case 13:
      values.push(party.name, c.cause.title, ...officers, '赵敏', '主持人宣布听证开始');
      break;
    case 14:
    case 15:
      values.push(party.name, partyId, c.cause.legalBasis, c.cause.penaltyBasis, OFFICE.reconsiderationOrgan as string, OFFICE.litigationCourt as string, OFFICE.payAccount as string);
      values.push(amountInCapitals(def.id === 14 ? 200 : 1200));
      if (def.id === 14) values.push('2026年11月24日9时30分', c.place, '√自收到本决定书之日起十五日内', '□当场缴纳');
      else values.push('不予采纳', '未要求听证', '初次违法');
      break;
    case 25:
      values.push(party.name, partyId, '√初次违法且危害后果轻微并及时改正', '□违法事实不能成立', OFFICE.reconsiderationOrgan as string, OFFICE.litigationCourt as string);
      break;
    case 16:
      values.push(party.name, c.cause.penaltyBasis, '√于2026年12月10日前改正', '□立即改正', OFFICE.litigationCourt as string);
      break;
    case 17:
      values.push(party.name, amountInCapitals(1200), amountInCapitals(600), '√同意你（单位）分期缴纳罚款');
      break;
    case 18:
      values.push(party.name, c.cause.title, '2026年12月10日', '特此公告。');
      break;
    case 19:
      values.push(party.name, '√继续每日按罚款数额的百分之三加处罚款', '□拍卖', '收到本催告书之日起十日内', '已加处罚款 360元');
      break;
    case 20:
      values.push(party.name, partyId, '划拨存款', '√经本机关依法催告', '2027年1月10日');
      break;
    case 21:
      values.push(party.name, partyId, '3500元（大写：人民币叁仟伍佰元整）', '√本机关', '□第三人：/', OFFICE.payAccount as string);
      break;
    case 22:
      // The reason is shared by two options: only the ticked one may show it.
      values.push(party.name, '√因当事人确有困难暂无履行能力', '□因/，依据《中华人民共和国行政强制法》第四十条');
      break;
    case 23:
      values.push(party.name, c.cause.title, OFFICE.name, '直接送达', '以下空白');
      break;
    case 24:
      values.push(party.name, c.cause.title, '同意结案');
      break;
  }
  return values;
}

for (const def of FORM_DEFINITIONS) {
  describe(`式样之${def.id}《${def.name}》`, () => {
    for (const [who, c] of [
      ['a person', INDIVIDUAL_CASE],
      ['a company', ORGANISATION_CASE],
    ] as const) {
      it(`prints every label and every filled value for a case against ${who}`, async () => {
        const data = completed(def, c);
        const file = toFile(await renderDocument(def, data, opts), `${def.slug}-${c.id}`);
        const layout = squeeze(pdfText(file));
        const raw = squeeze(pdfText(file, { layout: false }));
        const seen = (s: string) => layout.includes(squeeze(s)) || raw.includes(squeeze(s));
        const missingLabels = printedLabels(def, data).filter((l) => !seen(l));
        assert.deepEqual(missingLabels, [], 'labels missing from the extracted text');
        const missingValues = expectedValues(def, c, data).filter((v) => !layout.includes(squeeze(v)));
        assert.deepEqual(missingValues, [], 'values missing from pdftotext -layout');
      });
    }

    it('embeds only subset fonts with a Unicode map, and passes qpdf --check', async () => {
      const file = toFile(await renderDocument(def, completed(def, INDIVIDUAL_CASE), opts), def.slug);
      const fonts = pdfFonts(file);
      assert.ok(fonts.length >= 1);
      for (const f of fonts) {
        assert.equal(f.emb, 'yes', `${f.name} embedded`);
        assert.equal(f.sub, 'yes', `${f.name} subset`);
        assert.equal(f.uni, 'yes', `${f.name} ToUnicode`);
        assert.match(f.type, /CID TrueType|CID Type 0C/);
      }
      const check = qpdfCheck(file);
      assert.equal(check.status, 0, check.output);
      assert.match(check.output, /No syntax or stream encoding errors found/);
      assert.doesNotMatch(check.output, /WARNING|ERROR/);
    });

    it('gives byte-identical PDFs for the same data', async () => {
      const data = completed(def, ORGANISATION_CASE);
      const a = await renderDocument(def, data, opts);
      const b = await renderDocument(def, structuredClone(data), { ...opts, office: { ...OFFICE } });
      assert.equal(sha256(a), sha256(b));
    });

    it('renders a draft with blanks to fill by hand', async () => {
      const draft = prefillForm(def, contextFor(INDIVIDUAL_CASE));
      const file = toFile(await renderDocument(def, draft, { ...opts, draft: true }), `${def.slug}-draft`);
      const check = qpdfCheck(file);
      assert.equal(check.status, 0, check.output);
      assert.ok(squeeze(pdfText(file)).includes(def.name));
    });
  });
}

describe('forms served on the party', () => {
  it('strikes the unused party row with "/" as on paper', async () => {
    const person = pdfText(toFile(await renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), opts)));
    const orgLines = person.split('\n').filter((l) => /名称|法定代表人/.test(l));
    assert.ok(orgLines.length >= 2);
    for (const l of orgLines) assert.match(l, /\//, `struck: ${l}`);
    assert.match(person.split('\n').find((l) => l.includes('姓名')) ?? '', /张建华/);

    const company = pdfText(toFile(await renderDocument(penaltyDecision, completed(penaltyDecision, ORGANISATION_CASE), opts)));
    const nameLine = company.split('\n').find((l) => l.includes('姓名')) ?? '';
    assert.match(nameLine, /姓名\s+\/\s+身份证件号\s+\//);
  });

  it('strikes the unused party row on a draft too, leaving its other blanks open', async () => {
    const draft = prefillForm(penaltyDecision, contextFor(ORGANISATION_CASE));
    const text = pdfText(toFile(await renderDocument(penaltyDecision, draft, { ...opts, draft: true })));
    assert.match(text.split('\n').find((l) => l.includes('姓名')) ?? '', /姓名\s+\/\s+身份证件号\s+\//);
    assert.match(text, /处罚：\s*。/, 'the empty penalty prints as a blank, not "/"');
  });

  it('leaves both party rows open on a draft that has not chosen person or company', async () => {
    const base = prefillForm(penaltyDecision, contextFor(INDIVIDUAL_CASE));
    const draft = { ...base, party: { ...partyValue(base, 'party'), kind: '' as const, name: '' } };
    const text = pdfText(toFile(await renderDocument(penaltyDecision, draft, { ...opts, draft: true })));
    assert.doesNotMatch(text, /\//);
  });

  it('prints the fine in figures and in capitals', async () => {
    const text = squeeze(pdfText(toFile(await renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), opts))));
    assert.ok(text.includes('罚款1200元（大写：人民币壹仟贰佰元整）'));
  });

  it('prints blank dates as underlined spaces with 年 月 日', async () => {
    const draft = prefillForm(inquiryRecord, contextFor(INDIVIDUAL_CASE));
    const text = pdfText(toFile(await renderDocument(inquiryRecord, draft, { ...opts, draft: true })));
    assert.match(text, /询问时间：\s+年\s+月\s+日\s+时\s+分至\s+时\s+分/);
  });

  it('ticks the chosen rights with √ as on the 式样 and leaves the others open', async () => {
    const data = { ...completed(violationNotice, INDIVIDUAL_CASE), rights: ['陈述申辩'] };
    const text = squeeze(pdfText(toFile(await renderDocument(violationNotice, data, opts))));
    assert.ok(text.includes('√陈述、申辩的权利'));
    assert.ok(text.includes('□要求举行听证的权利'));
  });

  it("prints the office's own wording of a notice", async () => {
    const office = {
      ...OFFICE,
      noticeOverrides: {
        remedyWithEnforcement:
          '不服本决定的，可在六十日内向{reconsiderationOrgan}申请行政复议，或在六个月内向{litigationCourt}提起行政诉讼；期间本决定不停止执行。逾期不申请、不起诉又不履行的，依法申请人民法院强制执行。',
      },
    };
    const text = squeeze(pdfText(toFile(await renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), { ...opts, office }))));
    assert.ok(text.includes('不服本决定的，可在六十日内向东州市人民政府申请行政复议'));
    assert.ok(!text.includes('当事人逾期不申请行政复议'));
  });

  it('refuses an office wording that names a field the form does not have', async () => {
    const office = { ...OFFICE, noticeOverrides: { '15:remedyWithEnforcement': '向{court}起诉' } };
    await assert.rejects(renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), { ...opts, office }), (e: unknown) => e instanceof DocumentError && e.code === 'DOC_TEMPLATE_INVALID');
  });

  it('refuses to issue a decision with required fields left empty, naming them', async () => {
    const data = { ...completed(penaltyDecision, INDIVIDUAL_CASE), penalty: '', reconsiderationOrgan: '' };
    await assert.rejects(renderDocument(penaltyDecision, data, opts), (e: unknown) => {
      assert.ok(e instanceof DocumentError);
      assert.equal(e.code, 'DOC_DATA_INVALID');
      assert.deepEqual(e.issues?.map((i) => i.path).sort(), ['penalty', 'reconsiderationOrgan']);
      assert.match(e.message, /[\u4e00-\u9fff]/);
      return true;
    });
  });

  it('refuses to render without an embeddable CJK font with a Chinese message', async () => {
    await assert.rejects(
      renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), { ...opts, fonts: { songPath: '/nonexistent/simsun.ttc' } }),
      (e: unknown) => e instanceof DocumentError && e.code === 'DOC_FONT_MISSING' && e.message.includes('宋体') && e.message.includes('/nonexistent/simsun.ttc'),
    );
    await assert.rejects(
      renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), { ...opts, fonts: { songPath: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf' } }),
      (e: unknown) => e instanceof DocumentError && e.code === 'DOC_FONT_UNREADABLE' && /缺少文书所需的字符/.test(e.message),
    );
  });
});

describe('rare characters in names', () => {
  const withName = (name: string): FormData => {
    const data = completed(penaltyDecision, INDIVIDUAL_CASE);
    return { ...data, party: { ...partyValue(data, 'party'), name } };
  };

  it('sets a character the body face lacks in a fallback face, still extractable', async () => {
    // 𬌗 (U+2C317, CJK Extension E) is in the 通用规范汉字表 and in names; AR PL UMing lacks it.
    const file = toFile(await renderDocument(penaltyDecision, withName('王𬌗'), opts), 'rare-name');
    assert.ok(squeeze(pdfText(file)).includes('王𬌗'));
    const fonts = pdfFonts(file);
    assert.equal(fonts.length, 3, fonts.map((f) => f.name).join(', '));
    for (const f of fonts) assert.deepEqual([f.emb, f.sub, f.uni], ['yes', 'yes', 'yes'], f.name);
    assert.equal(qpdfCheck(file).status, 0);
    const again = await renderDocument(penaltyDecision, withName('王𬌗'), opts);
    assert.equal(sha256(again), sha256(fs.readFileSync(file)));
  });

  it('refuses a character no installed face can draw rather than print an empty box', async () => {
    await assert.rejects(
      renderDocument(penaltyDecision, withName('王\u{30000}'), opts),
      (e: unknown) => e instanceof DocumentError && e.code === 'DOC_FONT_MISSING' && e.message.includes('\u{30000}') && /字体/.test(e.message),
    );
  });
});

describe('multi-page records (笔录)', () => {
  // Answers sized so that a mark falls exactly at a line end: the breaker must carry the
  // character before it down rather than open the next line with the mark.
  const fill = '我驾驶的货车从钱塘区装货运往滨江区工地运费按趟结算每趟四百元货主是物流公司我';
  const answers = ['，', '。', '）', '》', '、', '；', '：', '！', '？'].map((mark) => `${fill.slice(0, 35)}${mark}之后的内容继续写在下一行，直到本段结束。`);
  const qa = Array.from({ length: 12 }, (_, i) => ({ q: `请你说明当天的情况（第${i + 1}问）。`, a: answers[i % answers.length] }));
  qa.push({ q: '开括号测试', a: `${fill.slice(0, 34)}（括号内的说明）会不会单独留在行尾。` });

  it('prints the signature line and "第 x 页 共 y 页" at the foot of every page', async () => {
    const data = { ...completed(inquiryRecord, INDIVIDUAL_CASE), qa };
    const file = toFile(await renderDocument(inquiryRecord, data, opts), 'inquiry-long');
    const pages = pageCount(file);
    assert.ok(pages >= 2, `expected several pages, got ${pages}`);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, { page: p });
      for (const label of inquiryRecord.pageFooter?.signatures ?? []) assert.ok(text.includes(`${label}：`), `page ${p}: ${label}`);
      assert.ok(text.includes(`第 ${p} 页 共 ${pages} 页`), `page ${p} number`);
    }
  });

  it('keeps Chinese punctuation off line starts and opening brackets off line ends', async () => {
    const data = { ...completed(inquiryRecord, INDIVIDUAL_CASE), qa };
    const file = toFile(await renderDocument(inquiryRecord, data, opts), 'inquiry-kinsoku');
    const lines = pdfText(file).split('\n');
    const bad = lineBreakViolations(lines).map((i) => lines[i]);
    assert.deepEqual(bad, []);
    // Meaningful only if a mark did fall at a line start: the character before it must have
    // been carried down with it.
    const carried = lines.filter((l) => new RegExp(`^${fill[34]}[，。）》、；：！？]之后`).test(l.trim()));
    assert.ok(carried.length >= 5, `carried lines: ${carried.length}`);
    assert.ok(lines.some((l) => l.trim().startsWith('（括号内的说明）')), 'an opening bracket moved to the next line');
  });
});

describe('determinism', () => {
  it('renders several documents at once without mixing them up', async () => {
    const jobs = [penaltyDecision, inquiryRecord, violationNotice].map((def) => ({ def, data: completed(def, ORGANISATION_CASE) }));
    const oneByOne: string[] = [];
    for (const j of jobs) oneByOne.push(sha256(await renderDocument(j.def, j.data, opts)));
    const together = await Promise.all(jobs.map((j) => renderDocument(j.def, j.data, opts)));
    assert.deepEqual(together.map(sha256), oneByOne);
  });

  it('dates the PDF with the document time, not the clock', async () => {
    const file = toFile(await renderDocument(penaltyDecision, completed(penaltyDecision, INDIVIDUAL_CASE), opts));
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    assert.match(info, /CreationDate:\s+2026-11-24T02:00:00Z/);
    assert.match(info, /ModDate:\s+2026-11-24T02:00:00Z/);
  });
});

describe('determinism across processes', () => {
  it('gives the same bytes in a fresh process with fonts parsed anew', async () => {
    const here = sha256(await renderDocument(penaltyDecision, completed(penaltyDecision, ORGANISATION_CASE), opts));
    const script = path.join(__dirname, 'render-child.ts');
    const there = execFileSync(process.execPath, ['--import', 'tsx', script, String(penaltyDecision.id), String(ORGANISATION_CASE.id)], { encoding: 'utf8' }).trim();
    assert.equal(there, here);
  });
});
