/**
 * The one renderer of every form definition: (definition, data, office, creation time) → PDF.
 *
 * Deterministic: the PDF's dates come from `createdAt`, its /ID is pdfkit's hash of the info
 * dictionary (so also fixed), font subset tags follow the order of first use; the same inputs
 * give the same bytes. Stateless apart from the fonts registered once per process, so it can
 * run in a worker thread.
 */
import type pdfmake from 'pdfmake';
import type {
  Block,
  CheckItem,
  FieldDef,
  FormData,
  FormDefinition,
  GridCell,
  OfficeDocumentSettings,
  PartyValue,
  TextTemplate,
} from './definition';
import { engine } from './pdfmake-instance';
import { DocumentError } from './errors';
import { fallbackAdvice, loadDocumentFonts, loadFallbackFont, pdfmakeFontTable, type DocumentFonts, type FontSettings, type RegisteredFace } from './fonts';
import { uncoveredCharacters, withFallbackFont } from './glyph-fallback';
import { assertRenderable, conditionHolds, fieldByKey, listValue, moneyValue, partyValue, tableValue, textValue } from './form-data';
import { parseTemplate, type Slot } from './template-text';
import {
  amountInCapitals,
  amountInFigures,
  amountInFiguresAndCapitals,
  checkbox,
  dateInChars,
  dateInFigures,
  dateTimeInFigures,
  timeInFigures,
} from './text';
import { assertNoticeOverride } from './check-definition';
import { correctionOf, correctionRemark, formFieldsOf } from './correction-note';

type Content = pdfmake.Content;
type Node = pdfmake.Node;

export interface RenderOptions {
  office: OfficeDocumentSettings;
  /** When the document was drawn up, China time 'YYYY-MM-DDTHH:mm[:ss]'; becomes the PDF dates. */
  createdAt: string;
  fonts?: FontSettings;
  /** A draft may leave required fields empty: they print as blanks to fill by hand. */
  draft?: boolean;
}

// Sizes of the printed forms: title 二号 (22 pt), body 小四 (12 pt), tables and notes 五号 (10.5 pt).
const TITLE_SIZE = 22;
const BODY_SIZE = 12;
const SMALL_SIZE = 10.5;
/**
 * Line pitch in em. pdfmake multiplies `lineHeight` by the font's own ascent + descent + gap,
 * which differs from face to face (AR PL UMing 1.05 em, Noto CJK 1.44 em); dividing by it keeps
 * the pitch, and so the page breaks, the same whichever font the machine has.
 */
const BODY_PITCH = 1.6;
const TABLE_PITCH = 1.35;
const TITLE_PITCH = 1.3;
const EM = BODY_SIZE;
const IDEOGRAPHIC_SPACE = '\u3000';
/** Width of the signature blanks at the foot of a record's pages, in em. */
const FOOTER_BLANK_EM = 5;
const STRUCK = '/';

const A4 = { width: 595.28, height: 841.89 };

/** What a draft prints where the 文号 goes, and across every page. */
const DRAFT_NUMBER = '（草稿，签发时编号）';
const DRAFT_MARK = '草稿';
const mm = (v: number) => (v * 72) / 25.4;

interface Ctx {
  /** pdfmake `lineHeight` values giving the pitches above in the chosen fonts. */
  lines: { body: number; table: number; title: number };
  def: FormDefinition;
  data: FormData;
  office: OfficeDocumentSettings;
  draft: boolean;
  fonts: DocumentFonts;
  contentWidth: number;
}

// ---------------------------------------------------------------------------------------------
// Values of slots

