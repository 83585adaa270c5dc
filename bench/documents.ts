/**
 * Document engine benchmark: a two-page 询问笔录.
 *   warm — 30 renders in this process (fonts already registered);
 *   cold — 3 fresh processes, each timing its first render (fonts read and parsed) and the
 *          module loading before it;
 *   baseline — the same text in the same fonts drawn with plain pdfkit calls and a greedy line
 *          breaker, to see what the pdfmake layer costs.
 * Run: node --import tsx bench/documents.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { FormData } from '../main/documents/definition';
import { loadDocumentFonts, type DocumentFonts } from '../main/documents/fonts';
import { renderDocumentWithPages } from '../main/documents/render';
import { breakLines } from '../main/documents/text';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, completed } from '../test/integration/documents/fixtures';
import { inquiryRecord } from '../templates/02-inquiry-record';
import { heading, row, stats, time } from './harness';

const COLD_CHILD = '--cold-child';
const WARM_RUNS = 30;
const COLD_RUNS = 3;
/** Question/answer pairs that fill the record to exactly two pages. */
const QA_PAIRS = 7;

function benchQa(): { q: string; a: string }[] {
  const answer =
    '当天上午我驾驶浙A12345号重型厢式货车，从东州市钱塘区下沙街道的仓库装货，运往滨江区的一个建筑工地。' +
    '运费按趟结算，每趟四百元（不含油费和过路费），由东州顺达物流有限公司在月底统一支付。我没有取得道路运输从业资格证，' +
    '去年报名参加过一次考试，没有通过。公司知道我没有从业资格证，但因为缺少驾驶员，还是安排我出车。';
  return [
    { q: '你是否申请我们回避？', a: '不申请。' },
    ...Array.from({ length: QA_PAIRS - 1 }, (_, i) => ({ q: `请你讲一下2026年11月20日的运输情况（第${i + 1}问）。`, a: answer })),
  ];
}

function inquiryData(): FormData {
  return { ...completed(inquiryRecord, INDIVIDUAL_CASE), qa: benchQa() };
}

/**
 * Child: one cold render. performance.now() counts from process start, so the time before the
 * render is node's start, tsx's on-the-fly compilation and module loading (pdfmake, pdfkit).
 */
