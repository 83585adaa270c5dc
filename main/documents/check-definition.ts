/**
 * Consistency checks of a form definition and of office notice overrides: every placeholder,
 * block and checkbox item must name a field of the form, of the right kind. Run by the tests
 * over every template and by the settings service before saving an override.
 */
import type { Block, CheckItem, Condition, FieldDef, FieldKind, FormDefinition, GridCell, NoticeElement, TextTemplate } from './definition';
import { parseTemplate } from './template-text';
import { DocumentError } from './errors';

export const FORMAT_KINDS: Record<string, readonly FieldKind[]> = {
  text: ['text', 'longtext', 'signature', 'checkbox'],
  date: ['date', 'datetime'],
  dateChars: ['date', 'datetime'],
  datetime: ['datetime'],
  time: ['datetime'],
  money: ['money'],
  moneyCapitals: ['money'],
  moneyBoth: ['money'],
  list: ['checkbox'],
  partyName: ['party'],
};

export function checkTemplateText(def: FormDefinition, text: TextTemplate, where: string): string[] {
  const problems: string[] = [];
  let parts;
  try {
    parts = parseTemplate(text);
  } catch (e) {
    return [`${where}: ${e instanceof Error ? e.message : String(e)}`];
  }
  for (const p of parts) {
    if (!('slot' in p)) continue;
    const f = def.fields.find((x) => x.key === p.slot.field);
    if (!f) problems.push(`${where}: {${p.slot.field}} 不是本文书的栏目`);
    else if (!FORMAT_KINDS[p.slot.format].includes(f.kind)) problems.push(`${where}: {${p.slot.field}:${p.slot.format}} 与栏目类型 ${f.kind} 不符`);
  }
  return problems;
}

function fieldOf(def: FormDefinition, key: string, kinds: readonly FieldKind[], where: string, problems: string[]): FieldDef | undefined {
  const f = def.fields.find((x) => x.key === key);
  if (!f) problems.push(`${where}: 栏目 ${key} 不存在`);
  else if (!kinds.includes(f.kind)) problems.push(`${where}: 栏目 ${key} 类型 ${f.kind} 不适用`);
  return f;
}

function checkItems(def: FormDefinition, field: string, items: readonly CheckItem[] | undefined, where: string, problems: string[]): void {
  const f = fieldOf(def, field, ['checkbox'], where, problems);
  if (!f || f.kind !== 'checkbox') return;
  for (const item of items ?? []) {
    if (!f.options.includes(item.option)) problems.push(`${where}: 选项“${item.option}”不在 ${field} 的选项中`);
    if (item.text) problems.push(...checkTemplateText(def, item.text, `${where}/${item.option}`));
    if (item.notice !== undefined) {
      const t = def.notices[item.notice];
      if (t === undefined) problems.push(`${where}/${item.option}: 没有告知文字 ${item.notice}`);
      else problems.push(...checkTemplateText(def, t, `${where}/${item.option}(${item.notice})`));
    }
  }
  if (items) {
    const missing = f.options.filter((o) => !items.some((i) => i.option === o));
    if (missing.length) problems.push(`${where}: 未排版的选项 ${missing.join('、')}`);
  }
}

function checkCell(def: FormDefinition, cell: GridCell, where: string, problems: string[]): void {
  switch (cell.kind) {
    case 'label':
      return;
    case 'value':
      problems.push(...checkTemplateText(def, cell.text, where));
      return;
    case 'checks':
      checkItems(def, cell.field, cell.items, where, problems);
      if (cell.after) problems.push(...checkTemplateText(def, cell.after, where));
      return;
    case 'opinion':
      fieldOf(def, cell.field, ['longtext', 'text'], where, problems);
      fieldOf(def, cell.signField, ['signature'], where, problems);
      fieldOf(def, cell.dateField, ['date'], where, problems);
  }
}