/** Text of a filled slot, or null when the field is empty. */
function slotText(ctx: Ctx, slot: Slot): string | null {
  const field = fieldByKey(ctx.def, slot.field);
  if (!field) throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》的文字引用了不存在的栏目 ${slot.field}`);
  if (field.kind === 'party') {
    const p = partyValue(ctx.data, field.key);
    return p.name.trim() || null;
  }
  if (field.kind === 'checkbox') {
    const ticked = listValue(ctx.data, field.key);
    return ticked.length ? ticked.join('、') : null;
  }
  if (field.kind === 'money') {
    const v = moneyValue(ctx.data, field.key);
    if (v === null) return null;
    if (slot.format === 'moneyCapitals') return amountInCapitals(v);
    if (slot.format === 'moneyBoth') return amountInFiguresAndCapitals(v);
    return amountInFigures(v);
  }
  const raw = textValue(ctx.data, field.key).trim();
  if (!raw) return null;
  switch (slot.format) {
    case 'date':
      return dateInFigures(raw);
    case 'dateChars':
      return dateInChars(raw);
    case 'datetime':
      return dateTimeInFigures(raw);
    case 'time':
      return timeInFigures(raw);
    default:
      return raw;
  }
}

function blank(em: number): Node {
  return { text: IDEOGRAPHIC_SPACE.repeat(em), decoration: 'underline', preserveLeadingSpaces: true, preserveTrailingSpaces: true };
}

/** The empty shape of a slot: a plain blank, or "____年__月__日" for dates as on the paper form. */
function emptySlot(slot: Slot, finalDoc: boolean): Content[] {
  if (finalDoc) return [{ text: ` ${STRUCK} `, decoration: 'underline', preserveLeadingSpaces: true, preserveTrailingSpaces: true }];
  switch (slot.format) {
    case 'date':
    case 'dateChars':
      return [blank(3), '年', blank(2), '月', blank(2), '日'];
    case 'datetime':
      return [blank(3), '年', blank(2), '月', blank(2), '日', blank(2), '时', blank(2), '分'];
    case 'time':
      return [blank(2), '时', blank(2), '分'];
    default:
      return [blank(slot.blankEm ?? 6)];
  }
}

/**
 * A template as inline text: literals plain, filled slots underlined, empty slots as blanks.
 * `unfilled` prints every slot as empty: the blanks of an unticked option stay blank even when
 * the field holds a value for the ticked one (form 22 shares one reason between two options).
 */
function inlineTemplate(ctx: Ctx, text: TextTemplate, unfilled = false, handwritten = false): Content[] {
  const out: Content[] = [];
  for (const part of parseTemplate(text)) {
    if ('literal' in part) {
      out.push(part.literal);
      continue;
    }
    const value = unfilled ? null : slotText(ctx, part.slot);
    // A signature, and the date written beside it, are put on the printed sheet by hand: their blanks are never struck out.
    const strike = !ctx.draft && !handwritten && fieldByKey(ctx.def, part.slot.field)?.kind !== 'signature';
    if (value === null) out.push(...emptySlot(part.slot, strike));
    else out.push({ text: ` ${value} `, decoration: 'underline', preserveLeadingSpaces: true, preserveTrailingSpaces: true });
  }
  return out;
}

/** A template as the content of a table cell: a lone slot prints plain ("/" when empty on a final document). */
function cellTemplate(ctx: Ctx, text: TextTemplate): Content {
  const parts = parseTemplate(text);
  if (parts.length === 1 && 'slot' in parts[0]) {
    const v = slotText(ctx, parts[0].slot);
    const handwritten = fieldByKey(ctx.def, parts[0].slot.field)?.kind === 'signature';
    return v ?? (ctx.draft || handwritten ? '' : STRUCK);
  }
  return { text: inlineTemplate(ctx, text) };
}

function noticeText(ctx: Ctx, key: string): TextTemplate {
  const overrides = ctx.office.noticeOverrides ?? {};
  const own = overrides[`${ctx.def.id}:${key}`];
  const shared = overrides[key];
  const text = own ?? shared ?? ctx.def.notices[key];
  if (text === undefined) throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》缺少告知文字“${key}”`);
  // A wording stored before a rule was added is checked again: it may not print without what the law requires.
  if (text !== ctx.def.notices[key]) assertNoticeOverride(ctx.def, key, text);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Blocks

