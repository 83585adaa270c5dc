/**
 * Errors of the document engine. The codes are not (yet) in main/contract/errors.ts; until they
 * are, services translate a DocumentError into an AppError at the dispatcher boundary.
 */
import type { FieldIssue } from '../contract/errors';

export const DOCUMENT_ERROR_MESSAGES = {
  DOC_FONT_MISSING: '未找到可嵌入的中文字体，无法生成文书',
  DOC_FONT_UNREADABLE: '中文字体文件无法读取或不是有效的字体',
  DOC_DATA_INVALID: '文书内容不完整或有误，请按提示修改后再生成',
  DOC_TEMPLATE_INVALID: '文书式样定义有误',
} as const;

export type DocumentErrorCode = keyof typeof DOCUMENT_ERROR_MESSAGES;

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: DocumentErrorCode, message?: string, issues?: FieldIssue[]) {
    super(message ?? DOCUMENT_ERROR_MESSAGES[code]);
    this.name = 'DocumentError';
    this.code = code;
    this.issues = issues;
  }
}