async function coldChild(): Promise<void> {
  const loaded = performance.now();
  const { pages } = await renderDocumentWithPages(inquiryRecord, inquiryData(), { office: OFFICE, createdAt: CREATED_AT });
  const rendered = performance.now();
  process.stdout.write(JSON.stringify({ startMs: loaded, firstRenderMs: rendered - loaded, pages }) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Plain pdfkit baseline

interface PdfKitDoc {
  registerFont(name: string, src: Buffer, family?: string): PdfKitDoc;
  font(name: string): PdfKitDoc;
  fontSize(size: number): PdfKitDoc;
  text(text: string, x: number, y: number, opts?: { width?: number; align?: string; lineBreak?: boolean }): PdfKitDoc;
  widthOfString(text: string): number;
  addPage(): PdfKitDoc;
  switchToPage(n: number): PdfKitDoc;
  bufferedPageRange(): { start: number; count: number };
  on(event: 'data', fn: (chunk: Buffer) => void): PdfKitDoc;
  on(event: 'end', fn: () => void): PdfKitDoc;
  end(): void;
}
type PdfKitCtor = new (opts: Record<string, unknown>) => PdfKitDoc;

function plainPdfkit(fonts: DocumentFonts, fontBytes: { song: Buffer; hei: Buffer }, data: FormData, breakLines: (t: string, w: number, m: (s: string) => number) => string[]): Promise<Buffer> {
  const PDFDocument = createRequire(require.resolve('pdfmake'))('pdfkit') as PdfKitCtor;
  const mm = (v: number) => (v * 72) / 25.4;
  const margin = { top: mm(22), bottom: mm(32), left: mm(28), right: mm(25) };
  const width = 595.28 - margin.left - margin.right;
  const doc = new PDFDocument({ size: 'A4', margin: 0, bufferPages: true, autoFirstPage: true, info: { CreationDate: new Date('2026-11-24T02:00:00Z'), Title: '询问笔录' } });
  doc.registerFont('song', fontBytes.song, fonts.song.resolved.face);
  doc.registerFont('hei', fontBytes.hei, fonts.hei.resolved.face);
  const chunks: Buffer[] = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let y = margin.top;
  const lineHeight = 12 * 1.5;
  const bottom = 841.89 - margin.bottom;
  const line = (text: string) => {
    if (y + lineHeight > bottom) {
      doc.addPage();
      y = margin.top;
    }
    doc.text(text, margin.left, y, { lineBreak: false });
    y += lineHeight;
  };
  doc.font('hei').fontSize(22).text('询问笔录', margin.left, y, { width, align: 'center' });
  y += 22 * 1.4;
  doc.font('song').fontSize(12);
  doc.text(`案号：${String(data.caseNumber)}`, margin.left, y, { width, align: 'right' });
  y += lineHeight * 1.3;
  const t = (k: string) => String(data[k] ?? '');
  const header = [
    `询问时间：2026年11月24日9时30分至10时45分　　第${t('askNo')}次询问`,
    `询问地点：${t('place')}`,
    `询问人：${t('askers')}　　记录人：${t('recorder')}`,
    `被询问人：${t('interviewee')}　　与案件关系：${t('relation')}`,
    `性别：${t('sex')}　年龄：${t('age')}　身份证件号：${t('idNo')}`,
    `联系电话：${t('tel')}　工作单位及职务：${t('unitPosition')}`,
    `联系地址：${t('address')}`,
  ];
  const measure = (s: string) => doc.widthOfString(s);
  for (const h of header) breakLines(h, width, measure).forEach(line);
  const opening = `　　我们是${t('organName')}的执法人员${t('officer1')}、${t('officer2')}，执法证号分别为${t('certNo1')}、${t('certNo2')}，这是我们的执法证件，请你核对。现依法就有关问题向你询问，你应当如实回答，不得隐瞒事实或者作虚假陈述。执法人员与本案有直接利害关系或者有其他关系可能影响公正处理的，你可以申请其回避。`;
  breakLines(opening, width, measure).forEach(line);
  for (const pair of data.qa as { q: string; a: string }[]) {
    breakLines(`问：${pair.q}`, width, measure).forEach(line);
    breakLines(`答：${pair.a}`, width, measure).forEach(line);
  }
  const range = doc.bufferedPageRange();
  for (let p = 0; p < range.count; p++) {
    doc.switchToPage(p);
    doc.fontSize(10.5).text('被询问人签名：　　　　　　询问人签名：　　　　　　记录人签名：', margin.left, bottom + 10, { lineBreak: false });
    doc.text(`第 ${p + 1} 页 共 ${range.count} 页`, margin.left, bottom + 34, { width, align: 'center' });
  }
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (process.argv.includes(COLD_CHILD)) return coldChild();

  const data = inquiryData();
  const opts = { office: OFFICE, createdAt: CREATED_AT };

  heading('文书 — 询问笔录 (two pages)');
  const [firstMs, first] = await time(() => renderDocumentWithPages(inquiryRecord, data, opts));
  if (first.pages !== 2) throw new Error(`bench document has ${first.pages} pages, expected 2: adjust QA_PAIRS`);
  const fonts = loadDocumentFonts();
  process.stdout.write(
    `  fonts: 宋体 ${fonts.song.resolved.name} (${fonts.song.resolved.face ?? '-'}, ${fonts.song.isCff ? 'CFF' : 'TrueType'}), ` +
      `黑体 ${fonts.hei.resolved.name} (${fonts.hei.resolved.face ?? '-'}, ${fonts.hei.isCff ? 'CFF' : 'TrueType'}); PDF ${(first.pdf.length / 1024).toFixed(0)} KiB\n`,
  );
  process.stdout.write(`  first render in this process (fonts parsed): ${firstMs.toFixed(1)} ms\n`);

  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await time(() => renderDocumentWithPages(inquiryRecord, data, opts)))[0]);
  const warmStats = stats(warm);
  process.stdout.write(row('warm render (pdfmake)', warmStats, warmStats.p50 <= 150 ? 'target p50 ≤ 150 ms: met' : 'target p50 ≤ 150 ms: MISSED') + '\n');

  const fontBytes = { song: fs.readFileSync(fonts.song.resolved.file), hei: fs.readFileSync(fonts.hei.resolved.file) };
  await plainPdfkit(fonts, fontBytes, data, breakLines);
  const plain: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) plain.push((await time(() => plainPdfkit(fonts, fontBytes, data, breakLines)))[0]);
  const plainStats = stats(plain);
  process.stdout.write(row('warm render (plain pdfkit)', plainStats) + '\n');
  process.stdout.write(`  pdfmake / plain pdfkit, p50: ${(warmStats.p50 / plainStats.p50).toFixed(2)}×\n`);

  const cold: { startMs: number; firstRenderMs: number }[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, COLD_CHILD], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const r = JSON.parse(out.trim().split('\n').pop() as string) as { startMs: number; firstRenderMs: number; pages: number };
    cold.push(r);
    process.stdout.write(`  cold #${i + 1}: process start + modules ${r.startMs.toFixed(0)} ms, first render ${r.firstRenderMs.toFixed(0)} ms (wall ${wall.toFixed(0)} ms)\n`);
  }
  const coldRender = stats(cold.map((c) => c.firstRenderMs));
  const coldTotal = stats(cold.map((c) => c.startMs + c.firstRenderMs));
  process.stdout.write(row('cold first render (fonts unparsed)', coldRender, coldRender.max <= 1500 ? 'target ≤ 1.5 s: met' : 'target ≤ 1.5 s: MISSED') + '\n');
  process.stdout.write(row('cold incl. node/tsx start, modules', coldTotal) + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
