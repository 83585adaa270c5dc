/**
 * 文书 in the API: the form catalogue (what the editor shows for each of the 24 standard
 * forms and the 不予行政处罚决定书 added as no. 25), document versions and their filled data. The definitions themselves live in
 * templates/; this file is the shape they are described in to the UI.
 */
import { z } from 'zod';

export const FIELD_KINDS = ['text', 'longtext', 'date', 'datetime', 'money', 'checkbox', 'party', 'table', 'signature'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

const labelled = z.object({ key: z.string(), label: z.string() });

export const formField = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(FIELD_KINDS),
  required: z.boolean(),
  hint: z.string().optional(),
  /** text: values to pick from (free text still allowed). */
  suggestions: z.array(z.string()).optional(),
  /** checkbox: the options, and whether more than one may be ticked. */
  options: z.array(z.string()).optional(),
  multiple: z.boolean().optional(),
  /** table: the columns. */
  columns: z.array(labelled).optional(),
  /** party: the attributes the form prints for a person and for an organisation, in print order. */
  party: z.object({ individual: z.array(labelled), organisation: z.array(labelled) }).optional(),
  /** Filled from the case when the document is created (the clerk may still edit it). */
  prefilled: z.boolean(),
});
export type FormField = z.infer<typeof formField>;

/** Forms 1–24 are the 式样; 25 (不予行政处罚决定书) is the first document an office adds beside them. */
export const HIGHEST_FORM_ID = 25;

export const formSummary = z.object({
  id: z.number().int().min(1).max(HIGHEST_FORM_ID),
  name: z.string(),
  stage: z.string(),
  templateVersion: z.string(),
  multiPage: z.boolean(),
  fields: z.array(formField),
});
export type FormSummary = z.infer<typeof formSummary>;

const cell = z.string().max(4000, '单项内容不能超过4000字');
/**
 * One field's value, by kind: text/longtext/signature a string; date 'YYYY-MM-DD'; datetime
 * 'YYYY-MM-DDTHH:mm'; money a number of yuan (null when blank); checkbox the ticked option labels;
 * party an object of attribute → text (kind: individual | organisation | ''); table an array of
 * rows (column key → text).
 */
export const fieldValue = z.union([
  cell,
  z.number().finite().min(0).max(1e12),
  z.array(cell).max(50),
  z.record(z.string().max(64), cell),
  z.array(z.record(z.string().max(64), cell)).max(500),
  z.null(),
]);
export type FieldValue = z.infer<typeof fieldValue>;
export const documentData = z.record(z.string().max(64), fieldValue);
export type DocumentData = z.infer<typeof documentData>;

export const DOCUMENT_STATUSES = [
  { code: 'draft', label: '草稿' },
  { code: 'issued', label: '已签发' },
  { code: 'superseded', label: '已更正（作废）' },
] as const;
export type DocumentStatusCode = (typeof DOCUMENT_STATUSES)[number]['code'];

export const documentSummary = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  formId: z.number().int(),
  formName: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'issued', 'superseded']),
  updatedAt: z.string(),
  issuedAt: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  /** The issued version this one corrects. */
  supersedesId: z.number().int().nullable(),
  /** Why this correction was made (printed in its 备注); null on a first version. */
  correctionReason: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

/** A correction's reason, as the clerk gives it when starting the correction. */
export const correctionReason = z
  .string()
  .trim()
  .min(2, '请填写更正原因（至少2个字），它将印在更正后文书的备注中')
  .max(200, '更正原因不能超过200个字');

export const documentDetail = documentSummary.extend({
  templateVersion: z.string(),
  data: documentData,
  /** Labels of required fields still blank: a draft may have them, issuing may not. */
  missing: z.array(z.string()),
});
export type DocumentDetail = z.infer<typeof documentDetail>;

export const pdfFile = z.object({ fileName: z.string(), sha256: z.string(), pages: z.number().int(), base64: z.string() });
export type PdfFile = z.infer<typeof pdfFile>;

const settingText = (label: string, max = 100) => z.string().trim().max(max, `${label}不能超过${max}个字`).optional();

/** What an office configures once for all its documents (printed in notices and decisions). */
export const documentSettings = z.object({
  name: z.string().trim().min(1, '请填写执法部门全称').max(100),
  /** Printed above every form's title where the province's practice adds it; blank = none (the national 式样). */
  headerLine: settingText('文书抬头'),
  address: settingText('地址', 200),
  zip: z.string().trim().regex(/^(\d{6})?$/, '邮政编码应为6位数字').optional(),
  contact: settingText('联系人', 50),
  phone: settingText('联系电话', 50),
  reconsiderationOrgan: settingText('复议机关'),
  litigationCourt: settingText('管辖法院'),
  payBank: settingText('缴款银行'),
  payAccount: settingText('缴款账号', 50),
  /** Notice wording by key ("remedy") or for one form ("15:remedy"); placeholders {field} name the form's fields. */
  noticeOverrides: z.record(z.string().regex(/^(\d{1,2}:)?[A-Za-z][\w-]*$/, '告知文字的标识无效'), z.string().trim().min(1, '告知文字不能为空').max(2000)).optional(),
});
export type DocumentSettings = z.infer<typeof documentSettings>;

/** A fixed notice of the forms, with its default wording, for the settings editor. */
export const noticeInfo = z.object({
  key: z.string(),
  /** Its Chinese name, as the page shows it (救济途径), the key staying the stored form. */
  title: z.string(),
  /** Forms (by number) that print it, each with its default text. */
  forms: z.array(
    z.object({
      formId: z.number().int(),
      formName: z.string(),
      defaultText: z.string(),
      /** What an office's own wording must still say on this form (the law's required content), e.g. 复议前置. */
      mustKeep: z.array(z.string()),
      /**
       * The form's fields a wording may name, by their Chinese label, with the placeholder to store
       * for each (`{illegalAct:text:12}`): the default wording's own placeholders first.
       */
      fields: z.array(z.object({ key: z.string(), label: z.string(), token: z.string() })),
    }),
  ),
});
export type NoticeInfo = z.infer<typeof noticeInfo>;
