/**
 * 当事人身份证件信息核对单: one A4 page that puts what the reader took from a card's chip on
 * paper for the case file — the fields, the photo where the office's vendor decoder gave one
 * (else why there is none), and lines for the officer and the party to sign that the card was
 * the party's own. Not one of the 24 式样; it is the workstation's record of a 读卡核验.
 *
 * Deterministic like the forms: `createdAt` fixes the PDF's dates, so the same read gives the
 * same bytes.
 */
import type pdfmake from 'pdfmake';
import { DocumentError } from './errors';
import { loadDocumentFonts, type FontSettings } from './fonts';
import { creationDate, printWithFonts } from './render';

type Content = pdfmake.Content;

export interface CardSheetData {
  /** 执法部门全称 */
  office: string;
  /** The case the party belongs to; null for a read not yet registered with a case. */
  caseNumber: string | null;
  /** The card's kind as printed, e.g. 居民身份证. */
  kindLabel: string;
  /** [label, value] in print order; blank values print as 无. */
  rows: [string, string][];
  /** A PNG from the vendor decoder, or the sentence saying why no photo is printed. */
  photo: { png: Buffer } | { reason: string };
  /** Printed in red under the fields, e.g. the card's validity had ended. */
  warnings: string[];
  /** 读卡时间 and 读卡器, for the statement at the foot. */
  readAt: string;
  reader: string;
  /** Read from the built-in simulator: the page says it is sample data. */
  simulated: boolean;
}

export interface CardSheetOptions {
  /** China time 'YYYY-MM-DDTHH:mm[:ss]', becomes the PDF's dates. */
  createdAt: string;
  fonts?: FontSettings;
}

const mm = (v: number) => (v * 72) / 25.4;
const MARGIN = { top: mm(30), side: mm(26), bottom: mm(25) };
const LABEL_WIDTH = mm(30);
/** The photo box: a resident card's photo is 102 × 126 px, printed here at about its size on the card. */
const PHOTO_BOX = { width: mm(30), height: mm(37) };
const BODY = 12;
const SMALL = 10.5;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function photoCell(photo: CardSheetData['photo'], rowSpan: number): Content {
  const common = { rowSpan, alignment: 'center' as const, verticalAlignment: 'middle' as const };
  if ('png' in photo) {
    if (!photo.png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new DocumentError('DOC_DATA_INVALID', '证件相片不是 PNG 图像，无法打印');
    return { ...common, image: `data:image/png;base64,${photo.png.toString('base64')}`, fit: [PHOTO_BOX.width, PHOTO_BOX.height] };
  }
  return { ...common, text: '（无相片）', fontSize: SMALL, color: '#555555' };
}

/** The pdfmake document of the sheet; exposed for tests. */
export function buildCardSheet(
  data: CardSheetData,
  opts: CardSheetOptions,
  families: { song: string; hei: string },
  lineHeight: number,
  seen = { pages: 0 },
): pdfmake.DocDefinition {
  if (!data.rows.length) throw new DocumentError('DOC_DATA_INVALID', '读卡记录没有可打印的信息');
  const date = creationDate(opts.createdAt, '核对单');
  const rows: Content[][] = data.rows.map(([label, value], i) => [
    { text: label, font: families.hei, fontSize: SMALL },
    { text: value.trim() || '无', fontSize: SMALL },
    i === 0 ? photoCell(data.photo, data.rows.length) : '',
  ]);
  const title = '当事人身份证件信息核对单';
  const content: Content[] = [
    { text: title, font: families.hei, fontSize: 18, alignment: 'center', margin: [0, 0, 0, 6] },
    ...(data.simulated
      ? [{ text: '模拟读卡器样例数据，非真实证件，不得作为办案材料', color: '#c2410c', alignment: 'center' as const, fontSize: SMALL, margin: [0, 0, 0, 6] as [number, number, number, number] }]
      : []),
    {
      columns: [
        { width: '*', text: `执法部门：${data.office}`, fontSize: SMALL },
        { width: 'auto', text: `案号：${data.caseNumber ?? '（尚未立案）'}`, fontSize: SMALL },
      ],
      columnGap: 12,
      margin: [0, 6, 0, 8],
    },
    {
      table: { widths: [LABEL_WIDTH, '*', PHOTO_BOX.width + 8], body: [[{ text: `证件类型：${data.kindLabel}`, colSpan: 3, font: families.hei, fontSize: SMALL, fillColor: '#f2f2f2' }, '', ''], ...rows] },
      layout: { paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 6, paddingRight: () => 6 },
    },
    ...('reason' in data.photo ? [{ text: `未打印相片：${data.photo.reason}`, color: '#555555', fontSize: SMALL, margin: [0, 6, 0, 0] as [number, number, number, number] }] : []),
    ...data.warnings.map((w) => ({ text: w, color: '#b91c1c', fontSize: SMALL, margin: [0, 6, 0, 0] as [number, number, number, number] })),
    {
      text: `以上信息由读卡器从证件芯片中读取（读卡时间：${data.readAt}；读卡器：${data.reader}）。经核对，所读证件为当事人本人所持。`,
      margin: [0, 14, 0, 24],
    },
    {
      columns: [
        { width: '*', stack: ['执法人员（签名）：', { text: '日期：', margin: [0, 18, 0, 0] }] },
        { width: '*', stack: ['当事人（签名）：', { text: '日期：', margin: [0, 18, 0, 0] }] },
      ],
      columnGap: 24,
    },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: {
      title,
      subject: data.caseNumber ? `${title}（${data.caseNumber}）` : title,
      author: data.office,
      creator: '执法工作站',
      producer: '执法工作站文书引擎（pdfmake）',
      creationDate: date,
      modDate: date,
    },
    language: 'zh-CN',
    defaultStyle: { font: families.song, fontSize: BODY, lineHeight },
    content,
    // Nothing printed in the footer; it is how pdfmake tells the page count.
    footer: (_page, pages) => {
      seen.pages = pages;
      return null;
    },
  };
}

/** Renders the sheet to PDF bytes and its page count (one page for every card layout). */
export async function renderCardSheet(data: CardSheetData, opts: CardSheetOptions): Promise<{ pdf: Buffer; pages: number }> {
  const fonts = loadDocumentFonts(opts.fonts);
  const seen = { pages: 0 };
  const doc = buildCardSheet(data, opts, { song: fonts.song.family, hei: fonts.hei.family }, 1.5 / fonts.song.lineEm, seen);
  const pdf = await printWithFonts(doc, fonts, opts.fonts, '核对单');
  return { pdf, pages: seen.pages };
}
