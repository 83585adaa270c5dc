import { type Check, toHalfWidth } from './check';

export type CreditCodeInfo = {
  normalized: string;
  /** Position 1, 登记管理部门码 (see creditDeptName). */
  registrationDept: string;
  /** Position 2, 机构类别码 (see creditCategoryName). */
  orgCategory: string;
};

/** GB 32100 alphabet (no I, O, S, V, Z); a character's value is its index. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31 */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organisation-code weights over its first 8 characters. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeDept = { code: string; name: string; categories: Readonly<Record<string, string>> };

/** 登记管理部门 and, where the domain guide lists them, their 机构类别. */
export const CREDIT_CODE_DEPTS: readonly CreditCodeDept[] = [
  { code: '1', name: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  { code: '2', name: '外交', categories: {} },
  { code: '3', name: '司法行政', categories: {} },
  { code: '4', name: '文化', categories: {} },
  { code: '5', name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  { code: '6', name: '旅游', categories: {} },
  { code: '7', name: '宗教', categories: {} },
  { code: '8', name: '工会', categories: {} },
  { code: '9', name: '工商（市场监管）', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  { code: 'A', name: '中央军委改革和编制办公室', categories: {} },
  { code: 'N', name: '农业', categories: {} },
  { code: 'Y', name: '其他', categories: {} },
];

const findDept = (code: string) => CREDIT_CODE_DEPTS.find((d) => d.code === code);

export function creditDeptName(dept: string): string | undefined {
  return findDept(dept)?.name;
}

/** Only the departments whose categories the domain guide lists resolve; others give undefined. */
export function creditCategoryName(dept: string, category: string): string | undefined {
  return findDept(dept)?.categories[category];
}

/** Throws unless given 17 characters of the GB 32100 alphabet: other input is a caller bug. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('creditCodeCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`creditCodeCheckChar: "${first17[i]}" is not in the GB 32100 alphabet`);
    sum += v * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character for the first 8 characters of an organisation code (A = 10 … Z = 35). */
function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * 统一社会信用代码 (GB 32100). Only the length, alphabet and check character reject a code: the check character
 * already catches typing mistakes, and a code that passes it but looks odd in structure was most likely issued as is
 * (older 个体工商户 codes often do not carry a valid GB 11714 organisation code), so that only yields a warning.
 */
export function validateCreditCode(raw: string): Check<CreditCodeInfo> {
  const s = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (s === '') return { ok: false, message: '请填写统一社会信用代码' };
  if (s.length !== 18) return { ok: false, message: `统一社会信用代码应为18位（当前为${s.length}位）` };
  const illegal = [...new Set([...s].filter((c) => !CHARSET.includes(c)))];
  if (illegal.length > 0) return { ok: false, message: `统一社会信用代码含非法字符 ${illegal.join('、')}` };

  const expected = creditCodeCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, message: `统一社会信用代码校验位不正确（应为 ${expected}）` };

  const warnings: string[] = [];
  if (!findDept(s[0])) warnings.push(`登记管理部门码 ${s[0]} 不在 GB 32100 代码表中，请核对`);
  if (!/^\d{6}$/.test(s.slice(2, 8))) warnings.push('第3–8位应为行政区划代码（6位数字），请核对');
  const orgCheck = orgCodeCheckChar(s.slice(8, 16));
  if (s[16] !== orgCheck) {
    warnings.push(`第9–17位组织机构代码校验位不符（按 GB 11714 应为 ${orgCheck}），请核对；早期个体工商户等代码可能不符合该规则`);
  }
  const value = { normalized: s, registrationDept: s[0], orgCategory: s[1] };
  return warnings.length > 0 ? { ok: true, value, warning: warnings.join('；') } : { ok: true, value };
}