function checkCondition(def: FormDefinition, cond: Condition, where: string, problems: string[]): void {
  if ('ticked' in cond) {
    const f = fieldOf(def, cond.field, ['checkbox'], `${where} 条件`, problems);
    if (f?.kind === 'checkbox' && !f.options.includes(cond.ticked)) problems.push(`${where} 条件: 选项“${cond.ticked}”不在 ${cond.field} 的选项中`);
  } else if ('row' in cond) {
    const f = fieldOf(def, cond.field, ['table'], `${where} 条件`, problems);
    if (f?.kind === 'table' && !f.columns.some((c) => c.key === cond.row.column)) problems.push(`${where} 条件: 表格 ${cond.field} 没有 ${cond.row.column} 列`);
  } else {
    fieldOf(def, cond.field, ['money'], `${where} 条件`, problems);
  }
}

function checkBlock(def: FormDefinition, block: Block, where: string, problems: string[]): void {
  if (block.when) checkCondition(def, block.when, where, problems);
  switch (block.type) {
    case 'title':
    case 'copies':
    case 'spacer':
    case 'blankBelow':
      return;
    case 'caseNumber':
      fieldOf(def, block.field ?? 'caseNumber', ['text'], where, problems);
      return;
    case 'addressee':
      fieldOf(def, block.field, ['text', 'party'], where, problems);
      return;
    case 'party':
      fieldOf(def, block.field, ['party'], where, problems);
      return;
    case 'paragraph':
      problems.push(...checkTemplateText(def, block.text, where));
      return;
    case 'labelled':
      fieldOf(def, block.field, ['longtext', 'text'], where, problems);
      return;
    case 'checks':
      checkItems(def, block.field, block.items, where, problems);
      return;
    case 'table':
      fieldOf(def, block.field, ['table'], where, problems);
      return;
    case 'dialogue': {
      const f = fieldOf(def, block.field, ['table'], where, problems);
      if (f?.kind === 'table' && !(f.columns.some((c) => c.key === 'q') && f.columns.some((c) => c.key === 'a'))) {
        problems.push(`${where}: 问答栏目须有 q 和 a 两列`);
      }
      return;
    }
    case 'grid': {
      block.rows.forEach((row, r) => row.forEach((cell, c) => checkCell(def, cell, `${where}/行${r + 1}列${c + 1}`, problems)));
      return;
    }
    case 'notice': {
      const text = def.notices[block.key];
      if (text === undefined) problems.push(`${where}: 没有告知文字 ${block.key}`);
      else problems.push(...checkTemplateText(def, text, `${where}(${block.key})`));
      return;
    }
    case 'signatures':
      for (const item of block.items) {
        if (item.field) fieldOf(def, item.field, ['signature', 'text'], where, problems);
        if (item.dateField) fieldOf(def, item.dateField, ['date', 'datetime'], where, problems);
      }
      return;
    case 'seal':
      fieldOf(def, block.dateField, ['date'], where, problems);
      return;
  }
}

