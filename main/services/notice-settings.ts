/**
 * 告知文字 in 文书设置: the catalogue of the forms' fixed notices the page edits, and the check of
 * an office's wordings before they are saved. The check names every problem of every wording at
 * once, in the words the page shows (the notice's Chinese name, the field's label), so an admin
 * fixes them in one pass rather than one refusal at a time.
 */
import type { FieldIssue } from '../contract/errors';
import type { NoticeInfo } from '../contract/documents';
import { assertNoticeOverride, FORMAT_KINDS, missingElements } from '../documents/check-definition';
import type { FieldDef, FieldKind, FormDefinition } from '../documents/definition';
import { parseTemplate, type TemplatePart } from '../documents/template-text';
import { FORM_DEFINITIONS } from '../../templates';
import { noticeTitle } from './notice-titles';

/** How a field is printed when the admin inserts it and the default wording does not already name it. */
const INSERT_FORMAT: Partial<Record<FieldKind, string>> = {
  text: 'text',
  longtext: 'text',
  signature: 'text',
  date: 'date',
  datetime: 'datetime',
  money: 'moneyBoth',
  checkbox: 'list',
  party: 'partyName',
};

/** What each placeholder format prints, for the message about a field of the wrong kind. */
const FORMAT_NAMES: Record<string, string> = {
  text: '文字',
  date: '日期',
  dateChars: '中文日期',
  datetime: '日期和时间',
  time: '时间',
  money: '金额',
  moneyCapitals: '大写金额',
  moneyBoth: '大小写金额',
  list: '勾选项',
  partyName: '当事人名称',
};

/** A law-element's wording with its `{field}` blanks named as the page names them (“复议机关”栏目). */
function withFieldNames(def: FormDefinition, what: string): string {
  return what.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const label = def.fields.find((f) => f.key === key)?.label;
    return label ? `“${label}”栏目` : whole;
  });
}

/** The placeholders as written in a text, in order; none when it does not parse. */
function tokensOf(text: string): { field: string; token: string }[] {
  const out: { field: string; token: string }[] = [];
  const re = /\{([^{}]*)\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ field: m[1].split(':')[0].trim(), token: m[0] });
  return out;
}

function insertableFields(def: FormDefinition, defaultText: string): NoticeInfo['forms'][number]['fields'] {
  const used = new Map<string, string>();
  for (const t of tokensOf(defaultText)) if (!used.has(t.field)) used.set(t.field, t.token);
  const byKey = new Map(def.fields.map((f) => [f.key, f] as const));
  const first = [...used].flatMap(([key, token]) => {
    const f = byKey.get(key);
    return f ? [{ key, label: f.label, token }] : [];
  });
  // A field the form prints elsewhere in its notices is offered as it is printed there (its blank's width).
  const elsewhere = new Map<string, string>();
  for (const text of Object.values(def.notices)) for (const t of tokensOf(text)) if (!elsewhere.has(t.field)) elsewhere.set(t.field, t.token);
  const rest = def.fields.flatMap((f: FieldDef) => {
    const format = INSERT_FORMAT[f.kind];
    if (used.has(f.key) || !format) return [];
    return [{ key: f.key, label: f.label, token: elsewhere.get(f.key) ?? (format === 'text' ? `{${f.key}}` : `{${f.key}:${format}}`) }];
  });
  return [...first, ...rest];
}

/** The notices of every form with their default wording, for the settings editor. */
export function noticeCatalogue(): NoticeInfo[] {
  const byKey = new Map<string, NoticeInfo>();
  for (const def of FORM_DEFINITIONS) {
    for (const [key, defaultText] of Object.entries(def.notices)) {
      const entry = byKey.get(key) ?? { key, title: noticeTitle(key), forms: [] };
      entry.forms.push({
        formId: def.id,
        formName: def.name,
        defaultText,
        mustKeep: (def.noticeRequirements?.[key] ?? []).map((e) => withFieldNames(def, e.what)),
        fields: insertableFields(def, defaultText),
      });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Stands for "《forms》的告知文字「notice」", filled in once a problem has been gathered from each form. */
const WHERE = '\u0000';

/** Every problem of one form's wording of a notice, in the page's words. */
function wordingProblems(def: FormDefinition, key: string, text: string): string[] {
  const where = WHERE;
  const required = def.noticeRequirements?.[key] ?? [];
  if (!text.trim()) return [`${where}不能为空${required.length ? `：应当写明${required.map((e) => withFieldNames(def, e.what)).join('、')}` : ''}`];
  const problems: string[] = [];
  // Each placeholder on its own, so that one bad placeholder does not hide the next; what is
  // checked for the law's content afterwards is the wording without the unreadable ones.
  let readable = '';
  let last = 0;
  const re = /\{([^{}]*)\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    readable += text.slice(last, m.index);
    last = m.index + m[0].length;
    let slot: TemplatePart | undefined;
    try {
      slot = parseTemplate(m[0])[0];
    } catch (e) {
      const name = m[1].split(':')[0].trim();
      problems.push(/^[A-Za-z][A-Za-z0-9]*$/.test(name) ? `${where}：${(e as Error).message}` : `${where}中的“${m[0]}”不是本文书的栏目`);
      continue;
    }
    readable += m[0];
    if (!slot || !('slot' in slot)) continue;
    const f = def.fields.find((x) => x.key === slot.slot.field);
    if (!f) problems.push(`${where}中的“{${slot.slot.field}}”不是本文书的栏目`);
    else if (!FORMAT_KINDS[slot.slot.format].includes(f.kind)) problems.push(`${where}中的栏目“${f.label}”不能按${FORMAT_NAMES[slot.slot.format]}填写`);
  }
  readable += text.slice(last);
  if (/[{}]/.test(readable.replace(re, ''))) {
    problems.push(`${where}中的花括号不成对：栏目请用“插入栏目”加入`);
    readable = readable.replace(/\{(?![^{}]*\})|(?<!\{[^{}]*)\}/g, '');
  }
  const lacking = missingElements(readable, required);
  if (lacking.length) problems.push(`${where}不能删去法定内容，缺少：${lacking.map((e) => withFieldNames(def, e.what)).join('、')}`);
  // The renderer's own check is the last word: whatever it would refuse at printing is refused here.
  if (!problems.length) {
    try {
      assertNoticeOverride(def, key, text);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return problems;
}

/** All problems of all the office's wordings, each at the path of its box (`noticeOverrides.15:remedy`). */
export function overrideIssues(overrides: Readonly<Record<string, string>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, text] of Object.entries(overrides)) {
    const [formPart, noticeKey] = key.includes(':') ? key.split(':') : [null, key];
    const defs = FORM_DEFINITIONS.filter((def) => (formPart === null || def.id === Number(formPart)) && def.notices[noticeKey] !== undefined);
    const path = `noticeOverrides.${key}`;
    if (!defs.length) {
      issues.push({ path, message: `没有标识为“${key}”的告知文字（所属文书已不再印制，可删除这段文字）` });
      continue;
    }
    // A wording for several forms that is wrong the same way on each is said once, naming them all.
    const formsOf = new Map<string, string[]>();
    for (const def of defs) for (const m of wordingProblems(def, noticeKey, text)) formsOf.set(m, [...(formsOf.get(m) ?? []), `《${def.name}》`]);
    for (const [m, forms] of formsOf) issues.push({ path, message: m.replace(WHERE, `${forms.join('')}的告知文字「${noticeTitle(noticeKey)}」`) });
  }
  return issues;
}