function checkItems(ctx: Ctx, fieldKey: string, items: readonly CheckItem[] | undefined): { ticked: boolean; content: Content[] }[] {
  const field = fieldByKey(ctx.def, fieldKey);
  if (!field || field.kind !== 'checkbox') throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》勾选栏目 ${fieldKey} 无效`);
  const ticked = new Set(listValue(ctx.data, fieldKey));
  const list: readonly CheckItem[] = items ?? field.options.map((option) => ({ option }));
  return list.map((item) => {
    const on = ticked.has(item.option);
    const wording = item.notice ? noticeText(ctx, item.notice) : item.text;
    return { ticked: on, content: withBox(checkbox(on), wording ? inlineTemplate(ctx, wording, !on) : [item.option]) };
  });
}

/** The box joins the item's first words so a line never ends on a lone box. */
function withBox(box: string, content: Content[]): Content[] {
  const [first, ...rest] = content;
  return typeof first === 'string' ? [`${box} ${first}`, ...rest] : [`${box} `, ...content];
}

const gridLayout: pdfmake.TableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** An inline checkbox item moves to the next line whole rather than splitting after its box. */
function unbroken(content: Content[]): Node {
  return { text: content.map((c) => (typeof c === 'string' ? { text: c, noWrap: true } : c)) };
}

function vertical(text: string): string {
  return [...text].join('\n');
}

/** Labels wider than five characters wrap in two balanced lines, as on the printed table. */
function wrapLabel(label: string): string {
  const chars = [...label];
  if (chars.length <= 5) return label;
  const half = Math.ceil(chars.length / 2);
  return `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}`;
}

function labelWidth(labels: readonly string[], size: number): number {
  const longest = Math.max(...labels.map((l) => Math.max(...wrapLabel(l).split('\n').map((part) => [...part].length))));
  return longest * size + 0.5;
}

/**
 * The 当事人 table: one row group per kind, the unused group's values struck with "/".
 * Labels and values align at the top of their cells, so that a label and the first line of
 * its value share a baseline and text extraction reads them in order.
 * Not `dontBreakRows`: pdfmake 0.3.11 misplaces vertically centred row-spanning cells with it;
 * the block is kept on one page by `unbreakable` instead.
 */
function partyBlock(ctx: Ctx, fieldKey: string): Node {
  const field = fieldByKey(ctx.def, fieldKey);
  if (!field || field.kind !== 'party') throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》当事人栏目 ${fieldKey} 无效`);
  const p = partyValue(ctx.data, fieldKey);
  const groups: { kind: PartyValue['kind']; label: string; attrs: PartyFieldAttrs }[] = [
    { kind: 'individual', label: '个人', attrs: field.variant.individual },
    { kind: 'organisation', label: '单位', attrs: field.variant.organisation },
  ];
  const body: Content[][] = [];
  const totalRows = groups.reduce((n, g) => n + Math.ceil(g.attrs.length / 2), 0);
  groups.forEach((g, gi) => {
    const rows = Math.ceil(g.attrs.length / 2);
    const unused = p.kind !== '' && p.kind !== g.kind;
    const value = (attr: PartyFieldAttrs[number]): Content => {
      if (unused) return { text: STRUCK, alignment: 'center' };
      const v = p.kind === g.kind ? p[attr.attr].trim() : '';
      return v || (ctx.draft || p.kind === '' ? '' : { text: STRUCK, alignment: 'center' });
    };
    const label = (attr: PartyFieldAttrs[number]): Node => ({ text: wrapLabel(attr.label), alignment: 'center' });
    for (let r = 0; r < rows; r++) {
      const row: Content[] = [];
      if (gi === 0 && r === 0) row.push({ text: vertical('当事人'), rowSpan: totalRows, alignment: 'center', verticalAlignment: 'middle' });
      else row.push('');
      if (r === 0) row.push({ text: vertical(g.label), rowSpan: rows, alignment: 'center', verticalAlignment: 'middle' });
      else row.push('');
      const a = g.attrs[r * 2];
      const b = g.attrs[r * 2 + 1];
      row.push(label(a));
      if (b) {
        row.push(value(a), label(b), value(b));
      } else {
        row.push({ ...asNode(value(a)), colSpan: 3 }, '', '');
      }
      body.push(row);
    }
  });
  // Left labels are the even attributes of each group, right labels the odd ones.
  const side = (odd: 0 | 1) => [field.variant.individual, field.variant.organisation].flatMap((attrs) => attrs.filter((_, i) => i % 2 === odd)).map((a) => a.label);
  return {
    table: {
      widths: [SMALL_SIZE + 0.5, SMALL_SIZE + 0.5, labelWidth(side(0), SMALL_SIZE), '*', labelWidth(side(1), SMALL_SIZE), '*'],
      body,
    },
    layout: gridLayout,
    fontSize: SMALL_SIZE,
    lineHeight: ctx.lines.table,
    unbreakable: true,
    margin: [0, 4, 0, 8],
  };
}

