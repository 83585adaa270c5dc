/**
 * 案号 templates. Tokens: {机关简称} {门类代字} {年份} {序号} (or {序号:N} for a zero-padded width N).
 * GB/T 9704 style is the default: 〔〕 around the full year, serial without leading zeros, no 第.
 */
import { AppError } from '../contract/errors';

export const DEFAULT_CASE_NUMBER_TEMPLATE = '{机关简称}交执罚〔{年份}〕{序号}号';

const TOKEN = /\{([^{}:]+)(?::(\d+))?\}/g;
const KNOWN = new Set(['机关简称', '门类代字', '年份', '序号']);

export interface CaseNumberParts {
  agency: string;
  categoryAbbrev: string;
  year: number;
  serial: number;
}

export function validateTemplate(template: string): void {
  const seen = new Map<string, number>();
  for (const m of template.matchAll(TOKEN)) {
    if (!KNOWN.has(m[1])) {
      throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', `案号模板含未知字段 {${m[1]}}，可用字段：{机关简称} {门类代字} {年份} {序号}`);
    }
    if (m[2] !== undefined && m[1] !== '序号') {
      throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', `只有 {序号} 可以指定位数，{${m[1]}:${m[2]}} 无效`);
    }
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 8)) {
      throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', '序号位数应在1至8之间');
    }
    seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  }
  for (const required of ['年份', '序号']) {
    if (seen.get(required) !== 1) {
      throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', `案号模板须且只能含一次 {${required}}`);
    }
  }
  if (/[{}]/.test(template.replace(TOKEN, ''))) {
    throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', '案号模板中的花括号不成对');
  }
}

/** The counter key: everything but year and serial filled in, so each agency/category prefix counts on its own. */
export function seriesOf(template: string, parts: Pick<CaseNumberParts, 'agency' | 'categoryAbbrev'>): string {
  return template.replace(TOKEN, (whole, name: string) => {
    if (name === '机关简称') return parts.agency;
    if (name === '门类代字') return parts.categoryAbbrev;
    return whole;
  });
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  return template.replace(TOKEN, (_whole, name: string, width?: string) => {
    switch (name) {
      case '机关简称':
        return parts.agency;
      case '门类代字':
        return parts.categoryAbbrev;
      case '年份':
        return String(parts.year);
      default:
        return width ? String(parts.serial).padStart(Number(width), '0') : String(parts.serial);
    }
  });
}
