/**
 * The declarative shape of a standard form (文书式样): its fields, where the case fills them
 * from, and its layout as data. One shared renderer (render.ts) prints every definition; adding
 * a form is adding a file under templates/.
 *
 * Templates import this file for its types only: it must stay free of runtime dependencies
 * beyond main/contract, so the templates layer keeps depending on types alone.
 */
import type { DocumentData, FieldKind as ContractFieldKind } from '../contract/documents';
import type { ProcedureSettings, ProcedureState } from '../contract/procedure';
import type { CaseDetail, Party } from '../contract/schemas';

// ---------------------------------------------------------------------------------------------
// Office settings that fill and word the documents

/** What an office configures once and every document reuses (复议机关, 管辖法院, bank, contact). */
export interface OfficeDocumentSettings {
  /** 执法部门全称, as in the opening statement of a 笔录. */
  name: string;
  /** Printed above every form's title where the province's practice adds the agency's name; absent = none, as the national 式样. */
  headerLine?: string;
  address?: string;
  zip?: string;
  contact?: string;
  phone?: string;
  /** 复议机关: since 2024 usually the 本级人民政府 (行政复议法 第二十四条). */
  reconsiderationOrgan?: string;
  /** 管辖法院 for 行政诉讼. */
  litigationCourt?: string;
  /** Bank and account where fines are paid. */
  payBank?: string;
  payAccount?: string;
  /**
   * Agency wording of the fixed notices, by notice key ("remedy") or, for one form only, by
   * "<formId>:<key>" ("15:remedy"). Placeholders {field} name fields of the form.
   */
  noticeOverrides?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Field values

/**
 * The party block's data. Which attributes print depends on the form's party variant.
 * A type alias, not an interface, so it is assignable to the contract's string records.
 */
export type PartyValue = {
  /** '' while a draft has not said whether the party is a person or an organisation. */
  kind: 'individual' | 'organisation' | '';
  name: string;
  gender: string;
  age: string;
  idNumber: string;
  address: string;
  phone: string;
  /** 工作单位 / 所在单位 of a person. */
  workplace: string;
  zip: string;
  legalRep: string;
  /** 职务 of the legal representative. */
  legalRepTitle: string;
  creditCode: string;
};

export type PartyAttribute = Exclude<keyof PartyValue, 'kind'>;

/** A party block with nothing said yet. Kept here, beside its type, so templates can use it too. */
export const EMPTY_PARTY: Readonly<PartyValue> = {
  kind: '',
  name: '',
  gender: '',
  age: '',
  idNumber: '',
  address: '',
  phone: '',
  workplace: '',
  zip: '',
  legalRep: '',
  legalRepTitle: '',
  creditCode: '',
};

export type TableRow = Record<string, string>;

/** Value of each field kind as stored (JSON) with the document. */
export interface FieldValueByKind {
  text: string;
  longtext: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'YYYY-MM-DDTHH:mm' (China local time) */
  datetime: string;
  /** Yuan, at most two decimals; null when not filled. */
  money: number | null;
  /** Labels of the ticked options. */
  checkbox: string[];
  party: PartyValue;
  table: TableRow[];
  /** Usually empty: signatures are handwritten on the printed sheet. */
  signature: string;
}

export type FieldKind = keyof FieldValueByKind;
export type FieldValue = FieldValueByKind[FieldKind];
/** Filled data as stored and sent over the API (the contract's DocumentData). */
export type FormData = DocumentData;

// The field kinds here and in the API contract must be the same set.
type SameKinds = [FieldKind] extends [ContractFieldKind] ? ([ContractFieldKind] extends [FieldKind] ? true : never) : never;
export const FIELD_KINDS_MATCH_CONTRACT: SameKinds = true;

// ---------------------------------------------------------------------------------------------
// Fields

/** Everything a pre-fill function may look at: the case, the office, the party and the date. */
export interface PrefillContext {
  caseDetail: CaseDetail;
  office: OfficeDocumentSettings;
  /** The party the document is made out to (a case can have several). */
  party: Party | null;
  /** Date the document is drawn up, 'YYYY-MM-DD'. */
  today: string;
  /** The case's documents issued so far (latest version of each form), which later forms refer to. */
  earlier?: readonly EarlierDocument[];
  /**
   * The case's procedure as recorded. What a document states that the procedure also records (outcome,
   * amounts, dates, the hearing right) is pre-filled from here; absent in previews made without a case.
   */
  procedure?: PrefillProcedure;
}

/** The recorded acts as the pre-fill of a document reads them. */
export interface PrefillProcedure {
  state: ProcedureState;
  settings: ProcedureSettings;
  /** What the case requires now: the hearing right on form 11 is ticked from `hearingRight`. */
  requirements: { legalReview: boolean; collectiveDiscussion: boolean; hearingRight: boolean };
  /** Principal still owed, yuan. */
  outstanding: number;
  /** 加处罚款 accrued to the day the document is drawn up, yuan. */
  lateFee: number;
  /** Last day of the 陈述申辩 period when the party has been told, else null. */
  statementDueOn: string | null;
}

/** An issued document of the same case, as a later form's pre-fill sees it. */
export interface EarlierDocument {
  formId: number;
  /** China time 'YYYY-MM-DDTHH:mm:ss'. */
  issuedAt: string;
}

interface FieldBase<K extends FieldKind> {
  key: string;
  label: string;
  kind: K;
  required: boolean;
  /**
   * Required only while this holds (with `required: false`): 缴款方式 only when there is a fine,
   * the 当场收缴 ground only when 当场缴纳 is ticked. Blank then counts as missing in a final document.
   */
  requiredWhen?: Condition;
  hint?: string;
  /** Pure function of the case and office giving the initial value; absent = starts empty. */
  prefill?: (ctx: PrefillContext) => FieldValueByKind[K] | undefined;
}

export interface TextField extends FieldBase<'text'> {
  maxLength?: number;
  /** Suggested values (a list to pick from, free text still allowed). */
  suggestions?: readonly string[];
}
export interface LongTextField extends FieldBase<'longtext'> {
  maxLength?: number;
}
export type DateField = FieldBase<'date'>;
export type DateTimeField = FieldBase<'datetime'>;
export type MoneyField = FieldBase<'money'>;
export interface CheckboxField extends FieldBase<'checkbox'> {
  options: readonly string[];
  /** false = tick exactly one (when required) or none. */
  multiple: boolean;
}
export interface PartyField extends FieldBase<'party'> {
  variant: PartyVariant;
}
export interface TableColumn {
  key: string;
  label: string;
  /** Relative width; columns without one share what is left. */
  width?: number;
  kind?: 'text' | 'date' | 'serial';
  suggestions?: readonly string[];
}
export interface TableField extends FieldBase<'table'> {
  columns: readonly TableColumn[];
  /** Empty rows printed so the sheet can be completed by hand. */
  minRows: number;
}
export type SignatureField = FieldBase<'signature'>;

export type FieldDef =
  | TextField
  | LongTextField
  | DateField
  | DateTimeField
  | MoneyField
  | CheckboxField
  | PartyField
  | TableField
  | SignatureField;

/**
 * Rows of the party block. Each row of the printed table holds two label/value pairs; the
 * variant lists the attributes of a person and of an organisation in print order.
 */
export interface PartyVariant {
  individual: readonly { attr: PartyAttribute; label: string }[];
  organisation: readonly { attr: PartyAttribute; label: string }[];
}

// ---------------------------------------------------------------------------------------------
// Layout

/**
 * Text templates: literal text with placeholders "{field}" or "{field:format}". A filled
 * placeholder prints its value underlined, an empty one an underlined blank (width in em after
 * a second colon: "{payBank:text:10}"), as the blanks of the printed form.
 *
 * Formats: text (default), date (2026年11月24日), dateChars (二〇二六年十一月二十四日),
 * datetime (2026年11月24日9时30分), time (9时30分), money (1200元), moneyCapitals
 * (人民币壹仟贰佰元整), moneyBoth (1200元（大写：人民币壹仟贰佰元整）), list (values joined by 、),
 * partyName (party block's name).
 */
export type TextTemplate = string;

export type SlotFormat = 'text' | 'date' | 'dateChars' | 'datetime' | 'time' | 'money' | 'moneyCapitals' | 'moneyBoth' | 'list' | 'partyName';

export interface CheckItem {
  /** Option label of the checkbox field this item ticks. */
  option: string;
  /** What prints after the box; defaults to the option label. */
  text?: TextTemplate;
  /** Or: a key of the form's notices, when the item's wording is a notice an office may reword. */
  notice?: string;
}

/** A cell of a bordered grid (立案登记表, 送达回证 …). Values print plain, not underlined. */
export type GridCell =
  | { kind: 'label'; text: string; colSpan?: number; rowSpan?: number; vertical?: boolean }
  | { kind: 'value'; text: TextTemplate; colSpan?: number; rowSpan?: number; minHeight?: number; align?: 'left' | 'center' | 'right' }
  | { kind: 'checks'; field: string; items?: readonly CheckItem[]; after?: TextTemplate; colSpan?: number; rowSpan?: number }
  /** An approval box: the opinion text, then "签名：… 日期：…" at its foot. */
  | { kind: 'opinion'; field: string; signField: string; dateField: string; colSpan?: number; rowSpan?: number; minHeight: number };

/**
 * A test on the filled data: a block prints, or a field is required, only while it holds.
 * - positive: a money field holds an amount above zero (a fine is imposed);
 * - notPositive: it is blank or zero (a warning only);
 * - ticked: a checkbox field has this option ticked;
 * - row: a table field has a row with this value in this column.
 */
export type Condition =
  | { field: string; is: 'positive' | 'notPositive' }
  | { field: string; ticked: string }
  /** A table field has a row whose `column` holds `value` (a 送达回证 row served by 留置送达). */
  | { field: string; row: { column: string; value: string } };

export type Block = BlockBody & {
  /** Printed only while this holds; absent = always. */
  when?: Condition;
};

export type BlockBody =
  /** The form's name, centred, 黑体 二号. */
  | { type: 'title'; text?: string }
  /** "案号：…" on the right under the title. */
  | { type: 'caseNumber'; field?: string }
  /** "张三：" — the addressee of a notice. */
  | { type: 'addressee'; field: string }
  /** The 当事人 table: the used row filled, every value of the other struck with "/". */
  | { type: 'party'; field: string; flush?: boolean }
  /** Flowing text with blanks; indent = first line indented two characters. */
  | { type: 'paragraph'; text: TextTemplate; indent?: boolean; align?: 'left' | 'right' | 'center'; size?: 'body' | 'small' }
  /** "违法事实及证据：" and the long text under it; ruled blank lines when empty. */
  | { type: 'labelled'; label: string; field: string; emptyLines?: number }
  /** Checkbox items, one per line or all on one line. */
  | { type: 'checks'; field: string; items?: readonly CheckItem[]; inline?: boolean; indent?: boolean }
  /** A table field with a header row and at least minRows rows; flush = no gap to the grids around it. */
  | { type: 'table'; field: string; flush?: boolean }
  /** Question/answer record of a 笔录 (table field with columns q and a). */
  | { type: 'dialogue'; field: string }
  /** A bordered grid; widths relative. */
  | { type: 'grid'; widths: readonly number[]; rows: readonly (readonly GridCell[])[] }
  /** A fixed notice: default text in the definition's `notices`, overridable per office. */
  | { type: 'notice'; key: string; indent?: boolean; size?: 'body' | 'small' }
  /** Signature lines, spread over one row. */
  | { type: 'signatures'; items: readonly { label: string; field?: string; dateField?: string; dateLabel?: string }[] }
  /** The seal slot: the agency's name (the office's 执法部门全称) + "（印章）" and the date, bottom right. */
  | { type: 'seal'; dateField: string; dateFormat?: 'date' | 'dateChars' }
  /** "以下空白" after a record's last entry, so nothing can be added after signing; final documents only. */
  | { type: 'blankBelow' }
  /** The foot note on served documents ("本文书一式两份……"). */
  | { type: 'copies' }
  | { type: 'spacer'; height: number };

export type BlockType = Block['type'];

/** Millimetres, as a ruler on the printed sheet measures them. */
export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FormDefinition {
  /** Number in 《交通运输行政执法文书式样》 (1–24); 25 and up are documents outside the annex (不予行政处罚决定书). */
  id: number;
  /** Stable English slug, also the template file name. */
  slug: string;
  name: string;
  /** Procedural stage the form belongs to (立案, 调查取证, 决定 …), as the form picker groups them. */
  stage: string;
  /** Template version, stored with every document made from it; bump on any wording change. */
  version: string;
  paper: { size: 'A4'; margins: PageMargins };
  fields: readonly FieldDef[];
  /** Fixed notice texts by key (defaults; an office may override them). */
  notices: Readonly<Record<string, TextTemplate>>;
  /**
   * What an office's wording of a notice must keep, by notice key: an override that is blank or
   * drops one of these is refused (the remedy clause of form 14 must keep 复议前置 and the 15 days).
   */
  noticeRequirements?: Readonly<Record<string, readonly NoticeElement[]>>;
  /**
   * Checks across fields (a 缴款方式 without a fine, a 当场收缴 ground without 当场缴纳): each problem
   * with the field's key and a Chinese message naming the rule. Refused in drafts and final documents alike.
   */
  validate?: (data: FormData) => readonly { path: string; message: string }[];
  layout: readonly Block[];
  /**
   * Records (笔录) are signed page by page: these signature labels and "第 x 页 共 y 页"
   * print at the foot of every page.
   */
  pageFooter?: { signatures: readonly string[] };
  /** Text of the copies note, when the form has one. */
  copiesNote?: string;
}

/**
 * An element a notice must keep: one of the phrases in `anyOf` must appear ("{field}" = a blank
 * for that field, in any format). `what` names it, with the rule that demands it, in the refusal.
 */
export interface NoticeElement {
  anyOf: readonly string[];
  what: string;
}

/** Case data a template pre-fill reads most often, gathered once. */
export type { CaseDetail, Party };