type PartyFieldAttrs = Extract<FieldDef, { kind: 'party' }>['variant']['individual'];

function asNode(c: Content): Node {
  return typeof c === 'string' || Array.isArray(c) ? { text: c } : c;
}

function gridBlock(ctx: Ctx, block: Extract<Block, { type: 'grid' }>): Node {
  const columns = block.widths.length;
  const total = block.widths.reduce((a, b) => a + b, 0);
  // pdfmake widths exclude padding and rules: subtract them so the grid spans the text width.
  const inner = ctx.contentWidth - columns * 8 - (columns + 1) * 0.75;
  const widths = block.widths.map((w) => (w / total) * inner);
  const occupied: boolean[][] = [];
  const body: Content[][] = [];
  const heights: number[] = [];
  block.rows.forEach((cells, r) => {
    occupied[r] = occupied[r] ?? [];
    const row: Content[] = new Array<Content>(columns).fill('');
    let col = 0;
    let minHeight = 0;
    for (const cell of cells) {
      while (occupied[r][col]) col++;
      if (col >= columns) throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》表格第${r + 1}行单元格过多`);
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let rr = r; rr < r + rowSpan; rr++) {
        occupied[rr] = occupied[rr] ?? [];
        for (let cc = col; cc < col + colSpan; cc++) occupied[rr][cc] = true;
      }
      const node = gridCell(ctx, cell);
      if (colSpan > 1) node.colSpan = colSpan;
      if (rowSpan > 1) node.rowSpan = rowSpan;
      if ((cell.kind === 'value' || cell.kind === 'opinion') && cell.minHeight) minHeight = Math.max(minHeight, cell.minHeight);
      row[col] = node;
      col += colSpan;
    }
    body.push(row);
    heights.push(minHeight);
  });
  return {
    table: { widths, body, heights: (i: number) => heights[i] ?? 0, dontBreakRows: true },
    layout: gridLayout,
    lineHeight: ctx.lines.table,
    margin: [0, 0, 0, 0],
  };
}

function gridCell(ctx: Ctx, cell: GridCell): Node {
  switch (cell.kind) {
    case 'label':
      return { text: cell.vertical ? vertical(cell.text) : cell.text, alignment: 'center' };
    case 'value':
      return { ...asNode(cellTemplate(ctx, cell.text)), alignment: cell.align ?? 'left' };
    case 'checks': {
      const items: Content[] = checkItems(ctx, cell.field, cell.items).flatMap((i, n) => [...(n ? [IDEOGRAPHIC_SPACE.repeat(2)] : []), unbroken(i.content)]);
      return { stack: [{ text: items }, ...(cell.after ? [{ text: inlineTemplate(ctx, cell.after) }] : [])] };
    }
    case 'opinion': {
      const opinion = textValue(ctx.data, cell.field).trim();
      const sign = textValue(ctx.data, cell.signField).trim();
      return {
        stack: [
          { text: opinion || (ctx.draft ? '' : STRUCK), leadingIndent: opinion ? 2 * EM : 0, alignment: 'justify', margin: [0, 0, 0, 6] },
          {
            text: [
              '签名：',
              sign ? { text: ` ${sign} `, decoration: 'underline' } : blank(6),
              `${IDEOGRAPHIC_SPACE}日期：`,
              ...inlineTemplate(ctx, `{${cell.dateField}:date}`),
            ],
            alignment: 'right',
          },
        ],
      };
    }
  }
}

function tableBlock(ctx: Ctx, fieldKey: string): Node {
  const field = fieldByKey(ctx.def, fieldKey);
  if (!field || field.kind !== 'table') throw new DocumentError('DOC_TEMPLATE_INVALID', `《${ctx.def.name}》表格栏目 ${fieldKey} 无效`);
  const rows = tableValue(ctx.data, fieldKey).filter((r) => Object.values(r).some((v) => String(v ?? '').trim()));
  const total = field.columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const inner = ctx.contentWidth - field.columns.length * 8 - (field.columns.length + 1) * 0.75;
  const widths = field.columns.map((c) => ((c.width ?? 1) / total) * inner);
  const header = field.columns.map((c) => ({ text: c.label, alignment: 'center' as const }));
  const body: Content[][] = [header];
  rows.forEach((r, i) => {
    body.push(
      field.columns.map((c) => {
        const raw = String(r[c.key] ?? '').trim();
        if (c.kind === 'serial') return { text: raw || String(i + 1), alignment: 'center' };
        if (c.kind === 'date' && raw) return { text: dateInFigures(raw), alignment: 'center' };
        return raw;
      }),
    );
  });
  const padding = Math.max(0, field.minRows - rows.length);
  for (let i = 0; i < padding; i++) {
    // Official lists close with 以下空白 so no line can be added after signing.
    const closing = !ctx.draft && i === 0;
    const textCol = field.columns.findIndex((c) => c.kind !== 'serial');
    body.push(field.columns.map((_, ci) => (closing && ci === textCol ? { text: '以下空白', alignment: 'left' } : ' ')));
  }
  return {
    table: { widths, body, headerRows: 1, dontBreakRows: true, heights: (i: number) => (i === 0 ? 0 : 22) },
    layout: gridLayout,
    fontSize: SMALL_SIZE,
    lineHeight: ctx.lines.table,
    margin: [0, 4, 0, 8],
  };
}

function dialogueBlock(ctx: Ctx, fieldKey: string): Content[] {
  const rows = tableValue(ctx.data, fieldKey);
  const pairs = rows.length ? rows : [{ q: '', a: '' }];
  const out: Content[] = [];
  for (const r of pairs) {
    for (const [mark, text] of [
      ['问：', r.q ?? ''],
      ['答：', r.a ?? ''],
    ] as const) {
      const lines = text.trim() ? text.trim().split(/\n+/) : [''];
      lines.forEach((line, i) => {
        out.push({ text: i === 0 ? [mark, line || blankLine(ctx)] : line, alignment: 'justify', leadingIndent: i === 0 ? 0 : 2 * EM, margin: [0, 0, 0, 2] });
      });
    }
  }
  return out;
}

function blankLine(ctx: Ctx): Node {
  return blank(Math.floor(ctx.contentWidth / EM) - 3);
}

function ruledLines(ctx: Ctx, count: number): Node {
  const gap = BODY_SIZE * BODY_PITCH;
  return {
    canvas: Array.from({ length: count }, (_, i) => ({ type: 'line' as const, x1: 0, y1: gap * (i + 1), x2: ctx.contentWidth, y2: gap * (i + 1), lineWidth: 0.5 })),
    margin: [0, 0, 0, 4],
  };
}

function signaturesBlock(ctx: Ctx, items: Extract<Block, { type: 'signatures' }>['items']): Node {
  return {
    columns: items.map((item) => {
      const name = item.field ? textValue(ctx.data, item.field).trim() : '';
      const line: Content[] = [`${item.label}：`, name ? { text: ` ${name} `, decoration: 'underline' } : blank(items.length > 2 ? 4 : 6)];
      const stack: Content[] = [{ text: line }];
      if (item.dateField) stack.push({ text: [`${item.dateLabel ?? '日期'}：`, ...inlineTemplate(ctx, `{${item.dateField}:date}`, false, true)], margin: [0, 4, 0, 0] });
      return { width: '*', stack };
    }),
    columnGap: 12,
    margin: [0, 14, 0, 4],
    unbreakable: true,
  };
}

/** The agency's full name over its seal; the generic wording only where no office name is set. */
export function sealLabel(office: OfficeDocumentSettings): string {
  return `${office.name.trim() || '交通运输执法部门'}（印章）`;
}

function sealBlock(ctx: Ctx, block: Extract<Block, { type: 'seal' }>): Node {
  const date = textValue(ctx.data, block.dateField).trim();
  const dateContent: Content[] = date
    ? [block.dateFormat === 'dateChars' ? dateInChars(date) : dateInFigures(date)]
    : [IDEOGRAPHIC_SPACE.repeat(3), '年', IDEOGRAPHIC_SPACE.repeat(2), '月', IDEOGRAPHIC_SPACE.repeat(2), '日'];
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        stack: [
          { text: sealLabel(ctx.office), alignment: 'center' },
          { text: dateContent, alignment: 'center', margin: [0, 6, 0, 0], preserveLeadingSpaces: true },
        ],
      },
      { width: 2 * EM, text: '' },
    ],
    // Room above the label for the seal impression (a 42 mm round seal overlaps the text).
    margin: [0, 28, 0, 0],
    unbreakable: true,
  };
}

function renderBlock(ctx: Ctx, block: Block): Content[] {
  switch (block.type) {
    case 'title': {
      const title: Content = { text: block.text ?? ctx.def.name, font: ctx.fonts.hei.family, fontSize: TITLE_SIZE, alignment: 'center', lineHeight: ctx.lines.title, margin: [0, 0, 0, 8] };
      // Some provinces print the agency's name above the form's title; the national 式样 does not.
      const header = ctx.office.headerLine?.trim();
      return header ? [{ text: header, font: ctx.fonts.hei.family, fontSize: 16, alignment: 'center', margin: [0, 0, 0, 4] }, title] : [title];
    }
    case 'caseNumber': {
      // A draft carries no 文号: a sheet printed from it must not read as the numbered document.
      if (ctx.draft) return [{ text: ['案号：', DRAFT_NUMBER], alignment: 'right', margin: [0, 0, 0, 8] }];
      const v = textValue(ctx.data, block.field ?? 'caseNumber').trim();
      return [{ text: ['案号：', v || blank(10)], alignment: 'right', margin: [0, 0, 0, 8] }];
    }
    case 'addressee': {
      const field = fieldByKey(ctx.def, block.field);
      const name = field?.kind === 'party' ? partyValue(ctx.data, block.field).name.trim() : textValue(ctx.data, block.field).trim();
      return [{ text: [name || blank(10), '：'], margin: [0, 4, 0, 2] }];
    }
    case 'party':
      return [{ ...partyBlock(ctx, block.field), ...(block.flush ? { margin: [0, 0, 0, 0] as [number, number, number, number] } : {}) }];
    case 'paragraph':
      return [
        {
          text: inlineTemplate(ctx, block.text),
          leadingIndent: block.indent ? 2 * EM : 0,
          alignment: block.align ?? 'justify',
          fontSize: block.size === 'small' ? SMALL_SIZE : BODY_SIZE,
          margin: [0, 1, 0, 1],
        },
      ];
    case 'labelled': {
      const v = textValue(ctx.data, block.field).trim();
      if (!v) {
        if (!ctx.draft) return [{ text: [`${block.label}：`, STRUCK] }];
        return [{ text: `${block.label}：` }, ruledLines(ctx, block.emptyLines ?? 3)];
      }
      const paragraphs = v.split(/\n+/);
      return [
        { text: `${block.label}：` },
        ...paragraphs.map((p): Content => ({ text: p, leadingIndent: 2 * EM, alignment: 'justify' })),
      ];
    }
    case 'checks': {
      const items = checkItems(ctx, block.field, block.items);
      if (block.inline) {
        return [{ text: items.flatMap((i, n) => [...(n ? [IDEOGRAPHIC_SPACE.repeat(2)] : []), unbroken(i.content)]), leadingIndent: block.indent ? 2 * EM : 0 }];
      }
      return items.map((i) => ({ text: i.content, leadingIndent: block.indent === false ? 0 : 2 * EM, alignment: 'justify' as const }));
    }
    case 'table':
      return [{ ...tableBlock(ctx, block.field), ...(block.flush ? { margin: [0, 0, 0, 0] as [number, number, number, number] } : {}) }];
    case 'dialogue':
      return dialogueBlock(ctx, block.field);
    case 'grid':
      return [gridBlock(ctx, block)];
    case 'notice':
      return [
        {
          text: inlineTemplate(ctx, noticeText(ctx, block.key)),
          leadingIndent: block.indent === false ? 0 : 2 * EM,
          alignment: 'justify',
          fontSize: block.size === 'small' ? SMALL_SIZE : BODY_SIZE,
          margin: [0, 1, 0, 1],
        },
      ];
    case 'signatures':
      return [signaturesBlock(ctx, block.items)];
    case 'seal':
      return [sealBlock(ctx, block)];
    case 'copies':
      return ctx.def.copiesNote ? [{ text: ctx.def.copiesNote, fontSize: SMALL_SIZE, margin: [0, 12, 0, 0] }] : [];
    case 'spacer':
      return [{ text: '', margin: [0, block.height, 0, 0] }];
    case 'blankBelow':
      // A draft is still being written: the closing mark goes on the final sheet only.
      return ctx.draft ? [] : [{ text: '以下空白', alignment: 'left', margin: [2 * EM, 2, 0, 2] }];
  }
}

/**
 * Blocks in order, except that the seal travels with the copies note under it: a note alone
 * at the top of a second page reads as if the first page were incomplete.
 */
function layoutContent(ctx: Ctx): Content[] {
  const out: Content[] = [];
  const blocks = ctx.def.layout.filter((b) => !b.when || conditionHolds(b.when, ctx.data));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'seal' && blocks[i + 1]?.type === 'copies') {
      out.push({ stack: [...renderBlock(ctx, b), ...renderBlock(ctx, blocks[i + 1])], unbreakable: true });
      i++;
    } else {
      out.push(...renderBlock(ctx, b));
    }
  }
  return out;
}

function footer(ctx: Ctx, margins: { left: number; right: number }, seen: { pages: number }) {
  const signatures = ctx.def.pageFooter?.signatures;
  return (page: number, pages: number): Content | null => {
    seen.pages = pages;
    const numbering: Node = { text: `第 ${page} 页 共 ${pages} 页`, alignment: 'center', fontSize: SMALL_SIZE };
    if (!signatures) return pages > 1 ? { ...numbering, margin: [margins.left, 14, margins.right, 0] } : null;
    // As many to a row as leave each label on one line with room for a signature after it.
    const widest = Math.max(...signatures.map((l) => [...l].length + 1 + FOOTER_BLANK_EM)) * SMALL_SIZE;
    const perRow = Math.max(1, Math.min(signatures.length, Math.floor((ctx.contentWidth + 8) / (widest + 8))));
    const rows: Content[] = [];
    for (let i = 0; i < signatures.length; i += perRow) {
      rows.push({
        columns: signatures.slice(i, i + perRow).map((label) => ({ width: '*', text: [`${label}：`, blank(FOOTER_BLANK_EM)] })),
        columnGap: 8,
        fontSize: SMALL_SIZE,
        margin: [0, i ? 6 : 0, 0, 0],
      });
    }
    return {
      stack: [...rows, { ...numbering, margin: [0, 8, 0, 0] }],
      margin: [margins.left, 10, margins.right, 0],
    };
  };
}

/** 'YYYY-MM-DDTHH:mm[:ss]' China time → the PDF's creation date; `what` names the paper in the error. */
export function creationDate(createdAt: string, what = '文书'): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(createdAt);
  const d = m ? new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}+08:00`) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new DocumentError('DOC_DATA_INVALID', `${what}制作时间“${createdAt}”格式不正确`);
  return d;
}

/** The form's 备注 field, where a form has one. */
function remarkField(def: FormDefinition): FieldDef | undefined {
  return def.fields.find((f) => f.label === '备注' && f.kind === 'longtext');
}

/**
 * A correction's reason goes into the form's own 备注 where it has one (after what the clerk
 * wrote there); a form without one gets a 备注 line of its own at the end.
 */
function withRemark(def: FormDefinition, data: FormData): { data: FormData; extra: Content[] } {
  const note = correctionOf(data);
  const fields = formFieldsOf(data);
  if (!note) return { data: fields, extra: [] };
  const remark = correctionRemark(note);
  const field = remarkField(def);
  if (field) return { data: { ...fields, [field.key]: [textValue(fields, field.key).trim(), remark].filter(Boolean).join('\n') }, extra: [] };
  return { data: fields, extra: [{ text: ['备注：', remark], fontSize: SMALL_SIZE, alignment: 'justify', margin: [0, 10, 0, 0] }] };
}

/** The pdfmake document for a form; exposed for tests and the benchmark. */
export function buildDocDefinition(def: FormDefinition, given: FormData, opts: RenderOptions, fonts: DocumentFonts, seen = { pages: 0 }): pdfmake.DocDefinition {
  const m = def.paper.margins;
  const margins = { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) };
  const lines = { body: BODY_PITCH / fonts.song.lineEm, table: TABLE_PITCH / fonts.song.lineEm, title: TITLE_PITCH / fonts.hei.lineEm };
  const { data, extra } = withRemark(def, given);
  const draft = opts.draft ?? false;
  const ctx: Ctx = { lines, def, data, office: opts.office, draft, fonts, contentWidth: A4.width - margins.left - margins.right };
  const when = creationDate(opts.createdAt);
  const caseNumber = draft ? '' : textValue(data, 'caseNumber').trim();
  return {
    pageSize: 'A4',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    // Drawn over each page's content, so no part of a draft can be cut out to pass for the issued sheet.
    ...(draft ? { watermark: { text: DRAFT_MARK, font: fonts.hei.family, fontSize: 160, color: '#808080', opacity: 0.3 } } : {}),
    info: {
      title: draft ? `${def.name}（${DRAFT_MARK}）` : def.name,
      subject: caseNumber ? `${def.name}（${caseNumber}）` : def.name,
      author: opts.office.name,
      keywords: `交通运输行政执法文书式样之${def.id}；模板版本 ${def.version}`,
      creator: '执法工作站',
      producer: '执法工作站文书引擎（pdfmake）',
      creationDate: when,
      modDate: when,
    },
    language: 'zh-CN',
    defaultStyle: { font: fonts.song.family, fontSize: BODY_SIZE, lineHeight: ctx.lines.body },
    content: [...layoutContent(ctx), ...extra],
    footer: footer(ctx, margins, seen),
  };
}

export interface RenderedDocument {
  pdf: Buffer;
  pages: number;
}

/**
 * Renders a form to PDF bytes and its page count. A final document (not a draft) must pass
 * validation first: an incomplete decision is refused rather than printed with holes.
 */
export async function renderDocumentWithPages(def: FormDefinition, data: FormData, opts: RenderOptions): Promise<RenderedDocument> {
  assertRenderable(def, formFieldsOf(data), { draft: opts.draft ?? false });
  const fonts = loadDocumentFonts(opts.fonts);
  const seen = { pages: 0 };
  const doc = buildDocDefinition(def, data, opts, fonts, seen);
  const pdf = await printWithFonts(doc, fonts, opts.fonts, '文书');
  return { pdf, pages: seen.pages };
}

/**
 * pdfmake document → PDF bytes with the office's Chinese fonts. Characters the 宋体 face lacks
 * (rare given-name characters) are set in the fallback face; where none covers them the PDF is
 * refused rather than printed with empty boxes. `what` names the paper in that message.
 */
export async function printWithFonts(doc: pdfmake.DocDefinition, fonts: DocumentFonts, settings: FontSettings | undefined, what: string): Promise<Buffer> {
  const extra: RegisteredFace[] = [];
  const missing = uncoveredCharacters(doc.content, fonts.song.covers);
  if (missing.length) {
    const fallback = loadFallbackFont(fonts, settings);
    const still = missing.filter((ch) => !fallback?.covers(ch.codePointAt(0) as number));
    if (!fallback || still.length) {
      throw new DocumentError('DOC_FONT_MISSING', `${what}中的“${still.join('')}”在已安装的中文字体中没有字形，无法正确打印。${fallbackAdvice(process.platform)}`);
    }
    const fb = { covers: fonts.song.covers, family: fallback.family, ratio: fonts.song.lineEm / fallback.lineEm };
    doc.content = withFallbackFont(Array.isArray(doc.content) ? doc.content : [doc.content], fb, doc.defaultStyle?.lineHeight ?? 1);
    extra.push(fallback);
  }
  // Fresh table per render: see pdfmakeFontTable. createPdf reads it synchronously, so a
  // concurrent render in the same thread cannot observe another's table.
  engine.setFonts(pdfmakeFontTable(fonts, extra));
  return engine.createPdf(doc).getBuffer();
}

/** Renders a form to PDF bytes; see renderDocumentWithPages. */
export async function renderDocument(def: FormDefinition, data: FormData, opts: RenderOptions): Promise<Buffer> {
  return (await renderDocumentWithPages(def, data, opts)).pdf;
}
