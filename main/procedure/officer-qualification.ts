/**
 * 执法资格: whether an officer may be assigned to a case or act in it on a given day. 行政处罚法
 * 第四十二条 asks that penalties be carried out by officers holding an enforcement qualification;
 * here that means on duty (not 调离, not 暂停执法), a certificate number, a recorded validity that
 * covers the day, and a certificate covering the case's 执法门类.
 *
 * Pure: the registration, the procedural acts, the pickers, the roster and the warnings all ask
 * this one function, so they can never disagree about who may act.
 */
import { CATEGORIES, type Category } from '../contract/domain';
import type { OfficerStatusCode } from '../contract/people';

/** What the rule reads of an officer record. */
export interface OfficerCredentials {
  name: string;
  certNo: string;
  status: OfficerStatusCode;
  certValidFrom: string | null;
  /** Last day the certificate is valid, inclusive. */
  certValidTo: string | null;
  categories: readonly string[];
}

export type QualificationProblem = 'transferred' | 'suspended' | 'no_cert' | 'no_validity' | 'not_yet_valid' | 'expired' | 'category';

export type Qualification = { qualified: true } | { qualified: false; problem: QualificationProblem; message: string };

function day(d: string): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

function categoryLabel(code: string): string {
  return CATEGORIES.find((c) => c.code === code)?.label ?? code;
}

/**
 * What the answer is for: `assign` (立案, the pickers) asks for everything; `act` (an officer already
 * on the case carrying out an act) lets a missing validity pass, since only the records migration 7
 * took over lack one and their officers were assigned lawfully — the warnings ask the admin to enter
 * the dates, and an expired or suspended certificate refuses the act as ever.
 */
export type QualificationPurpose = 'assign' | 'act';

/**
 * The officer's standing on `onDate` (YYYY-MM-DD) for a case of `category`; `category` null asks
 * only about status and certificate (the pickers, before a category is chosen).
 */
export function officerQualification(o: OfficerCredentials, category: Category | null, onDate: string, purpose: QualificationPurpose = 'assign'): Qualification {
  const who = o.certNo.trim() ? `执法人员${o.name}（执法证号${o.certNo}）` : `执法人员${o.name}`;
  const no = (problem: QualificationProblem, what: string): Qualification => ({ qualified: false, problem, message: `${who}${what}` });
  if (o.status === 'transferred') return no('transferred', '已调离，不能指派或办理案件');
  if (o.status === 'suspended') return no('suspended', '已暂停执法，不能指派或办理案件');
  if (!o.certNo.trim()) return no('no_cert', '没有登记执法证号，不能指派或办理案件');
  const on = onDate.slice(0, 10);
  if (!o.certValidFrom || !o.certValidTo) {
    if (purpose === 'assign') return no('no_validity', '的执法证未登记有效期，请先在执法队伍中补录后再指派');
  } else {
    if (on < o.certValidFrom) return no('not_yet_valid', `的执法证自${day(o.certValidFrom)}起有效，${day(on)}尚未生效`);
    if (on > o.certValidTo) return no('expired', `的执法证已于${day(o.certValidTo)}到期`);
  }
  if (category && !o.categories.includes(category)) return no('category', `的执法证不含“${categoryLabel(category)}”执法门类`);
  return { qualified: true };
}

/** The messages of those who may not act on `onDate`; empty when all may. */
export function unqualifiedOfficers(officers: readonly OfficerCredentials[], category: Category | null, onDate: string): string[] {
  const out: string[] = [];
  for (const o of officers) {
    const q = officerQualification(o, category, onDate);
    if (!q.qualified) out.push(q.message);
  }
  return out;
}