/** Problems of a definition; an empty list means the renderer can print it. */
export function checkDefinition(def: FormDefinition): string[] {
  const problems: string[] = [];
  const where = `式样${def.id}《${def.name}》`;
  if (!Number.isInteger(def.id) || def.id < 1 || def.id > MAX_FORM_ID) problems.push(`${where}: 编号应为 1–${MAX_FORM_ID}`);
  const keys = new Set<string>();
  for (const f of def.fields) {
    if (keys.has(f.key)) problems.push(`${where}: 栏目 ${f.key} 重复`);
    keys.add(f.key);
    if (f.requiredWhen) {
      checkCondition(def, f.requiredWhen, `${where} 栏目 ${f.key}`, problems);
      if (f.required) problems.push(`${where}: 栏目 ${f.key} 既是必填又是条件必填`);
    }
    if (f.kind === 'checkbox' && new Set(f.options).size !== f.options.length) problems.push(`${where}: ${f.key} 的选项重复`);
  }
  def.layout.forEach((b, i) => checkBlock(def, b, `${where} 第${i + 1}块(${b.type})`, problems));
  if (def.layout.some((b) => b.type === 'copies') && !def.copiesNote) problems.push(`${where}: 有份数说明块但没有 copiesNote`);
  const printed = new Set<string>();
  const note = (t: string) => parseTemplate(t).forEach((p) => 'slot' in p && printed.add(p.slot.field));
  const noteItem = (i: CheckItem) => {
    if (i.text) note(i.text);
    if (i.notice && def.notices[i.notice]) note(def.notices[i.notice]);
  };
  for (const b of def.layout) {
    if (b.type === 'paragraph') note(b.text);
    else if (b.type === 'notice' && def.notices[b.key]) note(def.notices[b.key]);
    else if (b.type === 'checks') {
      printed.add(b.field);
      b.items?.forEach((i) => noteItem(i));
    } else if (b.type === 'grid') {
      for (const row of b.rows) {
        for (const c of row) {
          if (c.kind === 'value') note(c.text);
          if (c.kind === 'checks') {
            printed.add(c.field);
            c.items?.forEach((i) => noteItem(i));
            if (c.after) note(c.after);
          }
          if (c.kind === 'opinion') [c.field, c.signField, c.dateField].forEach((k) => printed.add(k));
        }
      }
    } else if (b.type === 'signatures') b.items.forEach((i) => [i.field, i.dateField].forEach((k) => k && printed.add(k)));
    else if (b.type === 'seal') printed.add(b.dateField);
    else if (b.type === 'caseNumber') printed.add(b.field ?? 'caseNumber');
    else if ('field' in b) printed.add(b.field);
  }
  for (const [key, elements] of Object.entries(def.noticeRequirements ?? {})) {
    const text = def.notices[key];
    if (text === undefined) problems.push(`${where}: 法定内容要求指向不存在的告知文字 ${key}`);
    else {
      const lacking = missingElements(text, elements);
      if (lacking.length) problems.push(`${where}: 告知文字 ${key} 的默认文字缺少 ${lacking.map((e) => e.what).join('、')}`);
    }
  }
  const unprinted = def.fields.filter((f) => !printed.has(f.key) && !(f.kind === 'signature' && def.pageFooter));
  if (unprinted.length) problems.push(`${where}: 栏目未排版：${unprinted.map((f) => f.key).join(', ')}`);
  return problems;
}

/** Highest form number: the 24 of the annex, then the documents added beside them (25 不予行政处罚决定书). */
export const MAX_FORM_ID = 25;

/** The elements a notice text lacks: phrases not in its wording, "{field}" blanks it does not have. */
export function missingElements(text: string, elements: readonly NoticeElement[]): NoticeElement[] {
  let slots: Set<string>;
  let literal: string;
  try {
    const parts = parseTemplate(text);
    slots = new Set(parts.flatMap((p) => ('slot' in p ? [p.slot.field] : [])));
    literal = parts.map((p) => ('literal' in p ? p.literal : '')).join('');
  } catch {
    // An unparsable text is refused by the placeholder check; here it keeps nothing.
    slots = new Set();
    literal = '';
  }
  const present = (phrase: string) => {
    const slot = /^\{(\w+)\}$/.exec(phrase);
    return slot ? slots.has(slot[1]) : literal.includes(phrase);
  };
  return elements.filter((e) => !e.anyOf.some(present));
}

/**
 * Refuses an office's override of a notice that names fields the form does not have, and one
 * that is blank or drops an element the law requires the notice to state (the form's
 * `noticeRequirements`): the message names what is missing.
 */
export function assertNoticeOverride(def: FormDefinition, key: string, text: string): void {
  if (def.notices[key] === undefined) throw new DocumentError('DOC_TEMPLATE_INVALID', `《${def.name}》没有告知文字“${key}”`);
  const required = def.noticeRequirements?.[key] ?? [];
  if (required.length && !text.trim()) {
    throw new DocumentError('DOC_TEMPLATE_INVALID', `《${def.name}》的告知文字“${key}”不能为空：应当写明${required.map((e) => e.what).join('、')}`);
  }
  const problems = checkTemplateText(def, text, `《${def.name}》告知文字`);
  if (problems.length) throw new DocumentError('DOC_TEMPLATE_INVALID', problems[0]);
  const lacking = missingElements(text, required);
  if (lacking.length) {
    throw new DocumentError('DOC_TEMPLATE_INVALID', `《${def.name}》的告知文字“${key}”不能删去法定内容，缺少：${lacking.map((e) => e.what).join('、')}`);
  }
}
